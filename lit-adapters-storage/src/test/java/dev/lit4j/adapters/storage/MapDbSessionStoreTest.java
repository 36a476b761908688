package dev.lit4j.adapters.storage;

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
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

class MapDbSessionStoreTest extends DurableSessionStoreContract<MapDbSessionStore> {

    /** Opens a {@link MapDbSessionStore} in the contract's file (here and in the killed child JVM). */
    public static final class Opener implements SessionStoreOpener<MapDbSessionStore> {
        @Override
        public MapDbSessionStore open(Path location) {
            return new MapDbSessionStore(location);
        }
    }

    @Override
    protected Class<Opener> opener() {
        return Opener.class;
    }

    /** Opens the store with each of its files on the simulated disk. */
    @Override
    protected MapDbSessionStore openOn(DiskSpace disk) {
        return new MapDbSessionStore(location(), SpaceVolume.on(disk));
    }

    /** Closes the store, overwrites the value in the MapDB file itself, and reopens. */
    @Override
    protected MapDbSessionStore corruptSessionKey(MapDbSessionStore store, SessionIdentity identity) {
        store.close();
        overwrite(location(), SessionEntryKey.sessionKey(identity), "not JSON".getBytes(StandardCharsets.UTF_8));
        return new MapDbSessionStore(location());
    }

