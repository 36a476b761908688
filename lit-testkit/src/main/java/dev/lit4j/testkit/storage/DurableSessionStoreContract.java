package dev.lit4j.testkit.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.IDENTITIES;
import static dev.lit4j.testkit.storage.SessionStoreSamples.numberedAuthSig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link SessionStoreContract} for stores that keep their entries on disk, plus durability and damage:
 * <ul>
 *   <li>a store reopened holds everything written before;</li>
 *   <li>a process killed with {@code kill -9} in the middle of a write loop loses none of the writes it had
 *       acknowledged;</li>
 *   <li>a full disk fails a write cleanly: every entry acknowledged before stays readable, the failed entry
 *       is as it was or as written (never damaged), and once space is free again the store takes writes,
 *       also after it is reopened. Tested on a simulated disk ({@link #openOn(DiskSpace)}) that runs out at
 *       several points, and — where the tests run as root on Linux — on a real, small tmpfs;</li>
 *   <li>a flipped bit at the start of a store file (where a header lives) and a truncated store file are
 *       reported, never served: the store either refuses to open, naming its location, or opens and reports
 *       each damaged entry, which {@code clear} then removes.</li>
 * </ul>
 *
 * <p>A subclass names a {@link SessionStoreOpener} and opens a store on a {@link DiskSpace}; the contract
 * opens stores at a fresh location per test ({@link #location()}), in this JVM and, for the crash test, in a
 * child JVM that it kills.
 *
 * @param <S> the store type
 */
public abstract class DurableSessionStoreContract<S extends SessionStore> extends SessionStoreContract<S> {
    /** How many acknowledged AuthSig writes the crash test waits for before it kills the writer. */
    protected static final int WRITES_BEFORE_KILL = 40;

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    private Path temp;

    /** How many writes the full-disk tests make at most before they expect the disk to be full. */
    protected static final int MAX_WRITES_UNTIL_FULL = 2_000;

    /**
     * The free space left, in turn, on the simulated disk: none, then one block more each time up to 128 KiB
     * (so that the disk fills at every point of a write), then more than a MapDB page.
     */
    private static final long[] FREE_SPACE = LongStream.concat(
                    LongStream.rangeClosed(0, 32).map(blocks -> blocks * DiskSpace.BLOCK), LongStream.of(1536 * 1024))
            .toArray();
    /** The bytes flipped, one bit each, at the start of every store file: in MapDB's header, for one. */
    private static final int[] HEADER_BYTES = {1, 21, 44};
    /** How long a signed message the full-disk tests write: big entries fill a disk in few writes. */
    private static final int BIG_MESSAGE = 6 * 1024;

    /** The opener: a public class with a public no-argument constructor. */
    protected abstract Class<? extends SessionStoreOpener<S>> opener();

    /**
     * Opens the store at {@link #location()} with every disk block it occupies charged to {@code disk}, so
     * that its writes fail with {@value DiskSpace#NO_SPACE} once the disk is full: through a seam of the
     * store (a file channel or volume that charges the blocks each write newly occupies, and releases those
     * a truncation frees). May be called again after the previous store was closed.
     *
     * @throws Exception if it cannot be opened
     */
    protected abstract S openOn(DiskSpace disk) throws Exception;

    /**
     * The files of the store at {@code location} that a disk error can damage, for the header and
     * truncation tests: by default {@code location} itself if it is a file, otherwise the non-hidden
     * regular files in it.
     *
     * @throws IOException if they cannot be listed
     */
    protected List<Path> storeFiles(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        try (Stream<Path> files = Files.list(location)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

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
                store.putAuthSig(
                        identity,
                        key.publicKey(),
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
            assertEquals(
                    entry.getValue(), reopened.findSessionKey(entry.getKey()).orElseThrow());
            assertEquals(
                    numberedAuthSig(n, key),
                    reopened.findAuthSig(entry.getKey(), key, Instant.EPOCH)
                            .orElseThrow()
                            .authSig());
        }
    }

    @Test
    void keepsEveryAcknowledgedWriteWhenKilledMidLoop() throws Exception {
        for (String round : List.of("a", "b")) {
            Acknowledged acknowledged = runAndKill(round);
            S store = open();
            for (Map.Entry<Integer, SessionPublicKey> key : acknowledged.keys.entrySet()) {
                SessionIdentity identity = SessionStoreWriterProcess.identity(round, key.getKey());
                assertEquals(
                        key.getValue(),
                        store.findSessionKey(identity)
                                .orElseThrow(() ->
                                        new AssertionError("acknowledged session key " + identity.key() + " is lost"))
                                .publicKey(),
                        identity.key());
            }
            for (int n : acknowledged.sigs) {
                SessionIdentity identity = SessionStoreWriterProcess.identity(round, n);
                SessionPublicKey key = acknowledged.keys.get(n);
                Optional<StoredAuthSig> sig = store.findAuthSig(identity, key, Instant.EPOCH);
                assertEquals(
                        Optional.of(new StoredAuthSig(numberedAuthSig(n, key), SessionStoreWriterProcess.EXPIRATION)),
                        sig,
                        "acknowledged AuthSig of " + identity.key());
            }
            // the store recovered into a usable state, not only a readable one
            SessionKeyPair fresh =
                    store.sessionKey(SessionStoreWriterProcess.identity(round, -1), SessionKeyPair::generate);
            assertEquals(
                    fresh,
                    store.findSessionKey(SessionStoreWriterProcess.identity(round, -1))
                            .orElseThrow());
            close(store);
        }
    }

    @Test
    void keepsEveryAcknowledgedEntryWhenTheDiskFills() throws Exception {
        DiskSpace disk = new DiskSpace();
        Written written = new Written();
        S store = openOn(disk);
        try {
            for (long free : FREE_SPACE) {
                disk.leave(free);
                written.fillUntilFull(store, "with " + free + " bytes free");
                written.assertHeldBy(store);
                disk.unlimit();
                written.write(store);
                written.assertHeldBy(store);
            }
        } finally {
            close(store);
        }
        written.assertHeldBy(open());
    }

    @Test
    void keepsEveryAcknowledgedEntryWhenARealDiskFills() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("tmpfs"));
        Process mounting = new ProcessBuilder(
                        "mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", mount.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(mounting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mounting.waitFor() == 0, "mounting a 6 MiB tmpfs needs root on Linux: " + said);
        try {
            // the filler leaves the store less than a MapDB page to grow into, then makes room when deleted
            Path filler = Files.write(mount.resolve("filler"), new byte[3 * 1024 * 1024]);
            Path at = mount.resolve("store");
            Written written = new Written();
            S store = opener().getConstructor().newInstance().open(at);
            try {
                written.fillUntilFull(store, "on a full tmpfs");
                assertTrue(
                        written.acknowledged() >= 10,
                        "the tmpfs filled after " + written.acknowledged() + " writes, too few to test a store in use");
                written.assertHeldBy(store);
                Files.delete(filler);
                written.write(store);
                written.assertHeldBy(store);
            } finally {
                close(store);
            }
            S reopened = opener().getConstructor().newInstance().open(at);
            try {
                written.assertHeldBy(reopened);
            } finally {
                close(reopened);
            }
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    @Test
    void reportsAFlippedBitAtTheStartOfAStoreFile() throws Exception {
        for (int at : HEADER_BYTES) {
            Path location = temp.resolve("flipped-" + at);
            Written written = writeSamples(location);
            for (Path file : storeFiles(location)) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[at] ^= (byte) 0x10;
                Files.write(file, bytes);
            }
            assertDamageReported(location, written, "a flipped bit in byte " + at);
        }
    }

    @Test
    void reportsATruncatedStoreFile() throws Exception {
        for (int keep : new int[] {2, 3}) {
            Path location = temp.resolve("truncated-" + keep);
            Written written = writeSamples(location);
            for (Path file : storeFiles(location)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(channel.size() * keep / 4);
                }
            }
            assertDamageReported(location, written, "files cut to " + keep + "/4 of their length");
        }
    }

    /** Writes a session key and an AuthSig for every sample identity in a new store at {@code location}. */
    private Written writeSamples(Path location) throws Exception {
        Written written = new Written();
        S store = opener().getConstructor().newInstance().open(location);
        try {
            for (int i = 0; i < IDENTITIES.size(); i++) {
                written.write(store);
            }
        } finally {
            close(store);
        }
        return written;
    }

    /**
     * Opens the damaged store at {@code location}: it must refuse, naming its location, or report every
     * damaged entry it is asked for (never serve an altered one), report at least one, and let {@code clear}
     * remove those.
     */
    private void assertDamageReported(Path location, Written written, String damage) throws Exception {
        S store;
        try {
            store = opener().getConstructor().newInstance().open(location);
        } catch (SessionStoreException refused) {
            assertTrue(
                    refused.getMessage().contains(location.toAbsolutePath().toString()),
                    damage + ": the refusal names the store: " + refused.getMessage());
            return;
        }
        try {
            List<SessionIdentity> reported = written.reportedBy(store);
            assertTrue(!reported.isEmpty(), damage + " was neither refused nor reported");
            for (SessionIdentity identity : reported) {
                store.clear(identity);
                assertEquals(Optional.empty(), store.findSessionKey(identity), damage + ", cleared");
                SessionKeyPair fresh = store.sessionKey(identity, SessionKeyPair::generate);
                assertEquals(fresh, store.findSessionKey(identity).orElseThrow(), damage + ", written afresh");
            }
        } finally {
            close(store);
        }
    }

    /** What a test wrote and the store acknowledged: per identity, its session key and its last AuthSig. */
    private static final class Written {
        private final Map<SessionIdentity, SessionKeyPair> keys = new LinkedHashMap<>();
        private final Map<SessionIdentity, StoredAuthSig> sigs = new LinkedHashMap<>();
        private final List<SessionIdentity> failed = new ArrayList<>();

        /** Writes a new identity's session key and a big AuthSig, recording what was acknowledged. */
        void write(SessionStore store) {
            int n = keys.size() + failed.size();
            SessionIdentity identity = identity(n);
            SessionKeyPair key = store.sessionKey(identity, SessionKeyPair::generate);
            keys.put(identity, key);
            StoredAuthSig sig = new StoredAuthSig(bigAuthSig(n, key.publicKey()), SessionStoreWriterProcess.EXPIRATION);
            store.putAuthSig(identity, key.publicKey(), sig);
            sigs.put(identity, sig);
        }

        /** How many session keys were acknowledged. */
        int acknowledged() {
            return keys.size();
        }

        /** Writes until a write fails with {@value DiskSpace#NO_SPACE}, which it must do in time. */
        void fillUntilFull(SessionStore store, String disk) {
            for (int i = 0; i < MAX_WRITES_UNTIL_FULL; i++) {
                int before = keys.size() + failed.size();
                try {
                    write(store);
                } catch (SessionStoreException full) {
                    assertTrue(
                            full.getMessage().contains(DiskSpace.NO_SPACE),
                            "a write " + disk + " says the disk is full: " + full.getMessage());
                    if (keys.size() + failed.size() == before) {
                        failed.add(identity(before));
                    }
                    return;
                }
            }
            fail(MAX_WRITES_UNTIL_FULL + " writes " + disk + " all succeeded");
        }

        /** Asserts that {@code store} holds every acknowledged entry and that failed ones are whole or absent. */
        void assertHeldBy(SessionStore store) {
            for (Map.Entry<SessionIdentity, SessionKeyPair> key : keys.entrySet()) {
                SessionIdentity identity = key.getKey();
                assertEquals(
                        key.getValue(),
                        store.findSessionKey(identity)
                                .orElseThrow(() -> new AssertionError(
                                        "acknowledged session key of " + identity.key() + " is lost")),
                        identity.key());
                Optional<StoredAuthSig> sig =
                        store.findAuthSig(identity, key.getValue().publicKey(), Instant.EPOCH);
                if (sigs.containsKey(identity)) {
                    assertEquals(Optional.of(sigs.get(identity)), sig, "acknowledged AuthSig of " + identity.key());
                }
            }
            for (SessionIdentity identity : failed) {
                // a failed write left the entry as it was (absent) or whole: reading it must not fail
                store.findSessionKey(identity);
            }
        }

        /** The identities whose session key or AuthSig {@code store} reports as damaged; fails on an altered one. */
        List<SessionIdentity> reportedBy(SessionStore store) {
            List<SessionIdentity> reported = new ArrayList<>();
            for (Map.Entry<SessionIdentity, SessionKeyPair> key : keys.entrySet()) {
                SessionIdentity identity = key.getKey();
                try {
                    store.findSessionKey(identity)
                            .ifPresent(found -> assertEquals(
                                    key.getValue(),
                                    found,
                                    "an altered session key of " + identity.key() + " was served"));
                    store.findAuthSig(identity, key.getValue().publicKey(), Instant.EPOCH)
                            .ifPresent(found -> assertEquals(
                                    sigs.get(identity),
                                    found,
                                    "an altered AuthSig of " + identity.key() + " was served"));
                } catch (SessionStoreException damaged) {
                    reported.add(identity);
                }
            }
            return reported;
        }

        /** The sample identities first, then names of our own. */
        private static SessionIdentity identity(int n) {
            return n < IDENTITIES.size()
                    ? IDENTITIES.get(n)
                    : new SessionIdentity(SessionIdentity.Kind.CUSTOM, "disk-" + n);
        }

        private static AuthSig bigAuthSig(int n, SessionPublicKey sessionKey) {
            AuthSig sample = numberedAuthSig(n, sessionKey);
            return AuthSig.wallet(
                    sample.sig(), sample.signedMessage() + "\n" + "r".repeat(BIG_MESSAGE), sample.address());
        }
    }

    private record Acknowledged(Map<Integer, SessionPublicKey> keys, List<Integer> sigs) {}

    private Acknowledged runAndKill(String round) throws Exception {
        Path errors = temp.resolve("writer-" + round + ".err");
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SessionStoreWriterProcess.class.getName(),
                        opener().getName(),
                        location().toString(),
                        round)
                .redirectError(errors.toFile())
                .start();
        Map<Integer, SessionPublicKey> keys = new LinkedHashMap<>();
        List<Integer> sigs = new ArrayList<>();
        Instant deadline = Instant.now().plus(CHILD_TIMEOUT);
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (sigs.size() < WRITES_BEFORE_KILL
                    && Instant.now().isBefore(deadline)
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
