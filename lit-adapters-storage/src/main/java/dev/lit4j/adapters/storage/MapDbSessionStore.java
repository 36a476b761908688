package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.mapdb.BTreeMap;
import org.mapdb.CC;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.Serializer;
import org.mapdb.StoreWAL;
import org.mapdb.volume.Volume;

/**
 * The embedded default: a session store in one MapDB file, with transactions made atomic.
 *
 * <p>Every write is committed before it returns, all or nothing: MapDB's commit goes through a journal
 * ({@code <file>.journal}, see {@link JournaledVolume}) that reserves the disk space it needs before it
 * changes anything, so a write that fails — a full disk — leaves every entry written before readable and
 * the store usable, and a process or machine that stops in the middle of a write loses nothing it was told
 * was stored. After a failed write the store reopens its file by itself. Keys and values use MapDB's
 * explicit {@code STRING} and {@code BYTE_ARRAY} serializers (its default serializer cannot hold Java
 * records); values are the shared entry format, whose checksum reports a damaged entry, which
 * {@link #clear} removes.
 *
 * <p>A damaged file (a damaged header, a truncated file, a damaged tree) is reported as such, naming the
 * file and what to do: move it aside and start a new store. On POSIX systems the file, its journal and its
 * write-ahead-log files are {@code rw-------} and a directory the store creates is {@code rwx------}.
 *
 * <p>MapDB locks the file: one process at a time. Thread-safe within it; writes are serialised, reads
 * run in parallel and never see an uncommitted write. {@link #close()} releases the file; a store that is
 * never closed loses nothing either.
 */
public final class MapDbSessionStore extends EntrySessionStore {
    /** The name of the map inside the MapDB file. */
    static final String MAP_NAME = "lit4j-session-entries";

    private final Path file;
    private final UnaryOperator<Volume> files;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Opened opened;
    private boolean closed;

    private record Opened(DB db, BTreeMap<String, byte[]> entries) {}

    /**
     * Opens the store in {@code file}, creating it (and its directory) if needed.
     *
     * @throws SessionStoreException if the file cannot be created, is locked by another process, is not a
     *     MapDB file, or is damaged (the message says what to do)
     */
    public MapDbSessionStore(Path file) {
        this(file, UnaryOperator.identity());
    }