    @Test
    void namesTheCorruptedValue() throws Exception {
        MapDbSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        store.close();
        overwrite(
                location(),
                SessionEntryKey.sessionKey(WALLET),
                "{\"format\": \"lit4j-session-key\", \"version\": 3}".getBytes(StandardCharsets.UTF_8));
        MapDbSessionStore reopened = open();
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> reopened.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " unreadable: it is in format version 3; this Lit4j reads version 2. Clear that identity to start"
                        + " it afresh; other entries are unaffected",
                error.getMessage());
    }

    @Test
    void aClosedStoreSaysSo() throws Exception {
        MapDbSessionStore store = open();
        store.close();
        store.close();
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the MapDB session store " + location().toAbsolutePath() + " is closed; cannot read session-key"
                        + " of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                error.getMessage());
    }

    @Test
    void aFileThatIsNotMapDbIsAClearError() throws Exception {
        Files.writeString(location(), "this is not a MapDB file, but a note someone left here");
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new MapDbSessionStore(location()));
        assertEquals(
                damaged("it ends before its contents do: it was truncated, or it is not a MapDB file"),
                error.getMessage());
    }

    @Test
    void aFileInUseIsAClearError() throws Exception {
        open();
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new MapDbSessionStore(location()));
        assertTrue(
                error.getMessage()
                        .startsWith("cannot open the MapDB session store "
                                + location().toAbsolutePath() + ": "),
                error.getMessage());
    }

    @Test
    void aFullDiskFailsTheWriteAndSaysSoAndTheStoreGoesOn() throws Exception {
        DiskSpace disk = new DiskSpace();
        MapDbSessionStore store = openOn(disk);
        try {
            SessionKeyPair key = store.sessionKey(WALLET, SessionKeyPair::generate);
            disk.leave(0);
            StoredAuthSig sig = new StoredAuthSig(WALLET_AUTH_SIG, WALLET_AUTH_SIG_EXPIRATION);
            SessionStoreException error =
                    assertThrows(SessionStoreException.class, () -> store.putAuthSig(WALLET, key.publicKey(), sig));
            assertEquals(
                    "the MapDB session store " + location().toAbsolutePath() + " could not write "
                            + SessionEntryKey.authSig(WALLET, key.publicKey())
                            + ": the disk is full (No space left on device)."
                            + " Free disk space and try again; the entries written before are intact",
                    error.getMessage());
            assertEquals(key, store.findSessionKey(WALLET).orElseThrow());
            assertEquals(Optional.empty(), store.findAuthSig(WALLET, key.publicKey(), Instant.EPOCH));
            disk.unlimit();
            store.putAuthSig(WALLET, key.publicKey(), sig);
            assertEquals(Optional.of(sig), store.findAuthSig(WALLET, key.publicKey(), Instant.EPOCH));
        } finally {
            store.close();
        }
    }

    @Test
    void aDamagedHeaderIsReportedWithWhatToDo() throws Exception {
        MapDbSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        store.close();
        flipBit(location(), 30);
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new MapDbSessionStore(location()));
        assertEquals(damaged("its header does not match its checksum"), error.getMessage());
        flipBit(location(), 30);
        flipBit(location(), 1);
        error = assertThrows(SessionStoreException.class, () -> new MapDbSessionStore(location()));
        assertEquals(damaged("its header is not a MapDB header"), error.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedWithWhatToDo() throws Exception {
        MapDbSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        store.close();
        long length = Files.size(location());
        try (FileChannel file = FileChannel.open(location(), StandardOpenOption.WRITE)) {
            file.truncate(length / 2);
        }
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new MapDbSessionStore(location()));
        assertEquals(
                damaged("it is " + length / 2 + " bytes long, but its contents end at byte " + length
                        + ": it was truncated"),
                error.getMessage());
    }

    @Test
    void keepsItsFilesPrivate() throws Exception {
        Path file = location().resolveSibling("made-by-the-store").resolve("sessions.mapdb");
        try (MapDbSessionStore store = new MapDbSessionStore(file)) {
            store.sessionKey(WALLET, SessionKeyPair::generate);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> all = files.sorted().toList();
            assertEquals(
                    List.of("sessions.mapdb", "sessions.mapdb.journal"),
                    all.stream().map(each -> each.getFileName().toString()).toList());
            for (Path each : all) {
                assertEquals(
                        "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(each)),
                        each.toString());
            }
        }
    }

    @Test
    void narrowsTheFilesOfAStoreMadeByAnEarlierVersionAndReadsItsEntries() throws Exception {
        String versionOne = "{\"format\": \"lit4j-session-key\", \"version\": 1, \"identity\": \"" + WALLET.key()
                + "\", \"publicKey\": \"" + SESSION_KEY.publicKey().hex() + "\", \"secretKey\": \""
                + SESSION_KEY.exportSecretKeyHex() + "\"}";
        DB db = DBMaker.fileDB(location().toFile()).transactionEnable().make();
        db.treeMap(MapDbSessionStore.MAP_NAME, Serializer.STRING, Serializer.BYTE_ARRAY)
                .create()
                .put(
                        MapDbSessionStore.mapKey(SessionEntryKey.sessionKey(WALLET)),
                        versionOne.getBytes(StandardCharsets.UTF_8));
        db.commit();
        db.close();
        Files.setPosixFilePermissions(location(), PosixFilePermissions.fromString("rw-r--r--"));
        MapDbSessionStore store = open();
        assertEquals(SESSION_KEY, store.findSessionKey(WALLET).orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(location())));
    }

    private static void flipBit(Path file, int at) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[at] ^= 0x04;
        Files.write(file, bytes);
    }

    private String damaged(String what) {
        Path file = location().toAbsolutePath();
        return "the MapDB session store " + file + " is damaged, so Lit4j cannot open it: " + what + ". Lit4j does"
                + " not repair it: move the file aside (for example mv " + file + " " + file + ".damaged) and open"
                + " the store again to start an empty one; sessions are then created afresh";
    }

    /** Overwrites an entry's value in a closed MapDB store's file, outside the store. */
    static void overwrite(Path file, SessionEntryKey key, byte[] value) {
        DB db = DBMaker.fileDB(file.toFile()).transactionEnable().make();
        try {
            BTreeMap<String, byte[]> map = db.treeMap(
                            MapDbSessionStore.MAP_NAME, Serializer.STRING, Serializer.BYTE_ARRAY)
                    .open();
            assertTrue(map.containsKey(MapDbSessionStore.mapKey(key)), "the entry to corrupt exists");
            map.put(MapDbSessionStore.mapKey(key), value);
            db.commit();
        } finally {
            db.close();
        }
    }
}
