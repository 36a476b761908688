package dev.lit4j.adapters.node;

import dev.lit4j.domain.InvalidInputException;
import java.time.Duration;

/**
 * How often a node call that is safe to repeat is tried, and how long to wait in between: the wait
 * before attempt k (k ≥ 2) is {@code initialBackoff · 2^(k−2)}, capped at {@code maxBackoff}.
 *
 * <p>Only calls that are safe to repeat are retried: the handshake (which also refreshes the block
 * hash) and the Staking contract read, after a timeout, a broken connection or a 5xx / 429 answer.
 * {@code sign_session_key} is retried only when the connection could not even be opened, so the node
 * never saw the request; a node that answered, with an error or otherwise, is never asked again.
 *
 * @param maxAttempts attempts in all, 1..10 (1 = no retry)
 * @param initialBackoff the wait before the second attempt, 0..1 min
 * @param maxBackoff the longest wait between two attempts, at least {@code initialBackoff}, at most 1 min
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    // before the constants below, which the constructor checks against it
    private static final Duration MAX_WAIT = Duration.ofMinutes(1);

    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    /** Three attempts, waiting 100 ms and then 200 ms. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new InvalidInputException("retryPolicy.maxAttempts", "must be 1..10, got " + maxAttempts);
        }
        requireWait("retryPolicy.initialBackoff", initialBackoff);
        requireWait("retryPolicy.maxBackoff", maxBackoff);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new InvalidInputException(
                    "retryPolicy.maxBackoff",
                    "must be at least initialBackoff " + initialBackoff + ", got " + maxBackoff);
        }
    }

    /**
     * The wait before attempt {@code attempt}.
     *
     * @param attempt 2..{@link #maxAttempts()}
     */
    public Duration backoffBefore(int attempt) {
        if (attempt < 2 || attempt > maxAttempts) {
            throw new InvalidInputException("attempt", "a retry is attempt 2.." + maxAttempts + ", got " + attempt);
        }
        Duration wait = initialBackoff;
        for (int k = 2; k < attempt && wait.compareTo(maxBackoff) < 0; k++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The sum of every wait, for bounding how long all attempts can take. */
    public Duration totalBackoff() {
        Duration total = Duration.ZERO;
        for (int attempt = 2; attempt <= maxAttempts; attempt++) {
            total = total.plus(backoffBefore(attempt));
        }
        return total;
    }

    private static void requireWait(String field, Duration wait) {
        InvalidInputException.requireNonNull(field, wait);
        if (wait.isNegative() || wait.compareTo(MAX_WAIT) > 0) {
            throw new InvalidInputException(field, "must be 0..1 min, got " + wait);
        }
    }
}
