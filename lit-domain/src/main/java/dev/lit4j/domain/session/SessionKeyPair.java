package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 session key: the key that signs one message per node in a set of session sigs.
 *
 * <p>The secret never appears in {@link #toString()}, exceptions or logs; it leaves this object only
 * through {@link #exportSecretKeyHex()}. Instances are immutable and thread-safe.
 *
 * <p>The JS SDK stores a session key as {@code {"publicKey": <64 hex>, "secretKey": <128 hex>}},
 * where the secret key is the 32-byte seed followed by the public key; {@link #fromJs} and
 * {@link #exportSecretKeyHex} read and write that form.
 */
public final class SessionKeyPair {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] seed;
    // kept beside the seed so signing need not derive it again (half the cost of a signature)
    private final byte[] publicKeyBytes;
    private final SessionPublicKey publicKey;

    private SessionKeyPair(byte[] seed) {
        this.seed = seed.clone();
        this.publicKeyBytes = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(this.seed, 0, publicKeyBytes, 0);
        this.publicKey = new SessionPublicKey(Hex.encode(publicKeyBytes));
    }

    /** A fresh key from a {@link SecureRandom} seed. */
    public static SessionKeyPair generate() {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        RANDOM.nextBytes(seed);
        try {
            return new SessionKeyPair(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** The key whose RFC 8032 seed is {@code seed} (32 bytes). */
    public static SessionKeyPair fromSeed(byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new InvalidInputException("sessionKey.seed", "expected 32 bytes, got " + seed.length);
        }
        return new SessionKeyPair(seed);
    }

    /**
     * Imports the JS storage form.
     *
     * @param publicKeyHex 64 hex digits
     * @param secretKeyHex 128 hex digits: seed followed by the public key
     * @throws InvalidInputException if either has the wrong length or is not hex, or if the secret's
     *     second half or the seed's derived key differs from {@code publicKeyHex}
     */
    public static SessionKeyPair fromJs(String publicKeyHex, String secretKeyHex) {
        SessionPublicKey claimed = SessionPublicKey.parse("sessionKey.publicKey", publicKeyHex);
        InvalidInputException.requireNonNull("sessionKey.secretKey", secretKeyHex);
        if (secretKeyHex.length() != 128) {
            // never echo any part of a secret
            throw new InvalidInputException(
                    "sessionKey.secretKey",
                    "expected 128 hex digits (seed followed by" + " public key), got " + secretKeyHex.length()
                            + " characters");
        }
        byte[] secret;
        try {
            secret = Hex.decode("sessionKey.secretKey", secretKeyHex, 64);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "sessionKey.secretKey", "expected 128 hex digits, found a non-hex" + " character");
        }
        try {
            byte[] embedded = Arrays.copyOfRange(secret, 32, 64);
            if (!Arrays.equals(embedded, claimed.bytes())) {
                throw new InvalidInputException(
                        "sessionKey.secretKey",
                        "its last 32 bytes differ from publicKey " + claimed.hex()
                                + "; the secret key must be seed followed by that public key");
            }
            SessionKeyPair pair = new SessionKeyPair(Arrays.copyOf(secret, 32));
            if (!pair.publicKey.equals(claimed)) {
                throw new InvalidInputException(
                        "sessionKey.secretKey",
                        "its seed derives public key " + pair.publicKey.hex() + ", not " + claimed.hex());
            }
            return pair;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The public key. */
    public SessionPublicKey publicKey() {
        return publicKey;
    }

    /** The session key URI {@code lit:session:<public key hex>}. */
    public String uri() {
        return publicKey.uri();
    }

    /** Signs {@code message} (no pre-hash, RFC 8032 Ed25519) and returns the 64-byte signature. */
    public byte[] sign(byte[] message) {
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKeyBytes, 0, message, 0, message.length, sig, 0);
        return sig;
    }

    /**
     * Exports the secret in the JS storage form: 128 hex digits, seed followed by public key.
     * A deliberate call: the only way the secret leaves this object.
     */
    public String exportSecretKeyHex() {
        return Hex.encode(seed) + publicKey.hex();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionKeyPair that && MessageDigest.isEqual(seed, that.seed);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return "SessionKeyPair[publicKey=" + publicKey.hex() + ", secretKey=<hidden>]";
    }
}
