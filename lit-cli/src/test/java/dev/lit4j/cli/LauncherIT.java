package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.session.SessionSigsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./lit4j} script, run as a process from another directory after the build packaged the jar:
 * it finds the repository, sees the jar is current (no build), runs it and passes on its output and exit code.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("lit4j.root")).resolve("lit4j");

    @TempDir
    Path elsewhere;

    /** What a run of the launcher printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void runsSiweFromAnyDirectoryWithoutBuildingAgain() throws Exception {
        Run run = run(LAUNCHER, SiweCommandTest.JS_ARGS);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(SiweCommandTest.JS_MESSAGE, run.out());
        assertFalse(run.err().contains("building"), "the jar is as new as the sources: " + run.err());
    }

    @Test
    void sessionSigsWithNoOptionsKeepsItsFilesInLit4jHome() throws Exception {
        Run run = run(LAUNCHER, "session-sigs");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, SessionSigsJson.parse(run.out()).nodeUrls().size());
        assertTrue(Files.isRegularFile(elsewhere.resolve("home/wallet.key")), run.err());
        assertTrue(Files.isRegularFile(elsewhere.resolve("home/sessions.db")), run.err());
    }

    @Test
    void worksThroughASymbolicLinkAndPassesOnExitCodes() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("lit4j"), LAUNCHER);
        try {
            Run usage = run(link, "no-such-command");
            assertEquals(2, usage.exitCode());
            assertEquals("", usage.out());
            assertTrue(usage.err().startsWith("lit4j: Unmatched argument at index 0: 'no-such-command'"), usage.err());

            Run failed = run(link, "inspect", elsewhere.resolve("absent.json").toString());
            assertEquals(1, failed.exitCode());
            assertTrue(failed.err().startsWith("lit4j inspect: FILE: cannot read "), failed.err());
        } finally {
            Files.delete(link);
        }
    }

    private Run run(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Path err = elsewhere.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectError(err.toFile());
        builder.environment().put("LIT4J_HOME", elsewhere.resolve("home").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), out, Files.readString(err));
    }
}
