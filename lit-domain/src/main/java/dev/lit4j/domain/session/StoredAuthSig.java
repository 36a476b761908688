package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import java.time.Instant;

/**
 * An inner AuthSig kept for reuse: the signature that delegates to a session key, and the moment it
 * stops being valid (its SIWE {@code Expiration Time}).
 *
 * @param authSig the AuthSig exactly as signed
 * @param expiration when it expires; a store never returns it as valid at or after this instant
 */
public record StoredAuthSig(AuthSig authSig, Instant expiration) {

    public StoredAuthSig {
        InvalidInputException.requireNonNull("storedAuthSig.authSig", authSig);
        InvalidInputException.requireNonNull("storedAuthSig.expiration", expiration);
    }

    /** True while {@code now} is before the expiration. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiration);
    }
}
