package dev.lit4j.adapters.storage;

import dev.lit4j.testkit.storage.DiskSpace;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A new file on a simulated disk: the channel {@link FileSessionStore} writes a temporary entry through,
 * charging every block the file grows into to a {@link DiskSpace} before it writes, and failing as a real
 * write would when the disk is full.
 */
final class SpaceFileChannel extends FileChannel {
    private final FileChannel file;
    private final DiskSpace disk;
    private long occupiedBlocks;

    SpaceFileChannel(FileChannel file, DiskSpace disk) {
        this.file = file;
        this.disk = disk;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        occupyUpTo(file.position() + src.remaining());
        return file.write(src);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        occupyUpTo(position + src.remaining());
        return file.write(src, position);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += srcs[i].remaining();
        }
        occupyUpTo(file.position() + total);
        return file.write(srcs, offset, length);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return file.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return file.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        file.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        file.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        occupyUpTo(position + count);
        return file.transferFrom(src, position, count);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return file.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }

    private void occupyUpTo(long end) throws IOException {
        long blocks = (end + DiskSpace.BLOCK - 1) / DiskSpace.BLOCK;
        if (blocks > occupiedBlocks) {
            disk.allocate(blocks - occupiedBlocks);
            occupiedBlocks = blocks;
        }
    }
}
