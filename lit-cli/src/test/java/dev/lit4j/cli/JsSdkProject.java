package dev.lit4j.cli;

import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * One of the npm projects under {@code crosscheck/} that run the real Lit JS SDK: installs its dependencies
 * ({@code npm ci}, only when stale) and runs its scripts with Node.js, each printing one JSON line; and starts
 * {@code lit4j network start} as a process, reading the one line it prints.
 */
final class JsSdkProject {
    private static final Duration NPM_CI_LIMIT = Duration.ofMinutes(8);
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(2);

    private final Path directory;

    /** The project in {@code crosscheck/<name>} of the repository at {@code root}. */
    JsSdkProject(Path root, String name) {
        this.directory = root.resolve("crosscheck").resolve(name);
    }

    /** What a script printed (its last line, a JSON object), its exit code and the end of its standard error. */
    record Run(int exitCode, JsonValue.Obj result, String err) {}

    /** Fails unless Node.js 18 or newer and npm are on the PATH. */
    static void requireNode() throws InterruptedException {
        String version;
        try {
            version = output(Path.of("."), List.of("node", "--version"), Duration.ofSeconds(30))
                    .strip();
            output(Path.of("."), List.of("npm", "--version"), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new AssertionError(
                    "the JS SDK cross-check needs Node.js 18 or newer and npm on the PATH (Debian:"
                            + " apt-get install nodejs npm): " + e.getMessage(),
                    e);
        }
        int major = Integer.parseInt(version.replaceFirst("^v(\\d+)\\..*$", "$1"));
        if (major < 18) {
            throw new AssertionError("the JS SDK cross-check needs Node.js 18 or newer (Debian: apt-get install nodejs"
                    + " npm), found " + version);
        }
    }

    /** Runs {@code npm ci}, which wipes node_modules, only when the lock file is newer than the installed tree. */
    void npmCiIfStale() {
        Path installed = directory.resolve("node_modules/.package-lock.json");
        try {
            if (Files.isRegularFile(installed)
                    && Files.getLastModifiedTime(installed)
                                    .compareTo(Files.getLastModifiedTime(directory.resolve("package-lock.json")))
                            >= 0) {
                return;
            }
            output(directory, List.of("npm", "ci"), NPM_CI_LIMIT);
        } catch (IOException e) {
            throw new AssertionError("npm ci in " + directory + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during npm ci", e);
        }
    }

    /** Runs {@code node <script>} with {@code env} added to the environment, its standard error going to {@code err}. */
    Run run(String script, Map<String, String> env, Path err) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder("node", script).directory(directory.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish in " + SCRIPT_LIMIT + "; its errors:\n" + tail(err));
        }
        String lastLine = out.strip().lines().reduce((first, second) -> second).orElse("");
        if (!lastLine.startsWith("{")) {
            throw new AssertionError(script + " exited with " + process.exitValue() + " and printed no JSON line: "
                    + lastLine + "\n" + tail(err));
        }
        return new Run(process.exitValue(), (JsonValue.Obj) JsonValueParser.parse(script, lastLine), tail(err));
    }

    /**
     * Starts {@code <root>/lit4j network start <arguments>} in {@code workDir} and returns it with the description
     * it prints as its first line.
     */
    static Network startNetwork(Path root, Path workDir, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("lit4j").toString(), "network", "start"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("network.err").toFile())
                .start();
        process.getOutputStream().close();
        return new Network(process, (JsonValue.Obj) JsonValueParser.parse("network start", firstLine(process)));
    }

    /** A running {@code lit4j network start} and what it printed. */
    record Network(Process process, JsonValue.Obj description) {
        /** Stops the process. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String output(Path directory, List<String> command, Duration limit)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("lit4j-crosscheck", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + limit);
            }
            String text = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String firstLine(Process process) throws IOException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                throw new AssertionError("cannot read network start's output", e);
            }
        });
        try {
            String text = line.get(120, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("network start printed nothing and exited with " + process.waitFor());
            }
            return text;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("network start did not print its description: " + e, e);
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Closes {@code lit} and stops {@code network}, each if there is one. */
    static void stop(Lit4j lit, Network network) throws InterruptedException {
        if (lit != null) {
            lit.close();
        }
        if (network != null) {
            network.stop();
        }
    }

    /** A fresh random test wallet. */
    static ECKeyPair walletKey() {
        try {
            return Keys.createEcKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError("cannot make a test wallet", e);
        }
    }

    /** The string member {@code key} of {@code object}. */
    static String string(JsonValue.Obj object, String key) {
        return ((JsonValue.Str) object.get(key).orElseThrow()).value();
    }

    /** The strings of a JSON array. */
    static List<String> strings(JsonValue array) {
        return ((JsonValue.Arr) array)
                .items().stream().map(item -> ((JsonValue.Str) item).value()).toList();
    }

    /** A sorted copy of {@code values}. */
    static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
