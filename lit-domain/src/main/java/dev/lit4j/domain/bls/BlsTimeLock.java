package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.P2_Affine;
import supranational.blst.PT;

/**
 * Lit's encryption to an identity (operations spec §3.2–3.3): blsful's "time-lock" scheme, a
 * Boneh–Franklin identity-based encryption over BLS12-381 with a Fujisaki–Okamoto transform. Anyone can
 * encrypt to an identity under the network key; only the network's BLS signature over that identity —
 * which the nodes give, in shares, to whoever meets the access control conditions — decrypts it.
 *
 * <p>Sealing, with pk the network key (G1), id the identity bytes and M the plaintext:
 * <pre>
 * alpha = H_Zq(seed);  A = alpha, 32 bytes little-endian
 * rr    = H_Zq(A ‖ SHA-256(M))
 * U     = rr·G1;  K = e(rr·pk, H_G2(id));  V = SHA-256(GT_bytes(K)) XOR A
 * W     = (ULEB128(|M|) ‖ M, zero-padded to 32 bytes) XOR SHAKE-128(A)
 * </pre>
 * Unsealing with σ = sk·H_G2(id) recomputes K = e(U, σ), recovers A and M, and accepts M only if
 * rr·G1 = U and the padding is the zero padding a seal writes, which together detect any change to the
 * ciphertext (blsful checks the first only, so it accepts changed padding bytes). Stateless and thread-safe.
 */
public final class BlsTimeLock {
    /** The bytes of randomness a seal draws. */
    public static final int SEED_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SALT = "TIMELOCK_BLS12381_XOF:HKDF-SHA2-256_".getBytes(StandardCharsets.US_ASCII);
    // HKDF info: the output length 48 as two big-endian bytes
    private static final byte[] INFO = {0x00, 0x30};
    private static final int OKM_LENGTH = 48;
    private static final int MIN_BODY_LENGTH = 32;
    private static final int FP_LENGTH = 48;

    private BlsTimeLock() {}

    /**
     * Encrypts {@code message} to {@code identity} under {@code networkKey}, with {@value #SEED_LENGTH} fresh
     * random bytes as the JS SDK draws them.
     *
     * @throws InvalidInputException if an argument is null
     */
    public static TimeLockCiphertext seal(BlsPublicKey networkKey, byte[] identity, byte[] message) {
        byte[] seed = new byte[SEED_LENGTH];
        RANDOM.nextBytes(seed);
        return seal(networkKey, identity, message, seed);
    }

    /** {@link #seal(BlsPublicKey, byte[], byte[])} with the given randomness: the same seed, the same ciphertext. */
    static TimeLockCiphertext seal(BlsPublicKey networkKey, byte[] identity, byte[] message, byte[] seed) {
        InvalidInputException.requireNonNull("networkKey", networkKey);
        InvalidInputException.requireNonNull("identity", identity);
        InvalidInputException.requireNonNull("message", message);
        byte[] a = alphaRepr(hashToScalar(seed));
        BigInteger rr = messageScalar(a, message);
        P2_Affine idPoint = hashToG2(identity);
        PT k = new PT(new P1(networkKey.point()).mult(rr).to_affine(), idPoint).final_exp();
        byte[] v = xor(sha256(gtBytes(k)), a);
        byte[] body = plainBody(message);
        byte[] w = xor(body, shake128(a, body.length));
        return TimeLockCiphertext.of(P1.generator().mult(rr).compress(), v, w);
    }

    /**
     * Decrypts {@code ciphertext} with the network's signature over its identity.
     *
     * <p>This does not check {@code identitySignature} against the network key; verify it first
     * ({@link BlsPopScheme#verify}) when it comes from elsewhere. A wrong signature cannot yield a
     * plaintext: the FO check fails.
     *
     * @return the plaintext
     * @throws TimeLockDecryptionException if the ciphertext does not decrypt with this signature
     * @throws InvalidInputException if an argument is null
     */
    public static byte[] unseal(TimeLockCiphertext ciphertext, BlsSignature identitySignature) {
        InvalidInputException.requireNonNull("ciphertext", ciphertext);
        InvalidInputException.requireNonNull("identitySignature", identitySignature);
        PT k = new PT(ciphertext.u(), identitySignature.point()).final_exp();
        byte[] a = xor(ciphertext.v(), sha256(gtBytes(k)));
        byte[] w = ciphertext.w();
        byte[] body = xor(w, shake128(a, w.length));
        Uleb128.Read length;
        try {
            length = Uleb128.read("W", body, 0);
        } catch (InvalidInputException e) {
            throw failed("the decrypted length prefix is malformed");
        }
        if (length.value() > body.length - length.next()) {
            throw failed("the decrypted length " + length.value() + " exceeds the " + (body.length - length.next())
                    + " bytes that follow it");
        }
        byte[] message = Arrays.copyOfRange(body, length.next(), length.next() + length.value());
        // stricter than blsful, which ignores the padding: a sealed body is exactly the padded length with
        // zero padding, so any other body was altered even where the message is untouched
        if (!Arrays.equals(body, plainBody(message))) {
            throw failed("the padding after the " + length.value() + "-byte message is not the zero padding a seal"
                    + " writes");
        }
        BigInteger rr = messageScalar(a, message);
        if (!new P1(ciphertext.u()).is_equal(P1.generator().mult(rr))) {
            throw failed("the ciphertext's U is not r·G1 for the recovered message");
        }
        return message;
    }

