package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Wraps another store so that no entry, and so no session secret key, rests in plain text: each entry is
 * sealed with AES-256-GCM under a key from an {@link AeadKeyProvider} (a JCA key store, an HSM).
 *
 * <p>Every write draws a fresh random 12-byte nonce. The additional authenticated data binds the ciphertext
 * to its identity, its entry name and its key's name, so an entry copied to another identity or slot is
 * detected, not served. A sealed entry stays readable JSON that names its key:
 *
 * <pre>
 * {
 *   "format": "lit4j-sealed-entry",
 *   "version": 1,
 *   "cipher": "AES-256-GCM",
 *   "keyId": "session-store-2025",
 *   "nonce": "&lt;base64&gt;",
 *   "ciphertext": "&lt;base64 of the entry, sealed, with its tag&gt;"
 * }
 * </pre>
 *
 * <p>An entry that does not decrypt (the wrong key, or an altered or moved entry) is reported with a
 * {@link SessionStoreException} naming it; an entry in plain text is refused too. Rotate keys by making a
 * new key current: older entries open with the key they name, and are sealed anew when next written.
 * Random nonces allow about 2<sup>32</sup> writes per key; rotate well before that. Thread-safe if the
 * wrapped store is; it keeps the wrapped store's create-once guarantee.
 */
public final class EncryptingSessionStore extends EntrySessionStore {
    static final String SEALED_FORMAT = "lit4j-sealed-entry";
    /** The sealed form's version; the tag authenticates the entry, so it carries no checksum of its own. */
    static final int SEALED_VERSION = 1;

    private static final String CIPHER = "AES-256-GCM";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<String> FIELDS = Set.of("format", "version", "cipher", "keyId", "nonce", "ciphertext");

    private final EntrySessionStore inner;
    private final AeadKeyProvider keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param inner the store that keeps the sealed entries
     * @param keys where the AES-256 keys come from
     */
    public EncryptingSessionStore(EntrySessionStore inner, AeadKeyProvider keys) {
        this.inner = InvalidInputException.requireNonNull("inner", inner);
        this.keys = InvalidInputException.requireNonNull("keys", keys);
    }

    @Override
    protected Optional<byte[]> read(SessionEntryKey key) {
        return inner.read(key).map(ciphertext -> open(key, ciphertext));
    }

    @Override
    protected byte[] insertIfAbsent(SessionEntryKey key, byte[] value) {
        byte[] sealed = seal(key, value);
        byte[] kept = inner.insertIfAbsent(key, sealed);
        return kept == sealed ? value : open(key, kept);
    }

    @Override
    protected void write(SessionEntryKey key, byte[] value) {
        inner.write(key, seal(key, value));
    }

    @Override
    protected void delete(SessionIdentity identity) {
        inner.delete(identity);
    }

    @Override
    protected void deleteAll() {
        inner.deleteAll();
    }

    /** Closes the wrapped store. */
    @Override
    public void close() {
        inner.close();
    }

    private byte[] seal(SessionEntryKey key, byte[] plain) {
        String keyId = keys.currentKeyId();
        SecretKey secret = keys.key(keyId)
                .orElseThrow(() -> new SessionStoreException("the key provider has no" + " key \"" + keyId
                        + "\", which it names as current; cannot seal " + key));
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(key, keyId));
            ciphertext = cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new SessionStoreException("cannot seal " + key + " with key \"" + keyId + "\": " + e, e);
        }
        StringBuilder out = new StringBuilder(ciphertext.length * 4 / 3 + 200);
        SessionEntryCodec.formatHeader(out, SEALED_FORMAT, SEALED_VERSION);
        SessionEntryCodec.field(out, "cipher", CIPHER);
        out.append(",\n");
        SessionEntryCodec.field(out, "keyId", keyId);
        out.append(",\n");
        SessionEntryCodec.field(out, "nonce", Base64.getEncoder().encodeToString(nonce));
        out.append(",\n");
        SessionEntryCodec.field(out, "ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        out.append("\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] open(SessionEntryKey key, byte[] sealed) {
        Map<String, Object> fields;
        try {
            fields = SessionEntryCodec.read(key, sealed);
        } catch (InvalidInputException e) {
            throw SessionEntryCodec.unreadable(key, e.getMessage(), e);
        }
        Object format = fields.get("format");
        if (SessionEntryCodec.SESSION_KEY_FORMAT.equals(format) || SessionEntryCodec.AUTH_SIG_FORMAT.equals(format)) {
            throw SessionEntryCodec.unreadable(
                    key,
                    "it is in plain text, but this store only reads entries" + " sealed by EncryptingSessionStore",
                    null);
        }
        SessionEntryCodec.requireFormat(key, fields, SEALED_FORMAT, SEALED_VERSION, FIELDS);
        if (!CIPHER.equals(fields.get("cipher"))) {
            throw SessionEntryCodec.unreadable(
                    key,
                    "its cipher is " + JsJson.quote((String) fields.get("cipher")) + ", expected \"" + CIPHER + "\"",
                    null);
        }
        String keyId = (String) fields.get("keyId");
        byte[] nonce = base64(key, fields, "nonce");
        byte[] ciphertext = base64(key, fields, "ciphertext");
        if (nonce.length != NONCE_BYTES) {
            throw SessionEntryCodec.unreadable(
                    key, "its nonce has " + nonce.length + " bytes, expected " + NONCE_BYTES, null);
        }
        SecretKey secret = keys.key(keyId)
                .orElseThrow(() -> new SessionStoreException("the session store entry "
                        + key + " is sealed with key \"" + keyId + "\", which the key provider does not have; configure"
                        + " that key to read it, or clear that identity"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(key, keyId));
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new SessionStoreException(
                    "the session store entry " + key + " could not be decrypted with the"
                            + " configured key \"" + keyId
                            + "\": the key is not the one it was sealed with, or the entry"
                            + " was altered or moved from another identity",
                    e);
        } catch (GeneralSecurityException e) {
            throw new SessionStoreException("cannot open " + key + " with key \"" + keyId + "\": " + e, e);
        }
    }

    private static byte[] base64(SessionEntryKey key, Map<String, Object> fields, String name) {
        try {
            return Base64.getDecoder().decode((String) fields.get(name));
        } catch (IllegalArgumentException e) {
            throw SessionEntryCodec.unreadable(key, "its " + name + " is not base64", e);
        }
    }

    /** What the tag binds besides the plaintext: format, key name, identity and entry name, unambiguously. */
    private static byte[] associatedData(SessionEntryKey key, String keyId) {
        StringBuilder out = new StringBuilder(128).append('[');
        JsJson.quote(out, SEALED_FORMAT);
        out.append(',').append(SEALED_VERSION).append(',');
        JsJson.quote(out, keyId);
        out.append(',');
        JsJson.quote(out, key.identity().key());
        out.append(',');
        JsJson.quote(out, key.name());
        return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
