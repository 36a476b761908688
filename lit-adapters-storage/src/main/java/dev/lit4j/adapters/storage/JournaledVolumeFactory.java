package dev.lit4j.adapters.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mapdb.DBException;
import org.mapdb.volume.RandomAccessFileVol;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

/**
 * The volumes of one MapDB store: its main file, journaled ({@link JournaledVolume}, journal in
 * {@code <file>.journal}), and its write-ahead-log files as MapDB makes them; every file private
 * ({@link PrivateFiles}). Each file is opened through {@code files}, the seam through which tests put a
 * volume in front of the disk (one that runs out of space).
 */
final class JournaledVolumeFactory extends VolumeFactory {
    /** The journal's file name: the main file's, with this suffix. */
    static final String JOURNAL_SUFFIX = ".journal";

    private final String mainFile;
    private final UnaryOperator<Volume> files;
    private final List<Volume> opened = new ArrayList<>();

    JournaledVolumeFactory(Path mainFile, UnaryOperator<Volume> files) {
        this.mainFile = mainFile.toString();
        this.files = files;
    }

    @Override
    public Volume makeVolume(
            String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize, boolean fixedSize) {
        Volume volume = open(file, readOnly, fileLockWait, initSize);
        if (!file.equals(mainFile)) {
            return volume;
        }
        JournaledVolume main = new JournaledVolume(volume, open(file + JOURNAL_SUFFIX, readOnly, fileLockWait, 0));
        opened.add(main);
        main.requireWhole();
        return main;
    }

    /** Closes every file this factory opened: after MapDB failed to open the store, it closes none of them. */
    void closeAll() {
        for (Volume volume : opened) {
            if (!volume.isClosed()) {
                volume.close();
            }
        }
    }

    @Override
    public boolean exists(String file) {
        return RandomAccessFileVol.FACTORY.exists(file);
    }

    @Override
    public boolean handlesReadonly() {
        return true;
    }

    private Volume open(String file, boolean readOnly, long fileLockWait, long initSize) {
        try {
            PrivateFiles.makePrivate(Path.of(file));
        } catch (IOException e) {
            throw new DBException.VolumeIOError(e);
        }
        Volume volume = files.apply(new RandomAccessFileVol(new java.io.File(file), readOnly, fileLockWait, initSize));
        opened.add(volume);
        return volume;
    }
}
