package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.naga.internal.NaclBox;
import java.security.SecureRandom;

/**
 * An X25519 key pair of the Naga E2EE envelope (node spec §3.2): the client's fresh per-node key
 * ({@code nacl.box.keyPair()}) or a node's identity key. The secret key never leaves this object; it is
 * used only to seal and open envelopes, and {@link #toString()} shows the public key alone.
 */
public final class BoxKeyPair {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secretKey;
    private final BoxPublicKey publicKey;

    private BoxKeyPair(byte[] secretKey) {
        this.secretKey = secretKey.clone();
        this.publicKey = BoxPublicKey.of(NaclBox.publicKey(this.secretKey));
    }

    /** A fresh key pair from a {@link SecureRandom} secret. */
    public static BoxKeyPair generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new BoxKeyPair(secret);
    }

    /**
     * The key pair of a 32-byte X25519 secret key (as {@code nacl.box.keyPair.fromSecretKey} takes it).
     *
     * @throws InvalidInputException if {@code secretKey} is not 32 bytes
     */
    public static BoxKeyPair fromSecretKey(byte[] secretKey) {
        if (secretKey == null || secretKey.length != 32) {
            throw new InvalidInputException(
                    "boxSecretKey",
                    "expected 32 bytes, got " + (secretKey == null ? "none" : secretKey.length + " bytes"));
        }
        return new BoxKeyPair(secretKey);
    }

    /** The public key. */
    public BoxPublicKey publicKey() {
        return publicKey;
    }

    /** A copy of the secret key, for the envelope code in this package only. */
    byte[] secretKey() {
        return secretKey.clone();
    }

    @Override
    public String toString() {
        return "BoxKeyPair[publicKey=" + publicKey.hex() + "]";
    }
}
