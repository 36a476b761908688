package dev.lit4j.adapters.storage;

import dev.lit4j.testkit.storage.DiskSpace;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.mapdb.DBException;
import org.mapdb.volume.Volume;

/**
 * A MapDB file on a simulated disk: every write into a block the file does not occupy yet charges that block
 * to a {@link DiskSpace} first and fails, as a real write would, when the disk is full; growing the file's
 * length occupies nothing (sparse, as {@code setLength} is), truncating it frees the blocks cut off.
 */
final class SpaceVolume extends ForwardingVolume {
    private final DiskSpace disk;
    private final BitSet occupied;

    private SpaceVolume(Volume file, DiskSpace disk, BitSet occupied) {
        super(file);
        this.disk = disk;
        this.occupied = occupied;
    }

    /**
     * Puts the files a store opens on {@code disk}. Which blocks of a file are occupied is remembered across
     * the store reopening it, so a block MapDB never wrote (a sparse hole) stays free; a file that existed
     * before is taken as fully occupied.
     */
    static UnaryOperator<Volume> on(DiskSpace disk) {
        Map<File, BitSet> occupancy = new ConcurrentHashMap<>();
        return file -> new SpaceVolume(file, disk, occupancy.computeIfAbsent(file.getFile(), name -> {
            BitSet occupied = new BitSet();
            occupied.set(0, blocks(file.length()));
            return occupied;
        }));
    }

    @Override
    public void truncate(long size) {
        int from = blocks(size);
        int cut = occupied.get(from, Math.max(from, occupied.length())).cardinality();
        file.truncate(size);
        occupied.clear(from, Math.max(from, occupied.length()));
        disk.release(cut);
    }

    @Override
    public void deleteFile() {
        disk.release(occupied.cardinality());
        occupied.clear();
        file.deleteFile();
    }

    @Override
    public void putLong(long offset, long value) {
        occupy(offset, Long.BYTES);
        file.putLong(offset, value);
    }

    @Override
    public void putInt(long offset, int value) {
        occupy(offset, Integer.BYTES);
        file.putInt(offset, value);
    }

    @Override
    public void putByte(long offset, byte value) {
        occupy(offset, 1);
        file.putByte(offset, value);
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        occupy(offset, srcSize);
        file.putData(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        occupy(offset, buf.remaining());
        file.putData(offset, buf);
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        occupy(startOffset, endOffset - startOffset);
        file.clear(startOffset, endOffset);
    }

    private void occupy(long offset, long length) {
        int first = (int) (offset / DiskSpace.BLOCK);
        int end = blocks(offset + length);
        int fresh = (end - first) - occupied.get(first, end).cardinality();
        try {
            disk.allocate(fresh);
        } catch (IOException e) {
            throw new DBException.VolumeIOError(e);
        }
        occupied.set(first, end);
    }

    private static int blocks(long bytes) {
        return Math.toIntExact((bytes + DiskSpace.BLOCK - 1) / DiskSpace.BLOCK);
    }
}
