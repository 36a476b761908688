package dev.lit4j.adapters.storage;

import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.testkit.storage.DiskSpace;
import dev.lit4j.testkit.storage.DurableSessionStoreContract;
import dev.lit4j.testkit.storage.SessionStoreOpener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The decorator over MapDB: durable, killed mid-loop, and with its file's bytes damaged. */
class EncryptedMapDbSessionStoreTest extends DurableSessionStoreContract<EncryptingSessionStore> {

    /** Opens an encrypted MapDB store (here and in the killed child JVM). */
    public static final class Opener implements SessionStoreOpener<EncryptingSessionStore> {
        @Override
        public EncryptingSessionStore open(Path location) {
            return new EncryptingSessionStore(new MapDbSessionStore(location), new TestKeys.Fixed());
        }
    }

    @Override
    protected Class<Opener> opener() {
        return Opener.class;
    }

    /** Opens the encrypted store with each MapDB file on the simulated disk. */
    @Override
    protected EncryptingSessionStore openOn(DiskSpace disk) {
        return new EncryptingSessionStore(
                new MapDbSessionStore(location(), SpaceVolume.on(disk)), new TestKeys.Fixed());
    }

    @Override
    protected EncryptingSessionStore corruptSessionKey(EncryptingSessionStore store, SessionIdentity identity)
            throws Exception {
        store.close();
        MapDbSessionStoreTest.overwrite(
                location(),
                SessionEntryKey.sessionKey(identity),
                "{\"format\": \"lit4j-sealed-entry\"".getBytes(StandardCharsets.UTF_8));
        return newStore();
    }
}
