package dev.lit4j.adapters.storage;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Supplies the AES-256 keys that {@link EncryptingSessionStore} seals entries with: from a JCA
 * {@link java.security.KeyStore} ({@link KeyStoreAeadKeyProvider}), an HSM through PKCS#11, or a KMS.
 *
 * <p>Keys are named, so they can be rotated: new entries are sealed with the {@link #currentKeyId() current}
 * key, and an entry sealed earlier is opened with the key named in it. A key may be non-extractable (an HSM
 * handle); it is only ever passed to {@link javax.crypto.Cipher}. Implementations are thread-safe.
 */
public interface AeadKeyProvider {

    /** The name of the key that new entries are sealed with. */
    String currentKeyId();

    /**
     * The AES-256 key named {@code keyId}, or empty if this provider has no such key.
     *
     * @throws dev.lit4j.domain.LitException if the key exists but cannot be loaded
     */
    Optional<SecretKey> key(String keyId);
}
