package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A session store in one directory, one readable JSON file per entry:
 * {@code <identity>.<entry>.json}, e.g. {@code wallet%3a0xf39%46d6….session-key.json}.
 *
 * <p>The identity part of a file name is the identity's key with every byte other than a lowercase
 * letter, a digit, {@code -} or {@code _} written as {@code %xx} (so names are safe and distinct on any
 * file system, case-insensitive ones included); one longer than {@value #MAX_IDENTITY_NAME} characters
 * is cut and suffixed with {@code ~} and a hash of the whole key.
 *
 * <p>Every write goes to a temporary file in the same directory that is flushed to disk ({@code fsync}),
 * then renamed over the entry (or, to create a session key, hard-linked to it, which fails if the entry
 * exists: a compare-and-set that holds across processes sharing the directory), then the directory itself
 * is flushed. A reader therefore sees a whole entry or none, and a write that returned survives a crash.
 * On POSIX systems the directory is created {@code rwx------} and entries are {@code rw-------}.
 * The file system must support hard links (any local POSIX file system, NTFS).
 */
public final class FileSessionStore extends EntrySessionStore {
    static final int MAX_IDENTITY_NAME = 160;
    private static final String SUFFIX = ".json";
    private static final String TEMP_PREFIX = ".lit4j-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    private final Path directory;
    private final boolean posix;
    private final UnaryOperator<FileChannel> channels;

    /**
     * Opens the store in {@code directory}, creating it if needed, and removes temporary files that a
     * crashed writer left behind more than an hour ago.
     *
     * @throws SessionStoreException if the directory cannot be created or read
     */
    public FileSessionStore(Path directory) {
        this(directory, UnaryOperator.identity());
    }

    /** Opens the store with every file it writes passed through {@code channels}: the seam for disk faults. */
    FileSessionStore(Path directory, UnaryOperator<FileChannel> channels) {
        InvalidInputException.requireNonNull("directory", directory);
        this.directory = directory.toAbsolutePath();
        this.channels = channels;
        try {
            this.posix = PrivateFiles.posix(this.directory);
            PrivateFiles.createDirectories(this.directory);
            removeStaleTempFiles();
        } catch (IOException e) {
            throw new SessionStoreException("cannot open the session store directory " + this.directory + ": " + e, e);
        }
    }

    /** The directory this store keeps its entries in. */
    public Path directory() {
        return directory;
    }

    /** The file that holds entry {@code key}, whether or not it exists: for inspection and backups. */
    public Path entryFile(SessionEntryKey key) {
        return directory.resolve(identityName(key.identity()) + "." + key.name() + SUFFIX);
    }

    @Override
    protected Optional<byte[]> read(SessionEntryKey key) {
        Path file = entryFile(key);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("read " + file, e);
        }
    }

    @Override
    protected byte[] insertIfAbsent(SessionEntryKey key, byte[] value) {
        Path file = entryFile(key);
        Path temp = writeTemp(value);
        try {
            while (true) {
                try {
                    Files.createLink(file, temp);
                    syncDirectory();
                    return value;
                } catch (FileAlreadyExistsException e) {
                    Optional<byte[]> existing = read(key);
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                    // the entry was cleared between the link and the read: try again
                }
            }
        } catch (IOException e) {
            throw failure("create " + file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    protected void write(SessionEntryKey key, byte[] value) {
        Path file = entryFile(key);
        Path temp = writeTemp(value);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } catch (IOException e) {
            deleteQuietly(temp);
            throw failure("write " + file, e);
        }
    }

    @Override
    protected void delete(SessionIdentity identity) {
        String prefix = identityName(identity) + ".";
        deleteEntries(name -> name.startsWith(prefix) && isEntryFileName(name.substring(prefix.length())));
    }

    @Override
    protected void deleteAll() {
        deleteEntries(name -> {
            int dot = name.indexOf('.');
            return dot > 0 && isEntryFileName(name.substring(dot + 1));
        });
    }

    /** The identity's part of a file name: its key, escaped as the class comment says. */
    private static String identityName(SessionIdentity identity) {
        byte[] utf8 = identity.key().getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(utf8.length + 16);
        for (byte b : utf8) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append(c);
            } else {
                out.append('%').append(Hex.encode(new byte[] {b}));
            }
        }
        if (out.length() <= MAX_IDENTITY_NAME) {
            return out.toString();
        }
        return out.substring(0, MAX_IDENTITY_NAME - 33) + "~"
                + Hex.encode(SessionEntryCodec.sha256(utf8, utf8.length)).substring(0, 32);
    }

    private static boolean isEntryFileName(String rest) {
        return rest.endsWith(SUFFIX) && SessionEntryKey.isEntryName(rest.substring(0, rest.length() - SUFFIX.length()));
    }

    private void deleteEntries(Predicate<String> fileNames) {
        boolean deleted = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (fileNames.test(file.getFileName().toString())) {
                    deleted |= Files.deleteIfExists(file);
                }
            }
            if (deleted) {
                syncDirectory();
            }
        } catch (IOException e) {
            throw failure("delete entries in " + directory, e);
        }
    }

    private Path writeTemp(byte[] value) {
        Path temp = null;
        try {
            // createTempFile makes the file rw------- on POSIX systems
            temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
            try (FileChannel channel = channels.apply(FileChannel.open(temp, StandardOpenOption.WRITE))) {
                ByteBuffer buffer = ByteBuffer.wrap(value);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return temp;
        } catch (IOException e) {
            if (temp != null) {
                deleteQuietly(temp);
            }
            throw failure("write a temporary file in " + directory, e);
        }
    }

    private void syncDirectory() throws IOException {
        // a rename or link is durable only once the directory is flushed; Windows cannot open a directory
        // for that and makes renames durable on its own
        if (posix) {
            try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    private void removeStaleTempFiles() throws IOException {
        FileTime staleBefore = FileTime.from(Instant.now().minus(STALE_TEMP));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                try {
                    if (Files.getLastModifiedTime(temp).compareTo(staleBefore) < 0) {
                        Files.deleteIfExists(temp);
                    }
                } catch (NoSuchFileException e) {
                    // another process removed it first
                }
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover temporary file is harmless and removed when a store next opens the directory
        }
    }

    private SessionStoreException failure(String what, IOException e) {
        return new SessionStoreException("session store could not " + what + ": " + e, e);
    }
}
