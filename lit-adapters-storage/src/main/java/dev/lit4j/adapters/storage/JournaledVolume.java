package dev.lit4j.adapters.storage;

import java.io.File;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.mapdb.DBException;
import org.mapdb.DataIO;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;

/**
 * The MapDB main file, written atomically: the volume that makes a MapDB commit all-or-nothing.
 *
 * <p>MapDB 3.1 writes a commit into its main file in place — header first — and never replays its
 * write-ahead log when the file is opened again, so a write that fails half-way (a full disk) or a machine
 * that stops half-way leaves entries that were acknowledged earlier unreadable. This volume keeps every
 * write MapDB makes between two {@link #sync()} calls in memory and then, at {@code sync()}:
 * <ol>
 *   <li>reserves the disk space the writes need, by rewriting the bytes already there and filling any
 *       growth with zeros, and flushes the file: a full disk fails here, before anything has changed;</li>
 *   <li>writes the whole batch to a journal file with its length and a CRC-32C, and flushes it: the commit
 *       point;</li>
 *   <li>applies the batch to the main file, flushes it and erases the journal's mark.</li>
 * </ol>
 * Opening replays a complete journal onto the main file (replaying the last commit again changes nothing,
 * so it is safe even if that commit had been applied); an incomplete journal is a commit that never reached
 * its commit point, and the main file holds the commit before it, so it is ignored. After a failed
 * {@code sync()} the volume must be closed and the store opened anew.
 *
 * <p>On a file system that overwrites in place (ext4, XFS, tmpfs, NTFS), step 3 writes only into space
 * reserved in step 1 and cannot run out of space; a copy-on-write file system (btrfs, ZFS) gives no such
 * promise. Not thread-safe on its own: MapDB calls it under its own locks.
 */
final class JournaledVolume extends Volume {
    private static final long MAGIC = 0x4c4954344a4a4e4cL; // "LIT4JJNL"
    private static final int HEADER = 16; // magic, payload length
    private static final int TRAILER = 8; // CRC-32C of header and payload
    private static final int ZEROS = 64 * 1024;
    /** Where MapDB's header keeps the end of the file's last page. */
    private static final int FILE_TAIL = 5 * 8;

    private final Volume data;
    private final Volume journal;
    private final List<Write> pending = new ArrayList<>();
    private long pendingLength;

    private record Write(long offset, byte[] bytes) {
        long end() {
            return offset + bytes.length;
        }
    }

    /** Wraps the main file {@code data}, replaying a complete {@code journal} onto it first. */
    JournaledVolume(Volume data, Volume journal) {
        this.data = data;
        this.journal = journal;
        replayJournal();
    }

    @Override
    public void ensureAvailable(long offset) {
        pendingLength = Math.max(pendingLength, offset);
    }

    @Override
    public void truncate(long size) {
        sync();
        data.truncate(size);
        data.sync();
    }

    @Override
    public void putLong(long offset, long value) {
        pending.add(
                new Write(offset, ByteBuffer.allocate(Long.BYTES).putLong(value).array()));
    }

    @Override
    public void putInt(long offset, int value) {
        pending.add(new Write(
                offset, ByteBuffer.allocate(Integer.BYTES).putInt(value).array()));
    }

    @Override
    public void putByte(long offset, byte value) {
        pending.add(new Write(offset, new byte[] {value}));
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        pending.add(new Write(offset, Arrays.copyOfRange(src, srcPos, srcPos + srcSize)));
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        byte[] bytes = new byte[buf.remaining()];
        buf.duplicate().get(bytes);
        pending.add(new Write(offset, bytes));
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        pending.add(new Write(startOffset, new byte[Math.toIntExact(endOffset - startOffset)]));
    }

    @Override
    public long getLong(long offset) {
        return pending.isEmpty()
                ? data.getLong(offset)
                : ByteBuffer.wrap(read(offset, Long.BYTES)).getLong();
    }

    @Override
    public int getInt(long offset) {
        return pending.isEmpty()
                ? data.getInt(offset)
                : ByteBuffer.wrap(read(offset, Integer.BYTES)).getInt();
    }

    @Override
    public byte getByte(long offset) {
        return pending.isEmpty() ? data.getByte(offset) : read(offset, 1)[0];
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        return pending.isEmpty() ? data.getDataInput(offset, size) : new DataInput2.ByteArray(read(offset, size));
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        if (pending.isEmpty()) {
            data.getData(offset, bytes, bytesPos, size);
        } else {
            System.arraycopy(read(offset, size), 0, bytes, bytesPos, size);
        }
    }

