package dev.lit4j.adapters.node.naga.internal;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The Naga {@code X-Request-Id} (operations spec §5.3, JS SDK 8 {@code createRequestId}): {@code lit_}, the time in
 * Unix milliseconds, {@code _}, and random base-36 digits; one id for all nodes of one operation.
 */
public final class NagaRequestId {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NagaRequestId() {}

    /** A fresh id at {@code clock}'s time, e.g. {@code lit_1736942400000_k3j9x0q2m1}. */
    public static String next(Clock clock) {
        return "lit_" + clock.millis() + "_" + Long.toString(RANDOM.nextLong() >>> 1, 36);
    }
}
