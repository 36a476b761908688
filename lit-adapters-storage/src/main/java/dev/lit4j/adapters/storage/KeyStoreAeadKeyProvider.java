package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStoreException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * AES-256 keys from a JCA {@link KeyStore}: a PKCS#12 file, or a PKCS#11 token (HSM) whose keys never
 * leave it. Each key is named by its alias; the current one is given at construction, and any other alias
 * of the key store opens entries sealed with it earlier. Loaded keys are cached (a PKCS#12 key costs a
 * password derivation to load).
 */
public final class KeyStoreAeadKeyProvider implements AeadKeyProvider {
    private final KeyStore keyStore;
    private final char[] password;
    private final String currentAlias;
    private final Map<String, SecretKey> loaded = new ConcurrentHashMap<>();

    /**
     * @param keyStore a loaded key store
     * @param currentAlias the alias of the AES-256 key new entries are sealed with
     * @param password the keys' password, or {@code null} (as for a PKCS#11 token that is logged in);
     *     copied
     * @throws InvalidInputException if {@code currentAlias} names no AES-256 secret key in the key store
     */
    public KeyStoreAeadKeyProvider(KeyStore keyStore, String currentAlias, char[] password) {
        this.keyStore = InvalidInputException.requireNonNull("keyStore", keyStore);
        this.currentAlias = InvalidInputException.requireNonNull("currentAlias", currentAlias);
        this.password = password == null ? null : password.clone();
        if (key(currentAlias).isEmpty()) {
            throw new InvalidInputException(
                    "currentAlias",
                    "the key store has no key named \"" + currentAlias
                            + "\"; add an AES-256 secret key under that alias");
        }
    }

    @Override
    public String currentKeyId() {
        return currentAlias;
    }

    @Override
    public Optional<SecretKey> key(String keyId) {
        InvalidInputException.requireNonNull("keyId", keyId);
        SecretKey cached = loaded.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Key key;
        try {
            key = keyStore.getKey(keyId, password);
        } catch (GeneralSecurityException e) {
            throw new SessionStoreException("cannot load key \"" + keyId + "\" from the key store: " + e, e);
        }
        if (key == null) {
            return Optional.empty();
        }
        SecretKey secret = requireAes256(keyId, key);
        loaded.put(keyId, secret);
        return Optional.of(secret);
    }

    private static SecretKey requireAes256(String keyId, Key key) {
        if (!(key instanceof SecretKey secret) || !"AES".equalsIgnoreCase(key.getAlgorithm())) {
            throw new InvalidInputException(
                    "keyId",
                    "key \"" + keyId + "\" is a " + key.getAlgorithm() + " key; expected an AES-256 secret key");
        }
        byte[] encoded = secret.getEncoded();
        // a key held in an HSM does not reveal its bytes: its length is the token's business
        if (encoded != null) {
            int bits = encoded.length * 8;
            Arrays.fill(encoded, (byte) 0);
            if (bits != 256) {
                throw new InvalidInputException("keyId", "key \"" + keyId + "\" is AES-" + bits + "; expected AES-256");
            }
        }
        return secret;
    }
}
