package dev.lit4j.domain.naga.internal;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * NaCl {@code crypto_box} (X25519, HSalsa20, XSalsa20-Poly1305), the cipher of the Naga E2EE envelope
 * (node spec §3.2), in the layout the envelope carries: 16 zero bytes, the 16-byte Poly1305 tag, then the
 * ciphertext.
 */
public final class NaclBox {
    /** Key, nonce and tag sizes. */
    public static final int KEY_BYTES = 32;
    /** The nonce size of XSalsa20. */
    public static final int NONCE_BYTES = 24;
    /** The zero padding before the tag in the envelope layout. */
    public static final int ZERO_BYTES = 16;

    private static final int TAG_BYTES = 16;
    private static final int[] SIGMA = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};

    private NaclBox() {}

    /** The public key of an X25519 secret key (clamped as X25519 does). */
    public static byte[] publicKey(byte[] secretKey) {
        byte[] out = new byte[KEY_BYTES];
        X25519.scalarMultBase(secretKey, 0, out, 0);
        return out;
    }

    /**
     * The shared box key, {@code HSalsa20(X25519(secret, public), 0)}, or empty when the peer key is of small
     * order (the X25519 result is all zero, which would make the box readable by anyone).
     */
    public static Optional<byte[]> sharedKey(byte[] secretKey, byte[] peerPublicKey) {
        byte[] shared = new byte[KEY_BYTES];
        if (!X25519.calculateAgreement(secretKey, 0, peerPublicKey, 0, shared, 0)) {
            return Optional.empty();
        }
        return Optional.of(hsalsa20(shared, new byte[16]));
    }

    /** {@code 0^16 ‖ tag ‖ ciphertext} of {@code plaintext} under the shared key and nonce. */
    public static byte[] seal(byte[] sharedKey, byte[] nonce, byte[] plaintext) {
        byte[] stream = keyStream(sharedKey, nonce, KEY_BYTES + plaintext.length);
        byte[] out = new byte[ZERO_BYTES + TAG_BYTES + plaintext.length];
        for (int i = 0; i < plaintext.length; i++) {
            out[ZERO_BYTES + TAG_BYTES + i] = (byte) (plaintext[i] ^ stream[KEY_BYTES + i]);
        }
        byte[] tag = tag(stream, out, ZERO_BYTES + TAG_BYTES, plaintext.length);
        System.arraycopy(tag, 0, out, ZERO_BYTES, TAG_BYTES);
        return out;
    }

    /**
     * The plaintext of {@code 0^16 ‖ tag ‖ ciphertext} ({@code boxed}, at least 32 bytes), or empty if the tag
     * does not authenticate the ciphertext under this key and nonce.
     */
    public static Optional<byte[]> open(byte[] sharedKey, byte[] nonce, byte[] boxed) {
        int length = boxed.length - ZERO_BYTES - TAG_BYTES;
        byte[] stream = keyStream(sharedKey, nonce, KEY_BYTES + length);
        byte[] expected = tag(stream, boxed, ZERO_BYTES + TAG_BYTES, length);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(boxed, ZERO_BYTES, ZERO_BYTES + TAG_BYTES))) {
            return Optional.empty();
        }
        byte[] plaintext = new byte[length];
        for (int i = 0; i < length; i++) {
            plaintext[i] = (byte) (boxed[ZERO_BYTES + TAG_BYTES + i] ^ stream[KEY_BYTES + i]);
        }
        return Optional.of(plaintext);
    }

    private static byte[] keyStream(byte[] key, byte[] nonce, int length) {
        XSalsa20Engine engine = new XSalsa20Engine();
        engine.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        byte[] stream = new byte[length];
        engine.processBytes(new byte[length], 0, length, stream, 0);
        return stream;
    }

    private static byte[] tag(byte[] stream, byte[] data, int offset, int length) {
        Poly1305 mac = new Poly1305();
        mac.init(new KeyParameter(stream, 0, KEY_BYTES));
        mac.update(data, offset, length);
        byte[] tag = new byte[TAG_BYTES];
        mac.doFinal(tag, 0);
        return tag;
    }

    /**
     * HSalsa20: the Salsa20/20 core without the final addition, output words 0, 5, 10, 15, 6, 7, 8, 9. The
     * core used here adds its input back, so that input is subtracted again.
     */
    private static byte[] hsalsa20(byte[] key, byte[] input16) {
        int[] state = new int[16];
        state[0] = SIGMA[0];
        state[5] = SIGMA[1];
        state[10] = SIGMA[2];
        state[15] = SIGMA[3];
        for (int i = 0; i < 4; i++) {
            state[1 + i] = littleEndian(key, 4 * i);
            state[11 + i] = littleEndian(key, 16 + 4 * i);
            state[6 + i] = littleEndian(input16, 4 * i);
        }
        int[] mixed = new int[16];
        Salsa20Engine.salsaCore(20, state, mixed);
        int[] words = {0, 5, 10, 15, 6, 7, 8, 9};
        byte[] out = new byte[KEY_BYTES];
        for (int i = 0; i < words.length; i++) {
            int word = mixed[words[i]] - state[words[i]];
            for (int b = 0; b < 4; b++) {
                out[4 * i + b] = (byte) (word >>> (8 * b));
            }
        }
        return out;
    }

    private static int littleEndian(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff)
                | (bytes[offset + 1] & 0xff) << 8
                | (bytes[offset + 2] & 0xff) << 16
                | (bytes[offset + 3] & 0xff) << 24;
    }
}