    /**
     * H_Zq: HKDF-SHA-256 with the time-lock salt over {@code input ‖ 0x00}, expanded to 48 bytes with info
     * {@code 0x0030}, read big-endian and reduced mod r.
     */
    static BigInteger hashToScalar(byte[] input) {
        byte[] ikm = Arrays.copyOf(input, input.length + 1);
        byte[] prk = hmac(SALT, ikm);
        byte[] okm = new byte[OKM_LENGTH];
        byte[] block = new byte[0];
        for (int filled = 0, counter = 1; filled < OKM_LENGTH; counter++) {
            block = hmac(prk, block, INFO, new byte[] {(byte) counter});
            int take = Math.min(block.length, OKM_LENGTH - filled);
            System.arraycopy(block, 0, okm, filled, take);
            filled += take;
        }
        BigInteger scalar = new BigInteger(1, okm).mod(BlsScalarField.ORDER);
        if (scalar.signum() == 0) {
            // probability about 2^-254; a zero scalar would make U the identity
            throw new IllegalStateException("the time-lock hash gave the zero scalar");
        }
        return scalar;
    }

    /** A scalar as 32 bytes little-endian (blsful's {@code Scalar::to_repr}). */
    static byte[] alphaRepr(BigInteger alpha) {
        byte[] bigEndian = alpha.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < bigEndian.length; i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return out;
    }

    /** rr = H_Zq(A ‖ SHA-256(M)). */
    static BigInteger messageScalar(byte[] a, byte[] message) {
        byte[] input = Arrays.copyOf(a, a.length + 32);
        System.arraycopy(sha256(message), 0, input, a.length, 32);
        return hashToScalar(input);
    }

    /** H_G2(identity) with the proof-of-possession DST. */
    static P2_Affine hashToG2(byte[] identity) {
        return new P2().hash_to(identity, BlsPopScheme.DST).to_affine();
    }

    /**
     * The 576 bytes of a GT element in bls12_381's {@code Gt::to_bytes} order: the twelve Fp coefficients
     * big-endian, c0.c0.c0, c0.c0.c1, c0.c1.c0, …, c1.c2.c1. blst writes the Fp2 coefficients in the order
     * c0.c0, c1.c0, c0.c1, c1.c1, c0.c2, c1.c2, so its 96-byte Fp2 blocks are moved into place.
     */
    static byte[] gtBytes(PT element) {
        byte[] blst = element.to_bendian();
        byte[] out = new byte[blst.length];
        int fp2 = 2 * FP_LENGTH;
        for (int v = 0; v < 3; v++) {
            for (int w = 0; w < 2; w++) {
                System.arraycopy(blst, (2 * v + w) * fp2, out, (3 * w + v) * fp2, fp2);
            }
        }
        return out;
    }

    /** ULEB128(|M|) ‖ M, zero-padded to at least 32 bytes. */
    static byte[] plainBody(byte[] message) {
        byte[] prefix = Uleb128.encode(message.length);
        byte[] body = new byte[Math.max(MIN_BODY_LENGTH, prefix.length + message.length)];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(message, 0, body, prefix.length, message.length);
        return body;
    }

    /** The first {@code length} bytes of SHAKE-128({@code seed}). */
    static byte[] shake128(byte[] seed, int length) {
        SHAKEDigest shake = new SHAKEDigest(128);
        shake.update(seed, 0, seed.length);
        byte[] out = new byte[length];
        shake.doFinal(out, 0, length);
        return out;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    private static TimeLockDecryptionException failed(String reason) {
        return new TimeLockDecryptionException("decryption failed: " + reason + "; the ciphertext was altered, or"
                + " was made for another identity or network key");
    }
}
