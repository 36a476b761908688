package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import java.time.Clock;
import java.time.Instant;

/** An expiration: an RFC 3339 date-time in the future. */
class ExpirationConverter extends OptionConverter<Instant> {
    private final Clock clock = Clock.systemUTC();

    @Override
    final Instant parse(String text) {
        Instant expiration = TimeConverter.parseTime(text);
        check(clock.instant(), expiration);
        return expiration;
    }

    /**
     * Refuses an expiration that is not after {@code now}.
     *
     * @throws InvalidInputException saying why
     */
    void check(Instant now, Instant expiration) {
        if (!expiration.isAfter(now)) {
            throw new InvalidInputException(
                    "expiration",
                    JsTime.format(expiration) + " is not in the future (now is " + JsTime.format(now) + ")");
        }
    }

    /** A session's expiration: in the future, and at most
     * {@link dev.lit4j.domain.session.internal.SessionTimeLimits#MAX_LIFETIME} away, as Lit nodes require. */
    static final class Session extends ExpirationConverter {
        @Override
        void check(Instant now, Instant expiration) {
            SessionSigIssuer.requireLifetime(now, expiration);
        }
    }
}
