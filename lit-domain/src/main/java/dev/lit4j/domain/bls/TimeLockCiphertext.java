package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import supranational.blst.P1_Affine;

/**
 * A ciphertext of Lit's BLS12-381 time-lock encryption (operations spec §3.3): the {@code serde_bare}
 * bytes of blsful's {@code TimeCryptCiphertext}, the same on Datil and Naga,
 * {@code U (48, compressed G1) ‖ V (32) ‖ ULEB128(len W) ‖ W ‖ scheme (1 byte, 2 = ProofOfPossession)}.
 * The JS SDK carries it as standard padded base64.
 *
 * <p>Parsing checks the layout, the scheme byte and that U is a G1 point of the prime-order subgroup
 * other than the identity; whether the ciphertext decrypts is only known to {@link BlsTimeLock#unseal}.
 * Immutable and thread-safe; equal when the bytes are.
 */
public final class TimeLockCiphertext {
    /** The scheme byte of the proof-of-possession ciphersuite, the only one Lit uses. */
    public static final int SCHEME_PROOF_OF_POSSESSION = 2;

    static final int V_LENGTH = 32;

    private final byte[] bytes;
    private final P1_Affine u;
    private final byte[] v;
    private final byte[] w;

    private TimeLockCiphertext(byte[] bytes, P1_Affine u, byte[] v, byte[] w) {
        this.bytes = bytes;
        this.u = u;
        this.v = v;
        this.w = w;
    }

    /** Assembles the bytes of freshly sealed parts. */
    static TimeLockCiphertext of(byte[] uCompressed, byte[] v, byte[] w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(uCompressed.length + v.length + w.length + 11);
        out.writeBytes(uCompressed);
        out.writeBytes(v);
        out.writeBytes(Uleb128.encode(w.length));
        out.writeBytes(w);
        out.write(SCHEME_PROOF_OF_POSSESSION);
        return fromBytes("ciphertext", out.toByteArray());
    }

    /**
     * Reads the standard base64 text the JS SDK's {@code encrypt} returns.
     *
     * @throws InvalidInputException naming {@code field} if the text is not base64 or the bytes are not a
     *     ciphertext ({@link #fromBytes})
     */
    public static TimeLockCiphertext fromBase64(String field, String base64) {
        InvalidInputException.requireNonNull(field, base64);
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not standard base64 (" + e.getMessage() + ")", e);
        }
        return fromBytes(field, decoded);
    }

    /**
     * Reads the ciphertext bytes.
     *
     * @throws InvalidInputException naming {@code field} if the layout is wrong (too short, a length
     *     prefix that disagrees with the size, a scheme byte other than 2) or U is not a valid G1 point
     */
    public static TimeLockCiphertext fromBytes(String field, byte[] bytes) {
        InvalidInputException.requireNonNull(field, bytes);
        int fixed = CompressedPoints.G1_LENGTH + V_LENGTH;
        if (bytes.length < fixed + 2) {
            throw new InvalidInputException(
                    field,
                    "is " + bytes.length + " bytes; a time-lock ciphertext has at least " + (fixed + 2)
                            + " (U 48, V 32, the length of W, W, the scheme byte)");
        }
        Uleb128.Read length = Uleb128.read(field, bytes, fixed);
        long expected = (long) length.next() + length.value() + 1;
        if (expected != bytes.length) {
            throw new InvalidInputException(
                    field,
                    "its W length prefix says " + length.value() + " bytes, but " + (bytes.length - length.next() - 1)
                            + " follow before the scheme byte");
        }
        int scheme = bytes[bytes.length - 1] & 0xff;
        if (scheme != SCHEME_PROOF_OF_POSSESSION) {
            throw new InvalidInputException(
                    field,
                    "scheme byte is " + scheme + "; Lit ciphertexts use " + SCHEME_PROOF_OF_POSSESSION
                            + " (ProofOfPossession)");
        }
        P1_Affine u = CompressedPoints.decodeG1(
                field + ".U", Arrays.copyOfRange(bytes, 0, CompressedPoints.G1_LENGTH), "ciphertext U");
        byte[] v = Arrays.copyOfRange(bytes, CompressedPoints.G1_LENGTH, fixed);
        byte[] w = Arrays.copyOfRange(bytes, length.next(), bytes.length - 1);
        return new TimeLockCiphertext(bytes.clone(), u, v, w);
    }

    /** A fresh copy of the ciphertext bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** The standard padded base64 of the bytes, as the JS SDK writes {@code ciphertext}. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    P1_Affine u() {
        return u;
    }

    byte[] v() {
        return v.clone();
    }

    byte[] w() {
        return w.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeLockCiphertext that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
