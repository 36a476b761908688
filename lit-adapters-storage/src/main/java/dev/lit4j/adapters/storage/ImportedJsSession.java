package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionPublicKey;

/**
 * What {@link JsLocalStorageImport} moved from the JS SDK's files into a session store.
 *
 * @param identity whose session it now is
 * @param sessionKey the imported session key, now the identity's session key in the store
 * @param authSig what became of the JS wallet signature
 */
public record ImportedJsSession(SessionIdentity identity, SessionPublicKey sessionKey, AuthSigOutcome authSig) {

    /** What became of the {@code lit-wallet-sig} file. */
    public enum AuthSigOutcome {
        /** Stored for the identity and the imported session key. */
        IMPORTED,
        /** Not stored: it had expired. */
        EXPIRED,
        /** Not stored: it delegates to another session key (the JS SDK's single slot had gone stale). */
        FOR_ANOTHER_SESSION_KEY,
        /** There was no {@code lit-wallet-sig}. */
        ABSENT
    }

    public ImportedJsSession {
        InvalidInputException.requireNonNull("identity", identity);
        InvalidInputException.requireNonNull("sessionKey", sessionKey);
        InvalidInputException.requireNonNull("authSig", authSig);
    }
}
