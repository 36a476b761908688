package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * The embedded default: a session store in one MapDB file, with transactions.
 *
 * <p>Every write is committed (write-ahead log, flushed to disk) before it returns, so a process that is
 * killed loses nothing it was told was stored; the file is recovered when it is next opened. Keys and
 * values use MapDB's explicit {@code STRING} and {@code BYTE_ARRAY} serializers (its default serializer
 * cannot hold Java records); values are the shared entry format.
 *
 * <p>MapDB locks the file: one process at a time. Thread-safe within it; writes are serialised, reads
 * run in parallel and never see an uncommitted write. {@link #close()} releases the file; a store that is
 * never closed loses nothing either.
 */
public final class MapDbSessionStore extends EntrySessionStore {
    /** The name of the map inside the MapDB file. */
    static final String MAP_NAME = "lit4j-session-entries";

    private final Path file;
    private final DB db;
    private final BTreeMap<String, byte[]> entries;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * Opens the store in {@code file}, creating it (and its directory) if needed.
     *
     * @throws SessionStoreException if the file cannot be created, is locked by another process or is
     *     not a MapDB file
     */
    public MapDbSessionStore(Path file) {
        InvalidInputException.requireNonNull("file", file);
        this.file = file.toAbsolutePath();
        try {
            Path parent = this.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.db = DBMaker.fileDB(this.file.toFile()).transactionEnable().make();
            this.entries = db.treeMap(MAP_NAME, Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        } catch (IOException | RuntimeException e) {
            throw new SessionStoreException("cannot open the MapDB session store " + this.file + ": " + e, e);
        }
    }

    /** The MapDB file. */
    public Path file() {
        return file;
    }

    @Override
    protected Optional<byte[]> read(SessionEntryKey key) {
        return locked(false, "read " + key, () -> Optional.ofNullable(entries.get(mapKey(key))));
    }

    @Override
    protected byte[] insertIfAbsent(SessionEntryKey key, byte[] value) {
        return locked(true, "create " + key, () -> {
            byte[] existing = entries.putIfAbsent(mapKey(key), value);
            if (existing != null) {
                return existing;
            }
            db.commit();
            return value;
        });
    }

    @Override
    protected void write(SessionEntryKey key, byte[] value) {
        locked(true, "write " + key, () -> {
            entries.put(mapKey(key), value);
            db.commit();
            return null;
        });
    }

    @Override
    protected void delete(SessionIdentity identity) {
        locked(true, "clear " + identity.key(), () -> {
            // an identity's keys run from "<identity key> " up to, not including, "<identity key>!"
            entries.subMap(identityPrefix(identity), true, identity.key() + "!", false).clear();
            db.commit();
            return null;
        });
    }

    @Override
    protected void deleteAll() {
        locked(true, "clear every entry", () -> {
            entries.clear();
            db.commit();
            return null;
        });
    }

    /** Closes the MapDB file. Idempotent. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!db.isClosed()) {
                db.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The key of entry {@code key} in the map: the identity's key, a space, the entry's name. No identity
     * key holds a space, so one identity's keys never share the prefix of another's.
     */
    static String mapKey(SessionEntryKey key) {
        return identityPrefix(key.identity()) + key.name();
    }

    private static String identityPrefix(SessionIdentity identity) {
        return identity.key() + " ";
    }

    private <T> T locked(boolean writing, String what, Supplier<T> action) {
        var held = writing ? lock.writeLock() : lock.readLock();
        held.lock();
        try {
            if (db.isClosed()) {
                throw new SessionStoreException("the MapDB session store " + file + " is closed; cannot " + what);
            }
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (writing) {
                    rollbackQuietly(e);
                }
                throw new SessionStoreException("the MapDB session store " + file + " could not " + what + ": " + e, e);
            }
        } finally {
            held.unlock();
        }
    }

    private void rollbackQuietly(RuntimeException cause) {
        try {
            db.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
