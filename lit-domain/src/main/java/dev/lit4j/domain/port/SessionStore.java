package dev.lit4j.domain.port;

import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where session keys and the AuthSigs that delegate to them are kept between calls.
 *
 * <p>Everything is keyed per {@link SessionIdentity}; AuthSigs are further keyed per session key, so a
 * signature made for one wallet or one key is never handed to another.
 *
 * <p><b>Contract.</b> Implementations are thread-safe. {@link #sessionKey} is create-once: when many
 * callers (threads, or processes sharing one backend) race for an identity that has no key, exactly
 * one supplied key is kept and every caller gets that one. A write that fails leaves the store as
 * it was. An entry that cannot be read back (corrupted, or encrypted under another key) is reported
 * with a {@link SessionStoreException} naming it; other entries stay readable.
 *
 * <p>Adapters are named {@code <Tech>SessionStore} and pass {@code SessionStoreContract} in
 * {@code lit-testkit}.
 */
public interface SessionStore {

    /**
     * The session key of {@code identity}, creating it with {@code create} if there is none yet.
     * Atomic (compare-and-set): concurrent callers all receive the same key.
     *
     * @throws SessionStoreException if the backend fails or the stored key is unreadable
     */
    SessionKeyPair sessionKey(SessionIdentity identity, Supplier<SessionKeyPair> create);

    /**
     * The session key of {@code identity}, if one is stored.
     *
     * @throws SessionStoreException if the backend fails or the stored key is unreadable
     */
    Optional<SessionKeyPair> findSessionKey(SessionIdentity identity);

    /**
     * The AuthSig stored for {@code identity} and {@code sessionKey}, if there is one that is still
     * valid at {@code now}. An expired AuthSig is never returned.
     *
     * @throws SessionStoreException if the backend fails or the entry is unreadable
     */
    Optional<StoredAuthSig> findAuthSig(SessionIdentity identity, SessionPublicKey sessionKey, Instant now);

    /**
     * Stores {@code authSig} for {@code identity} and {@code sessionKey}, replacing any earlier one.
     *
     * @throws SessionStoreException if the write fails; the store is then as it was
     */
    void putAuthSig(SessionIdentity identity, SessionPublicKey sessionKey, StoredAuthSig authSig);

    /**
     * Forgets everything stored for {@code identity}: its session key and its AuthSigs.
     *
     * @throws SessionStoreException if the backend fails
     */
    void clear(SessionIdentity identity);

    /**
     * Forgets everything (the {@code disconnectWeb3} of the JS SDK, but thorough).
     *
     * @throws SessionStoreException if the backend fails
     */
    void clearAll();
}
