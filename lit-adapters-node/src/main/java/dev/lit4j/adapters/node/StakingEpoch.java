package dev.lit4j.adapters.node;

import java.time.Duration;
import java.time.Instant;

/**
 * The current epoch of a Datil Staking contract (client spec §8.2, §8.7), as
 * {@code getActiveUnkickedValidatorStructsAndCounts()} returns it.
 *
 * @param epochLength the epoch's length in seconds
 * @param number the epoch number
 * @param endTime when the epoch ends, in Unix seconds
 * @param retries the contract's retry count (not used by clients)
 * @param timeout the contract's timeout (not used by clients)
 */
record StakingEpoch(long epochLength, long number, long endTime, long retries, long timeout) {
    /** How long after an epoch starts nodes may still be on the previous one (JS {@code EPOCH_PROPAGATION_DELAY}). */
    static final Duration PROPAGATION_DELAY = Duration.ofSeconds(45);

    /** When the epoch started: {@code endTime − epochLength}. */
    Instant startTime() {
        return Instant.ofEpochSecond(endTime - epochLength);
    }

    /**
     * The epoch number to put in requests at {@code now}: the previous epoch during the first 45 s of
     * this one (from epoch 3 on), since the nodes may not have moved on yet; this one otherwise.
     */
    long requestEpoch(Instant now) {
        boolean propagating = now.isBefore(startTime().plus(PROPAGATION_DELAY));
        return number >= 3 && propagating ? number - 1 : number;
    }
}
