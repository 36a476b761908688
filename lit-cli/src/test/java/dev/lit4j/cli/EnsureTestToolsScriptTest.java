package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/ensure-test-tools}, the set-up half of {@code ./run-tests}, run with a PATH of stand-ins
 * (this machine's SoftHSM2 and Node.js cannot be removed for a test): what it detects as missing, which
 * packages it installs and how (apt-get as root, through sudo otherwise), and what it says elsewhere.
 */
class EnsureTestToolsScriptTest {
    private static final Path SCRIPT =
            Path.of("..").toAbsolutePath().normalize().resolve("scripts/ensure-test-tools");

    @TempDir
    Path bin;

    private Path calls;

    /** What a run printed and returned, and the commands the stand-ins recorded. */
    private record Run(int exitCode, String err, String calls) {}

    @BeforeEach
    void standIns() throws IOException {
        calls = bin.resolve("calls.log");
        Files.writeString(calls, "");
        tool("env", "exec /usr/bin/env \"$@\"");
        tool("id", "echo \"${FAKE_UID:-0}\"");
        tool("java", "exit 0");
        tool("softhsm2-util", "exit 0");
        tool("node", "echo v20.19.2");
        tool("npm", "exit 0");
        tool("apt-get", "echo \"apt-get $*\" >> " + calls);
        tool("sudo", "echo \"sudo\" >> " + calls + "; exec \"$@\"");
    }

    @Test
    void installsNothingWhenEverythingIsThere() throws Exception {
        assertEquals(new Run(0, "", ""), run());
    }

    @Test
    void asRootInstallsTheMissingDebianPackagesWithAptGet() throws Exception {
        Files.delete(bin.resolve("softhsm2-util"));
        Files.delete(bin.resolve("node"));
        Files.delete(bin.resolve("npm"));

        assertEquals(
                new Run(
                        0,
                        "run-tests: installing softhsm2 nodejs npm (apt-get)\n",
                        "apt-get update -qq\napt-get install -y -qq softhsm2 nodejs npm\n"),
                run());
    }

    @Test
    void asAUserInstallsThroughSudo() throws Exception {
        Files.delete(bin.resolve("softhsm2-util"));

        assertEquals(
                new Run(
                        0,
                        "run-tests: installing softhsm2 (apt-get through sudo)\n",
                        "sudo\napt-get update -qq\nsudo\napt-get install -y -qq softhsm2\n"),
                run("FAKE_UID=1000"));
    }

    @Test
    void asAUserWithoutSudoSaysWhatToRunAsRoot() throws Exception {
        Files.delete(bin.resolve("softhsm2-util"));
        Files.delete(bin.resolve("sudo"));

        assertEquals(
                new Run(1, "run-tests: not root and no sudo; as root, run: apt-get install softhsm2\n", ""),
                run("FAKE_UID=1000"));
    }

    @Test
    void withoutAptGetNamesWhatToInstall() throws Exception {
        Files.delete(bin.resolve("softhsm2-util"));
        Files.delete(bin.resolve("apt-get"));

        assertEquals(
                new Run(
                        1,
                        "run-tests: SoftHSM2 is missing (Debian/Ubuntu package: softhsm2; elsewhere:"
                                + " Homebrew: softhsm; Fedora: softhsm; then point LIT4J_SOFTHSM2_MODULE at libsofthsm2.so)\n",
                        ""),
                run());
    }

    @Test
    void aSoftHsm2ModuleOverrideMustExist() throws Exception {
        Path absent = bin.resolve("absent/libsofthsm2.so");

        assertEquals(
                new Run(
                        1,
                        "run-tests: LIT4J_SOFTHSM2_MODULE names " + absent + ", which does not exist;"
                                + " point it at libsofthsm2.so, or unset it to use the installed SoftHSM2\n",
                        ""),
                run("LIT4J_SOFTHSM2_MODULE=" + absent));
    }

    @Test
    void anOldNodeIsRefusedNotReplaced() throws Exception {
        tool("node", "echo v16.20.2");

        assertEquals(
                new Run(1, "run-tests: Node.js 18 or later is needed; the node on the PATH is v16.20.2\n", ""), run());
    }

    private void tool(String name, String body) throws IOException {
        Path tool = bin.resolve(name);
        Files.writeString(tool, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
    }

    private Run run(String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        for (String variable : environment) {
            String[] nameAndValue = variable.split("=", 2);
            builder.environment().put(nameAndValue[0], nameAndValue[1]);
        }
        Path err = bin.resolve("err.txt");
        Process process = builder.redirectOutput(bin.resolve("out.txt").toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("scripts/ensure-test-tools did not finish in 30 s");
        }
        return new Run(
                process.exitValue(),
                Files.readString(err, StandardCharsets.UTF_8),
                Files.readString(calls, StandardCharsets.UTF_8));
    }
}
