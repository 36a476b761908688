package dev.lit4j.adapters.storage;

import java.io.File;
import java.nio.ByteBuffer;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;

/** A volume that passes every call to another: the base of test volumes that change one behaviour. */
abstract class ForwardingVolume extends Volume {
    /** The volume calls go to. */
    protected final Volume file;

    ForwardingVolume(Volume file) {
        this.file = file;
    }

    @Override
    public void ensureAvailable(long offset) {
        file.ensureAvailable(offset);
    }

    @Override
    public void truncate(long size) {
        file.truncate(size);
    }

    @Override
    public void deleteFile() {
        file.deleteFile();
    }

    @Override
    public void putLong(long offset, long value) {
        file.putLong(offset, value);
    }

    @Override
    public void putInt(long offset, int value) {
        file.putInt(offset, value);
    }

    @Override
    public void putByte(long offset, byte value) {
        file.putByte(offset, value);
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        file.putData(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        file.putData(offset, buf);
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        file.clear(startOffset, endOffset);
    }

    @Override
    public long getLong(long offset) {
        return file.getLong(offset);
    }

    @Override
    public int getInt(long offset) {
        return file.getInt(offset);
    }

    @Override
    public byte getByte(long offset) {
        return file.getByte(offset);
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        return file.getDataInput(offset, size);
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        file.getData(offset, bytes, bytesPos, size);
    }

    @Override
    public void close() {
        file.close();
    }

    @Override
    public void sync() {
        file.sync();
    }

    @Override
    public int sliceSize() {
        return file.sliceSize();
    }

    @Override
    public boolean isSliced() {
        return file.isSliced();
    }

    @Override
    public long length() {
        return file.length();
    }

    @Override
    public boolean isReadOnly() {
        return file.isReadOnly();
    }

    @Override
    public File getFile() {
        return file.getFile();
    }

    @Override
    public boolean getFileLocked() {
        return file.getFileLocked();
    }
}
