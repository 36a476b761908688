package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a session sig says regardless of time and request, worked out once and cacheable: either the
 * first of its signature and message rules (node spec §2.1, §2.2) that it fails, or its parsed message
 * with the two times read.
 *
 * @param failedRule the rule it fails, or null
 * @param errorCode the node's error for that rule, or null
 * @param reason why it fails, or null
 * @param message the parsed signed message, or null when a rule failed
 * @param issuedAt {@code issuedAt} read, or null when it is not RFC 3339 (see {@code issuedAtProblem})
 * @param issuedAtProblem why {@code issuedAt} cannot be read, or null
 * @param expiration {@code expiration} read, or null when it is not RFC 3339
 * @param expirationProblem why {@code expiration} cannot be read, or null
 */
record SessionSigEvidence(
        @Nullable VerificationRule failedRule,
        @Nullable SessionSigErrorCode errorCode,
        @Nullable String reason,
        @Nullable SessionSignedMessage message,
        @Nullable Instant issuedAt,
        @Nullable String issuedAtProblem,
        @Nullable Instant expiration,
        @Nullable String expirationProblem)
        implements VerifiedSigCache.Entry {

    static final long GRACE_SECONDS = SessionTimeLimits.CLOCK_GRACE.toSeconds();

    static SessionSigEvidence failed(VerificationRule rule, SessionSigErrorCode errorCode, String reason) {
        return new SessionSigEvidence(rule, errorCode, reason, null, null, null, null, null);
    }

    static SessionSigEvidence of(SessionSignedMessage message) {
        Instant issuedAt = null;
        String issuedAtProblem = null;
        Instant expiration = null;
        String expirationProblem = null;
        try {
            issuedAt = JsTime.parse("signedMessage.issuedAt", message.issuedAt());
        } catch (InvalidInputException e) {
            issuedAtProblem = e.getMessage();
        }
        try {
            expiration = JsTime.parse("signedMessage.expiration", message.expiration());
        } catch (InvalidInputException e) {
            expirationProblem = e.getMessage();
        }
        return new SessionSigEvidence(
                null, null, null, message, issuedAt, issuedAtProblem, expiration, expirationProblem);
    }

    /**
     * The last instant the session can pass the expiration rule, compared in whole seconds: after it,
     * nothing here can be used again.
     */
    @Override
    public @Nullable Instant evictAfter() {
        return expiration == null
                ? null
                : expiration
                        .truncatedTo(ChronoUnit.SECONDS)
                        .plusSeconds(GRACE_SECONDS + 1)
                        .minusNanos(1);
    }
}
