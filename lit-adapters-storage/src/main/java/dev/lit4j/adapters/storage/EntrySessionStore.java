package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link SessionStore} kept as entries of bytes, one per {@link SessionEntryKey}: the base of every
 * adapter in this module. It encodes entries once, in a small versioned JSON format shared by all
 * backends, checks on every read that an entry belongs to the identity and key it was asked for, and
 * filters expired AuthSigs. A backend supplies five byte-level operations; {@link EncryptingSessionStore}
 * wraps any backend by sealing those bytes.
 *
 * <p>Backends are thread-safe. {@link #insertIfAbsent} must be a real compare-and-set in the backend
 * (for a shared backend, across processes too); that is what makes {@link #sessionKey} create-once.
 * Backend failures are {@link SessionStoreException}s.
 */
public abstract class EntrySessionStore implements SessionStore, AutoCloseable {

    /** Creates a store; subclasses open their backend. */
    protected EntrySessionStore() {}

    @Override
    public final SessionKeyPair sessionKey(SessionIdentity identity, Supplier<SessionKeyPair> create) {
        InvalidInputException.requireNonNull("create", create);
        SessionEntryKey key = SessionEntryKey.sessionKey(identity);
        Optional<byte[]> existing = read(key);
        if (existing.isPresent()) {
            return SessionEntryCodec.decodeSessionKey(key, existing.get());
        }
        SessionKeyPair fresh = InvalidInputException.requireNonNull("create.get()", create.get());
        byte[] encoded = SessionEntryCodec.encodeSessionKey(identity, fresh);
        byte[] kept = insertIfAbsent(key, encoded);
        return kept == encoded ? fresh : SessionEntryCodec.decodeSessionKey(key, kept);
    }

    @Override
    public final Optional<SessionKeyPair> findSessionKey(SessionIdentity identity) {
        SessionEntryKey key = SessionEntryKey.sessionKey(identity);
        return read(key).map(bytes -> SessionEntryCodec.decodeSessionKey(key, bytes));
    }

    @Override
    public final Optional<StoredAuthSig> findAuthSig(
            SessionIdentity identity, SessionPublicKey sessionKey, Instant now) {
        InvalidInputException.requireNonNull("now", now);
        SessionEntryKey key = SessionEntryKey.authSig(identity, sessionKey);
        return read(key)
                .map(bytes -> SessionEntryCodec.decodeAuthSig(key, bytes))
                .filter(stored -> stored.isValidAt(now));
    }

    @Override
    public final void putAuthSig(SessionIdentity identity, SessionPublicKey sessionKey, StoredAuthSig authSig) {
        InvalidInputException.requireNonNull("authSig", authSig);
        SessionEntryKey key = SessionEntryKey.authSig(identity, sessionKey);
        write(key, SessionEntryCodec.encodeAuthSig(key, authSig));
    }

    @Override
    public final void clear(SessionIdentity identity) {
        InvalidInputException.requireNonNull("identity", identity);
        delete(identity);
    }

    @Override
    public final void clearAll() {
        deleteAll();
    }

    /** Releases the backend (a file, a lock); the store is unusable afterwards. Does nothing by default. */
    @Override
    public void close() {}

    /**
     * The bytes of entry {@code key}, if it exists. The caller does not modify the array.
     *
     * @throws SessionStoreException if the backend fails
     */
    protected abstract Optional<byte[]> read(SessionEntryKey key);

    /**
     * Stores {@code value} under {@code key} unless an entry is already there, atomically.
     *
     * @return {@code value} itself (the same array) if it was stored, otherwise the bytes already there
     * @throws SessionStoreException if the backend fails; nothing is stored then
     */
    protected abstract byte[] insertIfAbsent(SessionEntryKey key, byte[] value);

    /**
     * Stores {@code value} under {@code key}, replacing any earlier entry, atomically.
     *
     * @throws SessionStoreException if the backend fails; the entry is as it was then
     */
    protected abstract void write(SessionEntryKey key, byte[] value);

    /**
     * Removes every entry of {@code identity}.
     *
     * @throws SessionStoreException if the backend fails
     */
    protected abstract void delete(SessionIdentity identity);

    /**
     * Removes every entry.
     *
     * @throws SessionStoreException if the backend fails
     */
    protected abstract void deleteAll();
}
