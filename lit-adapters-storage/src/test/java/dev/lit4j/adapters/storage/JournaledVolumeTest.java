package dev.lit4j.adapters.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mapdb.DBException;
import org.mapdb.volume.ByteArrayVol;
import org.mapdb.volume.Volume;

class JournaledVolumeTest {
    private final Volume data = new ByteArrayVol();
    private final Volume journal = new ByteArrayVol();

    @Test
    void writesNothingUntilSyncThenAllAndEmptiesTheJournal() {
        JournaledVolume volume = new JournaledVolume(data, journal);
        volume.ensureAvailable(8192);
        volume.putLong(16, 42);
        volume.putData(4096, new byte[] {1, 2, 3}, 0, 3);
        assertEquals(0, data.length());
        assertEquals(42, volume.getLong(16), "a pending write is read back");
        volume.sync();
        assertTrue(data.length() >= 8192, "grown to " + data.length());
        assertEquals(42, data.getLong(16));
        assertEquals(3, data.getByte(4098));
        assertEquals(0, journal.getLong(0), "the journal's mark is erased once the commit is applied");
    }

    @Test
    void replaysACommitThatStoppedAfterItsJournalWasWritten() {
        commitThenStopBeforeApplying(42);
        assertEquals(0, data.getLong(16), "the commit was not applied");
        new JournaledVolume(data, journal);
        assertEquals(42, data.getLong(16), "the complete journal was replayed when opened");
    }

    @Test
    void ignoresAJournalThatWasNotWrittenWhole() {
        commitThenStopBeforeApplying(42);
        // magic and payload length (16 bytes), then the payload: the count, then offset 16 as a long
        int offsetByte = 16 + 4 + 7;
        journal.putByte(offsetByte, (byte) (journal.getByte(offsetByte) ^ 1));
        new JournaledVolume(data, journal);
        assertEquals(0, data.getLong(16), "a damaged journal is a commit that never happened");
        assertEquals(0, data.getLong(16 ^ 1), "nor is it applied elsewhere");
        journal.putByte(offsetByte, (byte) (journal.getByte(offsetByte) ^ 1));
        long end = 16 + journal.getLong(8);
        journal.putLong(end, 0);
        new JournaledVolume(data, journal);
        assertEquals(0, data.getLong(16), "so is one whose checksum was never written");
    }

    /** Commits {@code value} at offset 16 over a file that fails every write once the journal is flushed. */
    private void commitThenStopBeforeApplying(long value) {
        JournaledVolume committed = new JournaledVolume(data, journal);
        committed.ensureAvailable(4096);
        committed.putLong(16, 0);
        committed.sync();
        StopsAfterSync stopsAfterSync = new StopsAfterSync(data);
        JournaledVolume stopping = new JournaledVolume(stopsAfterSync, journal);
        stopsAfterSync.armed = true;
        stopping.putLong(16, value);
        assertThrows(DBException.VolumeIOError.class, stopping::sync);
    }

    /** A file whose writes fail after its first flush once armed: the machine stopped there. */
    private static final class StopsAfterSync extends ForwardingVolume {
        private boolean armed;
        private boolean synced;

        StopsAfterSync(Volume file) {
            super(file);
        }

        @Override
        public void sync() {
            super.sync();
            synced = armed;
        }

        @Override
        public void putData(long offset, byte[] src, int srcPos, int srcSize) {
            if (synced) {
                throw new DBException.VolumeIOError(new IOException("the machine stopped"));
            }
            super.putData(offset, src, srcPos, srcSize);
        }
    }
}
