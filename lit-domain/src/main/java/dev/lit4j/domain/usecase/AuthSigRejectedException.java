package dev.lit4j.domain.usecase;

import dev.lit4j.domain.LitException;
import dev.lit4j.domain.session.SessionIdentity;

/**
 * An AuthSig from an {@code AuthSigner} cannot delegate the session: it does not verify, has expired,
 * names another session key, or does not grant what was requested. The message says which and why.
 */
public class AuthSigRejectedException extends LitException {
    private static final long serialVersionUID = 1L;

    private final SessionIdentity identity;

    public AuthSigRejectedException(SessionIdentity identity, String reason) {
        super("the AuthSig from " + identity + " cannot be used for this session: " + reason);
        this.identity = identity;
    }

    /** Whose AuthSig was refused. */
    public SessionIdentity identity() {
        return identity;
    }
}
