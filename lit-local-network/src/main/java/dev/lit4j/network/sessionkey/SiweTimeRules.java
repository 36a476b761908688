package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time rules a Datil node applies to the SIWE of a {@code sign_session_key} request and to the SIWE of
 * a wallet auth method ({@code validate_siwe}, node spec §3.4 step 7), with {@link #GRACE} for clock drift:
 * issued at most {@link #GRACE} in the future; an expiration time that is set, not before the issue time, not more
 * than {@link #GRACE} past, and at most {@link #MAX_VALIDITY} after the issue time (compared in whole seconds).
 * Stateless.
 */
public final class SiweTimeRules {
    /** How far the node's clock may be off from the client's: {@link SessionTimeLimits#CLOCK_GRACE}. */
    public static final Duration GRACE = SessionTimeLimits.CLOCK_GRACE;
    /** The longest a session SIWE may be valid: {@link SessionTimeLimits#MAX_LIFETIME}. */
    public static final Duration MAX_VALIDITY = SessionTimeLimits.MAX_LIFETIME;

    private SiweTimeRules() {}

    /**
     * Checks {@code siwe} at {@code now}, in the node's order.
     *
     * @throws LitNodeError {@code NodeExpWrongOrTooLarge} (403) if the expiration is before the issue time;
     *     {@code NodeSIWEMessageError} (400) for every other broken rule: kind {@code Parser} when the
     *     expiration time is missing, {@code Validation} otherwise
     */
    public static void check(SiweMessage siwe, Instant now) {
        InvalidInputException.requireNonNull("siwe", siwe);
        InvalidInputException.requireNonNull("now", now);
        Instant issuedAt = siwe.issuedAtInstant();
        if (issuedAt.isAfter(now.plus(GRACE))) {
            throw validation(
                    NodeErrorCode.NODE_SIWE_MESSAGE_ERROR,
                    "Session key issued_at " + siwe.issuedAt()
                            + " is in the future beyond the grace period of " + GRACE.toSeconds() + " seconds (now is "
                            + now + ")");
        }
        Instant expiration = siwe.expirationTimeInstant()
                .orElseThrow(() -> LitNodeError.of(
                        NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, "Session key expiration time is not set"));
        if (expiration.isBefore(issuedAt)) {
            throw validation(
                    NodeErrorCode.NODE_EXP_WRONG_OR_TOO_LARGE,
                    "Session key expiration " + siwe.expirationTime() + " is in behind issue_at which is "
                            + siwe.issuedAt());
        }
        if (expiration.isBefore(now.minus(GRACE))) {
            throw validation(
                    NodeErrorCode.NODE_SIWE_MESSAGE_ERROR,
                    "Session key expiration "
                            + siwe.expirationTime() + " is in the past beyond the grace period of " + GRACE.toSeconds()
                            + " seconds (now is " + now + ")");
        }
        Instant wholeIssuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        Instant wholeExpiration = expiration.truncatedTo(ChronoUnit.SECONDS);
        Instant latest = wholeIssuedAt.plus(MAX_VALIDITY);
        if (wholeExpiration.isAfter(latest)) {
            throw validation(
                    NodeErrorCode.NODE_SIWE_MESSAGE_ERROR,
                    "Session key expiration " + wholeExpiration + " is beyond the max expiry timestamp of " + latest
                            + " (issued_at is " + wholeIssuedAt + ")");
        }
    }

    // The node raises these with validation_err_code, which gives even a Parser code the kind Validation.
    private static LitNodeError validation(NodeErrorCode code, String detail) {
        return LitNodeError.of(code, detail).withKind(ErrorKind.VALIDATION);
    }
}