    /** Opens the store with every file it opens passed through {@code files}: the seam for disk faults. */
    MapDbSessionStore(Path file, UnaryOperator<Volume> files) {
        InvalidInputException.requireNonNull("file", file);
        this.file = file.toAbsolutePath();
        this.files = files;
        try {
            Path parent = this.file.getParent();
            if (parent != null) {
                PrivateFiles.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SessionStoreException("cannot open the MapDB session store " + this.file + ": " + e, e);
        }
        this.opened = open();
    }

    /** The MapDB file. */
    public Path file() {
        return file;
    }

    @Override
    protected Optional<byte[]> read(SessionEntryKey key) {
        return locked(false, "read " + key, entries -> Optional.ofNullable(entries.get(mapKey(key))));
    }

    @Override
    protected byte[] insertIfAbsent(SessionEntryKey key, byte[] value) {
        return locked(true, "create " + key, entries -> {
            byte[] existing = entries.putIfAbsent(mapKey(key), value);
            if (existing != null) {
                return existing;
            }
            opened.db().commit();
            return value;
        });
    }

    @Override
    protected void write(SessionEntryKey key, byte[] value) {
        locked(true, "write " + key, entries -> {
            entries.put(mapKey(key), value);
            opened.db().commit();
            return null;
        });
    }

    @Override
    protected void delete(SessionIdentity identity) {
        locked(true, "clear " + identity.key(), entries -> {
            // an identity's keys run from "<identity key> " up to, not including, "<identity key>!"
            entries.subMap(identityPrefix(identity), true, identity.key() + "!", false)
                    .clear();
            opened.db().commit();
            return null;
        });
    }

    @Override
    protected void deleteAll() {
        locked(true, "clear every entry", entries -> {
            entries.clear();
            opened.db().commit();
            return null;
        });
    }

    /** Closes the MapDB file. Idempotent. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            closeQuietly(null);
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

    private Opened open() {
        DB db = null;
        JournaledVolumeFactory volumes = new JournaledVolumeFactory(file, files);
        try {
            boolean existed = Files.exists(file);
            if (!existed) {
                // a journal without its main file belongs to a store that was moved aside
                Files.deleteIfExists(Path.of(file + JournaledVolumeFactory.JOURNAL_SUFFIX));
            }
            StoreWAL store = StoreWAL.make(
                    file.toString(),
                    volumes,
                    0L,
                    true,
                    CC.STORE_DIRECT_CONC_SHIFT,
                    CC.PAGE_SIZE,
                    0L,
                    false,
                    false,
                    false,
                    true,
                    false);
            db = new DB(store, existed, true, MapDbSessionStore.class.getClassLoader(), 0);
            return new Opened(
                    db,
                    db.treeMap(MAP_NAME, Serializer.STRING, Serializer.BYTE_ARRAY)
                            .createOrOpen());
        } catch (IOException | RuntimeException e) {
            try {
                if (db != null) {
                    db.close();
                }
                volumes.closeAll();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            Optional<String> damage = e instanceof RuntimeException failure ? damage(failure) : Optional.empty();
            throw new SessionStoreException(
                    damage.map(what -> damaged("cannot open it", what))
                            .orElseGet(() -> "cannot open the MapDB session store " + file + ": " + e),
                    e);
        }
    }

    private <T> T locked(boolean writing, String what, Function<BTreeMap<String, byte[]>, T> action) {
        Lock held = writing ? lock.writeLock() : lock.readLock();
        held.lock();
        try {
            if (opened == null && !closed) {
                // a failed write closed the file, and reopening it failed then: try again
                if (writing) {
                    opened = open();
                } else {
                    held.unlock();
                    held = reopenForReading();
                }
            }
            if (closed) {
                throw new SessionStoreException("the MapDB session store " + file + " is closed; cannot " + what);
            }
            try {
                return action.apply(opened.entries());
            } catch (RuntimeException e) {
                throw failed(writing, what, e);
            }
        } finally {
            held.unlock();
        }
    }

    /** Reopens the file under the write lock, then downgrades to the read lock, which it returns held. */
    private Lock reopenForReading() {
        lock.writeLock().lock();
        try {
            if (opened == null && !closed) {
                opened = open();
            }
        } finally {
            lock.readLock().lock();
            lock.writeLock().unlock();
        }
        return lock.readLock();
    }

    /**
     * The error for {@code what} failing with {@code e}. After a failed write MapDB's state in memory is not
     * to be trusted, so the file is closed and opened again, as it was last committed.
     */
    private SessionStoreException failed(boolean writing, String what, RuntimeException e) {
        Optional<String> damage = damage(e);
        String message = damage.map(found -> damaged("could not " + what, found))
                .orElseGet(() -> "the MapDB session store " + file + " could not " + what + ": "
                        + (diskFull(e)
                                ? "the disk is full (No space left on device). Free disk space and try again"
                                : e.toString())
                        + (writing ? "; the entries written before are intact" : ""));
        if (writing) {
            closeQuietly(e);
            try {
                opened = open();
            } catch (SessionStoreException reopen) {
                e.addSuppressed(reopen);
                message += ". Reopening the file failed: " + reopen.getMessage();
            }
        }
        return new SessionStoreException(message, e);
    }

    /** The message for a damaged file: what Lit4j could not do, what is damaged, and what to do. */
    private String damaged(String what, String damage) {
        return "the MapDB session store " + file + " is damaged, so Lit4j " + what + ": " + damage + ". Lit4j does"
                + " not repair it: move the file aside (for example mv " + file + " " + file + ".damaged) and open"
                + " the store again to start an empty one; sessions are then created afresh";
    }

    /** What is damaged, if {@code e} is MapDB finding its file damaged rather than failing to reach it. */
    private static Optional<String> damage(RuntimeException e) {
        if (e instanceof JournaledVolume.Truncated) {
            return Optional.of(e.getMessage());
        }
        if (e instanceof DBException.WrongFormat) {
            return Optional.of("its header is not a MapDB header");
        }
        if (e instanceof DBException.WrongConfiguration) {
            return Optional.of("its header names features this store does not use");
        }
        if (e instanceof DBException.NewMapDBFormat) {
            return Optional.of("its header names a newer MapDB format than this Lit4j reads");
        }
        if (e instanceof DBException.DataCorruption
                && String.valueOf(e.getMessage()).startsWith("Header checksum")) {
            return Optional.of("its header does not match its checksum");
        }
        if (e instanceof DBException.VolumeEOF || e.getCause() instanceof EOFException) {
            return Optional.of("it ends before its contents do: it was truncated, or it is not a MapDB file");
        }
        if (e instanceof DBException.DataCorruption
                || e instanceof DBException.GetVoid
                || e instanceof DBException.SerializationError
                || !(e instanceof DBException)) {
            return Optional.of("its structure is inconsistent (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException
                    && String.valueOf(cause.getMessage()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private void closeQuietly(RuntimeException cause) {
        if (opened == null) {
            return;
        }
        try {
            opened.db().close();
        } catch (RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        } finally {
            opened = null;
        }
    }
}
