package dev.lit4j.testkit.storage;

import java.io.IOException;

/**
 * The free space of a simulated disk, for {@link DurableSessionStoreContract}'s full-disk test: a store's
 * test puts something in front of the store's files (a volume, a file channel) that charges every disk
 * block a write newly occupies to {@link #allocate} and gives blocks back with {@link #release}, the way a
 * file system that overwrites in place does. Once the space runs out, {@link #allocate} fails as such a
 * file system does: {@code IOException: No space left on device}. Thread-safe.
 */
public final class DiskSpace {
    /** The size of one disk block: what a write into a new block occupies. */
    public static final int BLOCK = 4096;
    /** The message of the error a write gets when the disk is full, as on Linux. */
    public static final String NO_SPACE = "No space left on device";

    private boolean limited;
    private long free;

    /** A disk with no limit until {@link #leave} sets one. */
    public DiskSpace() {}

    /**
     * Occupies {@code blocks} new blocks.
     *
     * @throws IOException {@value #NO_SPACE} if fewer blocks are free; nothing is occupied then
     */
    public synchronized void allocate(long blocks) throws IOException {
        if (!limited) {
            return;
        }
        if (blocks > free / BLOCK) {
            throw new IOException(NO_SPACE);
        }
        free -= blocks * BLOCK;
    }

    /** Frees {@code blocks} blocks that a truncated or deleted file occupied. */
    public synchronized void release(long blocks) {
        if (limited) {
            free += blocks * BLOCK;
        }
    }

    /** From now on, only {@code bytes} more bytes (rounded down to whole blocks) fit. */
    public synchronized void leave(long bytes) {
        limited = true;
        free = bytes;
    }

    /** Frees the disk: from now on every write fits. */
    public synchronized void unlimit() {
        limited = false;
    }
}
