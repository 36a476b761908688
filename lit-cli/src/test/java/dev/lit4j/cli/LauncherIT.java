package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.session.SessionSigsJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    private static final Path LAUNCHER =
            Path.of(System.getProperty("lit4j.root")).resolve("lit4j");

    @TempDir
    Path elsewhere;

    /** What a run of the launcher printed and returned. */
    private record Run(int exitCode, String out, String err) {}

    @Test
    void runsSiweFromAnyDirectoryWithoutBuildingAgain() throws Exception {
        Run run = run(LAUNCHER, SiweCommandTest.JS_ARGS);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(SiweCommandTest.JS_MESSAGE, run.out());
        assertFalse(run.err().contains("building"), "the jar is as new as the sources: " + run.err());
    }

    @Test
    void mapsItsClassesFromAClassDataArchiveMadeForThisJarAndJdk() throws Exception {
        run(LAUNCHER, "--version");
        // -Xshare:on makes the JVM refuse to start unless the archive matches the jar and the JDK
        ProcessBuilder builder = launcher(LAUNCHER, "--version");
        builder.environment().put("LIT4J_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info");

        Run run = run(builder);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("dev.lit4j.cli.Lit4jCli source: shared objects file (top)"), run.out());
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

    @Test
    void withoutLit4jHomeItKeepsItsFilesUnderHome() throws Exception {
        Path home = elsewhere.resolve("user");
        ProcessBuilder builder = launcher(LAUNCHER, "session-sigs", "--store", "files");
        builder.environment().remove("LIT4J_HOME");
        builder.environment().put("HOME", home.toString());

        Run run = run(builder);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(home.resolve(".lit4j/wallet.key")), run.err());
        assertTrue(run.err().contains("lit4j: sessions kept in " + home.resolve(".lit4j/sessions") + "\n"), run.err());
    }

    @Test
    void ctrlCEndsARunningNetworkWithExitCode130() throws Exception {
        // a process started in the background by a non-interactive shell ignores SIGINT, and so would its children:
        // env restores the default action, as a terminal's foreground job has it
        ProcessBuilder builder = launcher(LAUNCHER, "network", "start", "--nodes", "1");
        builder.command().addAll(0, List.of("env", "--default-signal=INT"));
        Process process = builder.start();
        process.getOutputStream().close();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        assertTrue(
                ready != null && ready.startsWith("{\"protocol\":\"datil\",\"nodeUrls\":"),
                "the network's JSON: " + ready);

        Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
        assertEquals(0, interrupt.waitFor());

        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the network did not stop on SIGINT");
        assertEquals(Lit4jCli.INTERRUPTED, process.exitValue());
    }

    @Test
    void aBuildThatDidNotFinishIsDoneAgainWithProgress() throws Exception {
        // a copy of the repository's launcher over a stand-in for Maven that makes the real jar and libraries,
        // in the state an interrupted build leaves: a jar, part of lib/, and the launcher's mark of a build
        Path root = Files.createDirectory(elsewhere.resolve("repo"));
        Path launcher = Files.copy(LAUNCHER, root.resolve("lit4j"));
        Path target = LAUNCHER.getParent().resolve("lit-cli/target");
        Path builtTarget = Files.createDirectories(root.resolve("lit-cli/target"));
        Files.copy(target.resolve("lit4j.jar"), builtTarget.resolve("lit4j.jar"));
        Files.writeString(Files.createDirectories(builtTarget.resolve("lib")).resolve("picocli-4.7.7.jar"), "half");
        Files.createFile(builtTarget.resolve("lit4j.building"));
        Path mvnw = root.resolve("mvnw");
        Files.writeString(
                mvnw,
                "#!/bin/bash\n"
                        + "echo '[INFO] Building lit-cli 0.1.0-SNAPSHOT                                  [1/1]'\n"
                        + "test ! -e lit-cli/target/lib || { echo 'lib/ was not started afresh'; exit 3; }\n"
                        + "cp -r " + target.resolve("lib") + " lit-cli/target/lib\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwx------"));

        Run run = run(launcher, "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("lit4j "), run.out());
        assertTrue(run.err().endsWith("lit4j: building lit-cli [1/1]\n"), run.err());
        assertTrue(Files.notExists(builtTarget.resolve("lit4j.building")), "the finished build is no longer marked");

        Run again = run(launcher, "--version");
        assertEquals("", again.err(), "no second build");
    }

    private ProcessBuilder launcher(Path launcher, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(elsewhere.toFile())
                .redirectError(elsewhere.resolve("stderr.txt").toFile());
        builder.environment().put("LIT4J_HOME", elsewhere.resolve("home").toString());
        return builder;
    }

    private Run run(Path launcher, String... args) throws IOException, InterruptedException {
        return run(launcher(launcher, args));
    }

    private Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path err = elsewhere.resolve("stderr.txt");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), out, Files.readString(err));
    }
}
