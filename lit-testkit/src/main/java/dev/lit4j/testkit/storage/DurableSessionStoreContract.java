package dev.lit4j.testkit.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.IDENTITIES;
import static dev.lit4j.testkit.storage.SessionStoreSamples.numberedAuthSig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link SessionStoreContract} for stores that keep their entries on disk, plus durability: a store
 * reopened holds everything written before, and a process killed with {@code kill -9} in the middle of a
 * write loop loses none of the writes it had acknowledged.
 *
 * <p>A subclass names a {@link SessionStoreOpener}; the contract opens stores at a fresh location per test
 * ({@link #location()}), in this JVM and, for the crash test, in a child JVM that it kills.
 *
 * @param <S> the store type
 */
public abstract class DurableSessionStoreContract<S extends SessionStore> extends SessionStoreContract<S> {
    /** How many acknowledged AuthSig writes the crash test waits for before it kills the writer. */
    protected static final int WRITES_BEFORE_KILL = 40;

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    private Path temp;

    /** The opener: a public class with a public no-argument constructor. */
    protected abstract Class<? extends SessionStoreOpener<S>> opener();

    /** Where this test's store lives: a path that does not exist before the test opens the store. */
    protected final Path location() {
        return temp.resolve("store");
    }

    /** Opens the store at {@link #location()}; may be called again after the previous store was closed. */
    @Override
    protected S newStore() throws Exception {
        return opener().getConstructor().newInstance().open(location());
    }

    @Test
    void reopensHoldingEverything() throws Exception {
        Instant later = Instant.parse("2100-01-01T00:00:00Z");
        S store = newStore();
        Map<SessionIdentity, SessionKeyPair> keys = new LinkedHashMap<>();
        try {
            for (SessionIdentity identity : IDENTITIES) {
                SessionKeyPair key = store.sessionKey(identity, SessionKeyPair::generate);
                keys.put(identity, key);
                store.putAuthSig(identity, key.publicKey(),
                        new StoredAuthSig(numberedAuthSig(keys.size(), key.publicKey()), later));
            }
        } finally {
            close(store);
        }
        S reopened = open();
        int n = 0;
        for (Map.Entry<SessionIdentity, SessionKeyPair> entry : keys.entrySet()) {
            n++;
            SessionPublicKey key = entry.getValue().publicKey();
            assertEquals(entry.getValue(), reopened.findSessionKey(entry.getKey()).orElseThrow());
            assertEquals(numberedAuthSig(n, key),
                    reopened.findAuthSig(entry.getKey(), key, Instant.EPOCH).orElseThrow().authSig());
        }
    }

    @Test
    void keepsEveryAcknowledgedWriteWhenKilledMidLoop() throws Exception {
        for (String round : List.of("a", "b")) {
            Acknowledged acknowledged = runAndKill(round);
            S store = open();
            for (Map.Entry<Integer, SessionPublicKey> key : acknowledged.keys.entrySet()) {
                SessionIdentity identity = SessionStoreWriterProcess.identity(round, key.getKey());
                assertEquals(key.getValue(), store.findSessionKey(identity).orElseThrow(
                        () -> new AssertionError("acknowledged session key " + identity.key() + " is lost"))
                        .publicKey(), identity.key());
            }
            for (int n : acknowledged.sigs) {
                SessionIdentity identity = SessionStoreWriterProcess.identity(round, n);
                SessionPublicKey key = acknowledged.keys.get(n);
                Optional<StoredAuthSig> sig = store.findAuthSig(identity, key, Instant.EPOCH);
                assertEquals(Optional.of(new StoredAuthSig(numberedAuthSig(n, key),
                        SessionStoreWriterProcess.EXPIRATION)), sig, "acknowledged AuthSig of " + identity.key());
            }
            // the store recovered into a usable state, not only a readable one
            SessionKeyPair fresh = store.sessionKey(SessionStoreWriterProcess.identity(round, -1),
                    SessionKeyPair::generate);
            assertEquals(fresh, store.findSessionKey(SessionStoreWriterProcess.identity(round, -1)).orElseThrow());
            close(store);
        }
    }

    private record Acknowledged(Map<Integer, SessionPublicKey> keys, List<Integer> sigs) {
    }

    private Acknowledged runAndKill(String round) throws Exception {
        Path errors = temp.resolve("writer-" + round + ".err");
        Process writer = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                SessionStoreWriterProcess.class.getName(), opener().getName(), location().toString(), round)
                .redirectError(errors.toFile())
                .start();
        Map<Integer, SessionPublicKey> keys = new LinkedHashMap<>();
        List<Integer> sigs = new ArrayList<>();
        Instant deadline = Instant.now().plus(CHILD_TIMEOUT);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (sigs.size() < WRITES_BEFORE_KILL && Instant.now().isBefore(deadline)
                    && (line = lines.readLine()) != null) {
                record(line, keys, sigs);
            }
            if (sigs.size() < WRITES_BEFORE_KILL) {
                fail("the writer acknowledged only " + sigs.size() + " writes; its errors: " + read(errors));
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe we still read
            writer.toHandle().destroyForcibly();
            assertTrue(writer.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the killed writer did not end");
            // lines the writer printed before it died were acknowledged too
            while ((line = lines.readLine()) != null) {
                record(line, keys, sigs);
            }
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(writer.exitValue() != 0, "the writer was killed, not finished");
        return new Acknowledged(keys, sigs);
    }

    private static void record(String line, Map<Integer, SessionPublicKey> keys, List<Integer> sigs) {
        if (!line.endsWith(" .")) {
            // the kill cut this line short: it was never acknowledged
            return;
        }
        String[] parts = line.split(" ");
        if (parts[0].equals("key") && parts.length == 4) {
            keys.put(Integer.parseInt(parts[1]), new SessionPublicKey(parts[2]));
        } else if (parts[0].equals("sig") && parts.length == 3) {
            sigs.add(Integer.parseInt(parts[1]));
        } else {
            fail("unexpected writer output: " + line);
        }
    }

    private static String read(Path errors) throws IOException {
        return Files.exists(errors) ? Files.readString(errors) : "(none)";
    }
}
