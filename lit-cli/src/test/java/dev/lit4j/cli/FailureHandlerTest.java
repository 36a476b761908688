package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.port.NodeException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What a failed command prints: one line, escaped and bounded, whatever the failure's message holds. */
class FailureHandlerTest {
    /** Fails with the exception it is given. */
    @Command(name = "demo")
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    @Test
    void aNodeAnswerInTheMessageCannotBreakTheLineOrDriveTheTerminal() {
        Printed printed = run(new NodeException("node said: \u001b[2Jcleared\nlit4j: forged status\u202eevil"));

        assertEquals(Lit4jCli.FAILED, printed.exitCode());
        assertEquals("demo: node said: \\u001b[2Jcleared\\nlit4j: forged status\\u202eevil\n", printed.err());
    }

    @Test
    void aLongMessageIsCutAndTheCutSaysHowMuchWasLeftOut() {
        Printed printed = run(new NodeException("x".repeat(2_000 + 345)));

        assertEquals("demo: " + "x".repeat(2_000) + "… (345 more characters)\n", printed.err());
    }

    @Test
    void anUnexpectedFailureIsEscapedToo() {
        Printed printed = run(new IllegalStateException("bug\r\nfake line"));

        assertEquals(Lit4jCli.FAILED, printed.exitCode());
        assertTrue(
                printed.err()
                        .startsWith("demo: unexpected failure: java.lang.IllegalStateException: bug\\r\\nfake"
                                + " line\njava.lang.IllegalStateException: bug"),
                printed.err());
    }

    @Test
    void aUsageErrorQuotingWhatWasTypedIsEscaped() {
        Cli.Run run = Cli.run("pkp-sign", "--digest\u001b[31m\n");

        assertEquals(Lit4jCli.USAGE, run.exitCode());
        assertEquals("lit4j pkp-sign: Unknown option: '--digest\\u001b[31m\\n'", run.firstErrorLine());
    }

    private record Printed(int exitCode, String err) {}

    private static Printed run(Exception failure) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Failing(failure));
        command.setExecutionExceptionHandler(new FailureHandler());
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute();
        return new Printed(exitCode, err.toString());
    }
}
