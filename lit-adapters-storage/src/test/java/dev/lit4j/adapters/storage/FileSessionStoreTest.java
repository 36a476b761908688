package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.AWKWARD;
import static dev.lit4j.testkit.storage.SessionStoreSamples.IDENTITIES;
import static dev.lit4j.testkit.storage.SessionStoreSamples.LONG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.OTHER_WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.SESSION_KEY;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.testkit.storage.DiskSpace;
import dev.lit4j.testkit.storage.DurableSessionStoreContract;
import dev.lit4j.testkit.storage.SessionStoreOpener;
import dev.lit4j.testkit.storage.SessionStoreSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FileSessionStoreTest extends DurableSessionStoreContract<FileSessionStore> {

    /** Opens a {@link FileSessionStore} in the contract's directory (here and in the killed child JVM). */
    public static final class Opener implements SessionStoreOpener<FileSessionStore> {
        @Override
        public FileSessionStore open(Path location) {
            return new FileSessionStore(location);
        }
    }

    @Override
    protected Class<Opener> opener() {
        return Opener.class;
    }

    /** Opens the store with every file it writes on the simulated disk. */
    @Override
    protected FileSessionStore openOn(DiskSpace disk) {
        return new FileSessionStore(location(), channel -> new SpaceFileChannel(channel, disk));
    }

    @Override
    protected FileSessionStore corruptSessionKey(FileSessionStore store, SessionIdentity identity) throws IOException {
        Path file = store.entryFile(SessionEntryKey.sessionKey(identity));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return store;
    }

    @Test
    void writesOneReadableJsonFilePerEntry() throws Exception {
        FileSessionStore store = open();
        store.sessionKey(WALLET, () -> SESSION_KEY);
        store.putAuthSig(
                WALLET, SESSION_KEY.publicKey(), new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION));

        assertEquals(
                List.of(
                        "wallet%3a0xf39%46d6e51aad88%466%464ce6a%428827279cff%46b92266.auth-sig-"
                                + "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c.json",
                        "wallet%3a0xf39%46d6e51aad88%466%464ce6a%428827279cff%46b92266.session-key.json"),
                fileNames(location()));
        assertTrue(Files.readString(store.entryFile(SessionEntryKey.sessionKey(WALLET)))
                .matches("""
                \\{
                  "format": "lit4j-session-key",
                  "version": 2,
                  "identity": "wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                  "publicKey": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
                  "secretKey": "0707070707070707070707070707070707070707070707070707070707070707\
                ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
                  "checksum": "[0-9a-f]{64}"
                }
                """));
    }

    @Test
    void escapesEveryIdentityIntoASafeDistinctFileName() throws Exception {
        FileSessionStore store = open();
        for (SessionIdentity identity : IDENTITIES) {
            store.sessionKey(identity, SessionKeyPair::generate);
        }
        List<String> names = fileNames(location());
        assertEquals(IDENTITIES.size(), names.size());
        for (String name : names) {
            assertTrue(name.matches("[a-z0-9_%~-]+\\.session-key\\.json"), name);
            assertTrue(name.length() <= FileSessionStore.MAX_IDENTITY_NAME + ".session-key.json".length(), name);
        }
        assertEquals(
                "custom%3a%2e%2e%2f%2e%2e%5ctenant%2f%c3%9cn%c3%afc%c3%b8d%c3%a9%2a%3f%3c%3e%7c%252%46%27%22%3b"
                        + "--%44%52%4f%50_%54%41%42%4c%45%2ejson.session-key.json",
                store.entryFile(SessionEntryKey.sessionKey(AWKWARD))
                        .getFileName()
                        .toString());
        String longName =
                store.entryFile(SessionEntryKey.sessionKey(LONG)).getFileName().toString();
        assertTrue(longName.matches("custom%3ax{118}~[0-9a-f]{32}\\.session-key\\.json"), longName);
    }

    @Test
    void leavesNoTemporaryFileAndKeepsEntriesPrivate() throws Exception {
        FileSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        store.sessionKey(WALLET, SessionKeyPair::generate);
        store.putAuthSig(
                WALLET, SESSION_KEY.publicKey(), new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION));
        assertEquals(2, fileNames(location()).size());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(location())));
        try (Stream<Path> files = Files.list(location())) {
            for (Path file : files.toList()) {
                assertEquals(
                        "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }
    }

    @Test
    void removesOnlyStaleTemporaryFilesWhenOpened() throws Exception {
        Files.createDirectories(location());
        Path stale = Files.writeString(location().resolve(".lit4j-123.tmp"), "half a write");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.writeString(location().resolve(".lit4j-456.tmp"), "a write in progress elsewhere");
        open();
        assertTrue(Files.notExists(stale));
        assertTrue(Files.exists(recent));
    }

    @Test
    void clearingTouchesNoFileThatIsNotAnEntry() throws Exception {
        FileSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        Path unrelated = Files.writeString(location().resolve("README.txt"), "not an entry");
        Path lookalike = Files.writeString(location().resolve("wallet.notes.json"), "not an entry either");
        store.clear(WALLET);
        store.clearAll();
        assertEquals(List.of("README.txt", "wallet.notes.json"), fileNames(location()));
        assertTrue(Files.exists(unrelated) && Files.exists(lookalike));
    }

    @Test
    void namesTheCorruptedFile() throws Exception {
        FileSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        Files.write(store.entryFile(SessionEntryKey.sessionKey(WALLET)), new byte[] {'{', (byte) 0xff, '}'});
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " unreadable: it is not UTF-8 text. Clear that identity to start it afresh; other entries are"
                        + " unaffected",
                error.getMessage());
    }

    @Test
    void reportsEveryEntryWithAFlippedBitAndServesNoneAltered() throws Exception {
        FileSessionStore store = open();
        Random random = new Random(60);
        for (int n = 0; n < 60; n++) {
            SessionIdentity identity = new SessionIdentity(SessionIdentity.Kind.CUSTOM, "flipped-" + n);
            store.putAuthSig(
                    identity,
                    SESSION_KEY.publicKey(),
                    new StoredAuthSig(
                            SessionStoreSamples.numberedAuthSig(n, SESSION_KEY.publicKey()),
                            WALLET_AUTH_SIG_EXPIRATION));
            SessionEntryKey key = SessionEntryKey.authSig(identity, SESSION_KEY.publicKey());
            Path file = store.entryFile(key);
            byte[] bytes = Files.readAllBytes(file);
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            Files.write(file, bytes);
            SessionStoreException error = assertThrows(
                    SessionStoreException.class,
                    () -> store.findAuthSig(identity, SESSION_KEY.publicKey(), Instant.EPOCH),
                    key.toString());
            assertTrue(
                    error.getMessage().startsWith("the session store entry " + key + " is unreadable: "),
                    error.getMessage());
            store.clear(identity);
            assertEquals(Optional.empty(), store.findAuthSig(identity, SESSION_KEY.publicKey(), Instant.EPOCH));
        }
    }

    @Test
    void namesAChecksumMismatch() throws Exception {
        FileSessionStore store = open();
        store.putAuthSig(
                WALLET, SESSION_KEY.publicKey(), new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION));
        SessionEntryKey key = SessionEntryKey.authSig(WALLET, SESSION_KEY.publicKey());
        String entry = Files.readString(store.entryFile(key));
        int sig = entry.indexOf("\"sig\":\"0x") + 9;
        Files.writeString(
                store.entryFile(key),
                entry.substring(0, sig) + (entry.charAt(sig) == '1' ? '2' : '1') + entry.substring(sig + 1));
        SessionStoreException error = assertThrows(
                SessionStoreException.class, () -> store.findAuthSig(WALLET, SESSION_KEY.publicKey(), Instant.EPOCH));
        assertEquals(
                "the session store entry " + key + " is unreadable: it is damaged: its checksum does not match"
                        + " its contents (a disk error, a crash of the machine or an edit changed it). Clear that identity to"
                        + " start it afresh; other entries are unaffected",
                error.getMessage());
    }

    @Test
    void readsAnEntryWrittenWithoutChecksumByAnEarlierVersion() throws Exception {
        FileSessionStore store = open();
        Files.writeString(store.entryFile(SessionEntryKey.sessionKey(WALLET)), """
                {
                  "format": "lit4j-session-key",
                  "version": 1,
                  "identity": "wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                  "publicKey": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
                  "secretKey": "0707070707070707070707070707070707070707070707070707070707070707\
                ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
                }
                """);
        assertEquals(SESSION_KEY, store.findSessionKey(WALLET).orElseThrow());
    }

    @Test
    void aFullDiskFailsTheWriteAndKeepsTheEntry() throws Exception {
        DiskSpace disk = new DiskSpace();
        FileSessionStore store = openOn(disk);
        StoredAuthSig first = new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION);
        store.putAuthSig(WALLET, SESSION_KEY.publicKey(), first);
        disk.leave(0);
        SessionStoreException error = assertThrows(
                SessionStoreException.class,
                () -> store.putAuthSig(
                        WALLET,
                        SESSION_KEY.publicKey(),
                        new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION.plusSeconds(1))));
        assertEquals(
                "session store could not write a temporary file in "
                        + location().toAbsolutePath() + ": java.io.IOException: No space left on device",
                error.getMessage());
        assertEquals(Optional.of(first), store.findAuthSig(WALLET, SESSION_KEY.publicKey(), Instant.EPOCH));
        assertEquals(
                List.of(store.entryFile(SessionEntryKey.authSig(WALLET, SESSION_KEY.publicKey()))
                        .getFileName()
                        .toString()),
                fileNames(location()));
    }

    @Test
    void reportsAnEntryFiledUnderAnotherIdentity() throws Exception {
        FileSessionStore store = open();
        store.sessionKey(OTHER_WALLET, SessionKeyPair::generate);
        Files.copy(
                store.entryFile(SessionEntryKey.sessionKey(OTHER_WALLET)),
                store.entryFile(SessionEntryKey.sessionKey(WALLET)));
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " unreadable: it belongs to wallet:0x5D467fe98ff120fe0C85F2217bC61732571b28EC, not to the identity"
                        + " it is filed under. Clear that identity to start it afresh; other entries are unaffected",
                error.getMessage());
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsAClearError() throws Exception {
        Path file = Files.writeString(Files.createDirectories(location()).resolve("plain-file"), "x");
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new FileSessionStore(file.resolve("sessions")));
        assertTrue(
                error.getMessage().startsWith("cannot open the session store directory " + file.resolve("sessions")),
                error.getMessage());
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
