package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code lit4j} command itself: its commands, help, usage errors and exit codes. */
class Lit4jCliTest {
    private static final List<String> COMMANDS =
            List.of("session-sigs", "pkp-session-sigs", "capacity-delegation", "verify", "inspect", "siwe", "network");

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");
        assertEquals(0, run.exitCode());
        COMMANDS.forEach(command -> assertTrue(run.out().contains("\n  " + command + " "), command));
        assertTrue(
                run.out()
                        .endsWith("Exit codes:\n"
                                + "  0     ok\n"
                                + "  1     failed, or an input document is invalid (standard error says which)\n"
                                + "  2     usage error: an unknown option, a missing or malformed option value\n"
                                + "  130   stopped by Ctrl-C\n"),
                run.out());
    }

    @Test
    void everyCommandHasHelpWithItsExitCodes() {
        for (String command : COMMANDS) {
            Cli.Run run = Cli.run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: lit4j " + command), run.out());
            assertTrue(run.out().contains("\nExit codes:\n  0 "), command);
        }
        Cli.Run start = Cli.run("network", "start", "--help");
        assertTrue(start.out().contains("\nExit codes:\n  0     ok\n"), start.out());
        Cli.Run verify = Cli.run("help", "verify");
        assertTrue(
                verify.out()
                        .contains("\nExit codes:\n"
                                + "  0   the session sig is valid\n"
                                + "  1   it is not valid (the reasons are printed), or the input could not be read\n"),
                verify.out());
    }

    @Test
    void helpTextBreaksLinesOnlyBetweenWords() {
        List<String> helps = new ArrayList<>();
        helps.add(Cli.run("--help").out());
        COMMANDS.forEach(command -> helps.add(Cli.run(command, "--help").out()));
        helps.add(Cli.run("network", "start", "--help").out());
        for (String help : helps) {
            List<String> lines = help.lines().map(String::strip).toList();
            for (int i = 1; i < lines.size(); i++) {
                String end = lines.get(i - 1);
                String start = lines.get(i);
                boolean brokenUrl = end.endsWith(":") && start.startsWith("/");
                String lastWord = end.substring(end.lastIndexOf(' ') + 1);
                boolean brokenName = lastWord.contains("/")
                        && lastWord.endsWith(".")
                        && !start.isEmpty()
                        && Character.isLowerCase(start.charAt(0));
                boolean brokenWord = end.endsWith("-")
                        && !end.endsWith(" -")
                        && !start.isEmpty()
                        && Character.isLowerCase(start.charAt(0));
                assertFalse(
                        brokenUrl || brokenName || brokenWord,
                        "a token broken across lines:\n" + end + "\n" + start + "\nin\n" + help);
            }
        }
    }

    @Test
    void withoutACommandOrWithAnUnknownOneItIsAUsageError() {
        Cli.Run none = Cli.run();
        assertEquals(2, none.exitCode());
        assertEquals(Cli.run("--help").out(), none.err(), "the usage, on standard error");
        assertEquals("", none.out());

        Cli.Run unknown = Cli.run("sesion-sigs");
        assertEquals(2, unknown.exitCode());
        assertEquals("lit4j: Unmatched argument at index 0: 'sesion-sigs'", unknown.firstErrorLine());
        assertTrue(unknown.err().contains("session-sigs"), "suggests the command: " + unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void versionIsPrinted() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("lit4j "), run.out());
    }

    @Test
    void aFailureThatIsNotLit4jsIsReportedWithItsStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cli = Lit4jCli.commandLine(InputStream.nullInputStream());
        cli.setErr(new PrintWriter(err, true));

        int exitCode = new FailureHandler()
                .handleExecutionException(
                        new IllegalStateException("a bug"), cli.getSubcommands().get("inspect"), null);

        assertEquals(1, exitCode);
        assertTrue(
                err.toString()
                        .startsWith("lit4j inspect: unexpected failure: java.lang.IllegalStateException: a bug\n"
                                + "java.lang.IllegalStateException: a bug\n\tat "),
                err.toString());
    }
}
