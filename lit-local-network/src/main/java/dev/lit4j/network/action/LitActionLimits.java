package dev.lit4j.network.action;

import dev.lit4j.domain.InvalidInputException;
import java.time.Duration;

/**
 * The limits a Lit Action runs under, as a Datil node takes them from its chain config
 * ({@code timeout_ms}, {@code memory_limit_mb}, {@code max_response_length}).
 *
 * @param timeout how long one run may take before it is stopped
 * @param memoryBytes how much memory one run may take: the run is stopped once its thread has allocated more
 *     than this <em>and</em> the JVM heap has grown by more than this since the run started (allocation alone
 *     would stop long loops that leave only garbage; heap growth alone would blame one run for another's)
 * @param maxResponseLength the longest response {@code Lit.Actions.setResponse} accepts, in UTF-16 code units
 */
public record LitActionLimits(Duration timeout, long memoryBytes, int maxResponseLength) {
    /** 256 MiB, Datil's {@code memory_limit_mb} default. */
    public static final long DEFAULT_MEMORY_BYTES = 256L * 1024 * 1024;
    /** 100 KiB of response. */
    public static final int DEFAULT_MAX_RESPONSE_LENGTH = 100 * 1024;

    public LitActionLimits {
        InvalidInputException.requireNonNull("timeout", timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("timeout", "must be positive, got " + timeout);
        }
        if (memoryBytes < 1024 * 1024) {
            throw new InvalidInputException("memoryBytes", "must be at least 1 MiB (1048576), got " + memoryBytes);
        }
        if (maxResponseLength < 1) {
            throw new InvalidInputException("maxResponseLength", "must be at least 1, got " + maxResponseLength);
        }
    }

    /** The default memory and response limits with this time limit. */
    public static LitActionLimits withTimeout(Duration timeout) {
        return new LitActionLimits(timeout, DEFAULT_MEMORY_BYTES, DEFAULT_MAX_RESPONSE_LENGTH);
    }
}