    /** Commits the pending writes: reserve, journal, apply, as the class comment says. */
    @Override
    public void sync() {
        if (pending.isEmpty()) {
            data.sync();
            return;
        }
        reserve();
        byte[] batch = journalBytes();
        journal.ensureAvailable(batch.length);
        journal.putData(0, batch, 0, batch.length);
        data.sync();
        journal.sync();
        for (Write write : pending) {
            data.putData(write.offset(), write.bytes(), 0, write.bytes().length);
        }
        data.sync();
        pending.clear();
        pendingLength = 0;
        // an applied journal is harmless to replay, but not after another program (an older Lit4j, MapDB
        // itself) has written to the file: erasing its mark keeps such a program's writes. The journal's
        // blocks stay, so the next commit's journal is written into space already held
        journal.putLong(0, 0L);
    }

    @Override
    public void close() {
        pending.clear();
        try {
            data.close();
        } finally {
            journal.close();
        }
    }

    @Override
    public int sliceSize() {
        return data.sliceSize();
    }

    @Override
    public boolean isSliced() {
        return data.isSliced();
    }

    @Override
    public long length() {
        long length = Math.max(data.length(), pendingLength);
        for (Write write : pending) {
            length = Math.max(length, write.end());
        }
        return length;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public File getFile() {
        return data.getFile();
    }

    @Override
    public boolean getFileLocked() {
        return data.getFileLocked();
    }

    /**
     * Checks that the main file is as long as its MapDB header says (the end of its last page, kept with a
     * parity check at byte {@value #FILE_TAIL}). A header too damaged to say is left to MapDB's own check.
     *
     * @throws Truncated if the file is shorter
     */
    void requireWhole() {
        long length = data.length();
        if (length < FILE_TAIL + Long.BYTES) {
            return;
        }
        try {
            long end = DataIO.parity16Get(data.getLong(FILE_TAIL));
            if (length < end) {
                throw new Truncated(length, end);
            }
        } catch (DBException.PointerChecksumBroken e) {
            // the header's checksum covers this field: MapDB reports the damaged header
        }
    }

    /** A main file shorter than its header says: it was cut short. */
    static final class Truncated extends DBException.DataCorruption {
        private static final long serialVersionUID = 1L;

        Truncated(long length, long end) {
            super("it is " + length + " bytes long, but its contents end at byte " + end + ": it was truncated");
        }
    }

    /** {@code size} bytes at {@code offset} as they will be once the pending writes are applied. */
    private byte[] read(long offset, int size) {
        byte[] bytes = new byte[size];
        long onDisk = Math.min(size, Math.max(0, data.length() - offset));
        if (onDisk > 0) {
            data.getData(offset, bytes, 0, (int) onDisk);
        }
        for (Write write : pending) {
            long from = Math.max(offset, write.offset());
            long to = Math.min(offset + size, write.end());
            if (from < to) {
                System.arraycopy(
                        write.bytes(), (int) (from - write.offset()), bytes, (int) (from - offset), (int) (to - from));
            }
        }
        return bytes;
    }

    /**
     * Makes the file system allocate every byte the pending writes touch, without changing what the file
     * holds: growth is filled with zeros, existing bytes are written back as they are.
     */
    private void reserve() {
        long oldLength = data.length();
        long newLength = length();
        data.ensureAvailable(newLength);
        byte[] zeros = new byte[(int) Math.min(ZEROS, Math.max(0, newLength - oldLength))];
        for (long at = oldLength; at < newLength; at += zeros.length) {
            data.putData(at, zeros, 0, (int) Math.min(zeros.length, newLength - at));
        }
        for (Write write : pending) {
            long end = Math.min(write.end(), oldLength);
            if (write.offset() < end) {
                byte[] existing = new byte[(int) (end - write.offset())];
                data.getData(write.offset(), existing, 0, existing.length);
                data.putData(write.offset(), existing, 0, existing.length);
            }
        }
    }

    /** The journal: magic, payload length, payload (count, then offset, length and bytes per write), CRC. */
    private byte[] journalBytes() {
        int payload = Integer.BYTES;
        for (Write write : pending) {
            payload = Math.addExact(payload, Long.BYTES + Integer.BYTES + write.bytes().length);
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + payload + TRAILER);
        out.putLong(MAGIC).putLong(payload).putInt(pending.size());
        for (Write write : pending) {
            out.putLong(write.offset()).putInt(write.bytes().length).put(write.bytes());
        }
        out.putLong(crc(out.array(), HEADER + payload));
        return out.array();
    }

    private void replayJournal() {
        long length = journal.length();
        if (length < HEADER + TRAILER || journal.getLong(0) != MAGIC) {
            return;
        }
        long payload = journal.getLong(8);
        if (payload < Integer.BYTES || payload > length - HEADER - TRAILER) {
            return;
        }
        byte[] bytes = new byte[Math.toIntExact(HEADER + payload + TRAILER)];
        journal.getData(0, bytes, 0, bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getLong(HEADER + (int) payload) != crc(bytes, HEADER + (int) payload)) {
            return;
        }
        in.position(HEADER);
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            long offset = in.getLong();
            byte[] write = new byte[in.getInt()];
            in.get(write);
            data.putData(offset, write, 0, write.length);
        }
        data.sync();
    }

    private static long crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
