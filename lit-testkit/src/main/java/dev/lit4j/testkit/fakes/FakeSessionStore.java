package dev.lit4j.testkit.fakes;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link SessionStore} for unit tests of code that uses the port: it keeps entries in memory,
 * counts the AuthSigs written, and fails on demand. Thread-safe (one lock).
 */
public final class FakeSessionStore implements SessionStore {
    private final Map<SessionIdentity, SessionKeyPair> keys = new HashMap<>();
    private final Map<String, StoredAuthSig> authSigs = new HashMap<>();
    private SessionStoreException failure;
    private int authSigWrites;

    @Override
    public synchronized SessionKeyPair sessionKey(SessionIdentity identity, Supplier<SessionKeyPair> create) {
        throwIfFailing();
        return keys.computeIfAbsent(
                InvalidInputException.requireNonNull("identity", identity), ignored -> create.get());
    }

    @Override
    public synchronized Optional<SessionKeyPair> findSessionKey(SessionIdentity identity) {
        throwIfFailing();
        return Optional.ofNullable(keys.get(identity));
    }

    @Override
    public synchronized Optional<StoredAuthSig> findAuthSig(
            SessionIdentity identity, SessionPublicKey sessionKey, Instant now) {
        throwIfFailing();
        return Optional.ofNullable(authSigs.get(key(identity, sessionKey))).filter(stored -> stored.isValidAt(now));
    }

    @Override
    public synchronized void putAuthSig(SessionIdentity identity, SessionPublicKey sessionKey, StoredAuthSig authSig) {
        throwIfFailing();
        authSigs.put(key(identity, sessionKey), InvalidInputException.requireNonNull("authSig", authSig));
        authSigWrites++;
    }

    @Override
    public synchronized void clear(SessionIdentity identity) {
        throwIfFailing();
        keys.remove(identity);
        authSigs.keySet().removeIf(key -> key.startsWith(identity.key() + "|"));
    }

    @Override
    public synchronized void clearAll() {
        throwIfFailing();
        keys.clear();
        authSigs.clear();
    }

    /** Every call throws {@code exception} until {@code failWith(null)}. */
    public synchronized void failWith(SessionStoreException exception) {
        this.failure = exception;
    }

    /** How many AuthSigs were written. */
    public synchronized int authSigWrites() {
        return authSigWrites;
    }

    private void throwIfFailing() {
        if (failure != null) {
            throw failure;
        }
    }

    private static String key(SessionIdentity identity, SessionPublicKey sessionKey) {
        return identity.key() + "|" + sessionKey.hex();
    }
}
