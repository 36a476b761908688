package dev.lit4j.domain.naga.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The nonce of a Naga envelope (node spec §3.2): the first 24 bytes of SHA-512 over the 89-byte
 * {@code 0x01 ‖ random(16) ‖ u64be(created_at seconds) ‖ recipient key ‖ sender key}.
 */
public final class EnvelopeNonce {
    private EnvelopeNonce() {}

    /** The 89 bytes hashed into the nonce. */
    public static byte[] aad(byte[] random, long createdAtSeconds, byte[] recipientKey, byte[] senderKey) {
        return ByteBuffer.allocate(1 + random.length + 8 + recipientKey.length + senderKey.length)
                .put((byte) 1)
                .put(random)
                .putLong(createdAtSeconds)
                .put(recipientKey)
                .put(senderKey)
                .array();
    }

    /** The 24-byte nonce. */
    public static byte[] nonce(byte[] random, long createdAtSeconds, byte[] recipientKey, byte[] senderKey) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-512").digest(aad(random, createdAtSeconds, recipientKey, senderKey));
            return Arrays.copyOf(digest, NaclBox.NONCE_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
        }
    }
}
