package dev.lit4j.domain.session.internal;

import dev.lit4j.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time limits a Datil node puts on sessions (node spec §2.4, §3.4 step 7), in one place for the
 * issuer, the verifier and the local network: clocks may differ by {@link #CLOCK_GRACE}, and a session
 * lasts at most {@link #MAX_LIFETIME}. Times are compared in whole seconds, as the node does.
 */
public final class SessionTimeLimits {
    /**
     * How far a node lets the clocks differ: a SIWE or session sig may be issued up to 60 s after the
     * node's now, and expire up to 60 s before it ({@code issuedAt > now + 60 s} is
     * {@code NodeIatOutsideGracePeriod}).
     */
    public static final Duration CLOCK_GRACE = Duration.ofSeconds(60);
    /** {@link #MAX_LIFETIME} in days, a constant for texts that must be constant (annotations). */
    public static final int MAX_LIFETIME_DAYS = 30;
    /** The longest a session may last from its issue time ({@code MAX_TIMESTAMP_VALIDITY_DAYS}). */
    public static final Duration MAX_LIFETIME = Duration.ofDays(MAX_LIFETIME_DAYS);

    private SessionTimeLimits() {}

    /** {@link #MAX_LIFETIME} in words, for messages: {@code 30 days}. */
    public static String maxLifetimeText() {
        return MAX_LIFETIME_DAYS + " days";
    }

    /** {@link #CLOCK_GRACE} in words, for messages: {@code 60 s}. */
    public static String clockGraceText() {
        return CLOCK_GRACE.toSeconds() + " s";
    }

    /**
     * Why {@code issuedAt} (written {@code issuedAtText}) is too far after {@code now}, if it is: more than
     * {@link #CLOCK_GRACE} later, in whole seconds.
     */
    public static Optional<String> issuedTooLate(Instant issuedAt, String issuedAtText, Instant now) {
        InvalidInputException.requireNonNull("issuedAt", issuedAt);
        InvalidInputException.requireNonNull("now", now);
        long ahead = issuedAt.getEpochSecond() - now.getEpochSecond();
        if (ahead <= CLOCK_GRACE.toSeconds()) {
            return Optional.empty();
        }
        return Optional.of("is issued at " + issuedAtText + ", " + ahead + " s after now (" + now + "); at most "
                + clockGraceText() + " are allowed for the difference between the clocks");
    }
}
