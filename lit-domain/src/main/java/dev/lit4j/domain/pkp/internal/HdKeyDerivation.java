package dev.lit4j.domain.pkp.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.PkpPublicKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.crypto.Sign;

/**
 * Lit's HD key derivation for K256 PKPs (operations spec §1.8, hd-keys-curves): a key id becomes a scalar
 * {@code d = hash_to_field(keyId)} (RFC 9380 §5.2, {@code expand_message_xmd} with SHA-256, 48 bytes,
 * reduced mod the group order n, DST {@value #DST}), and the PKP key is {@code Σ dⁱ·Rootᵢ} over the
 * network's root keys in handshake order. The nodes derive their secret shares the same way from their
 * root-key shares. Stateless; thread-safe.
 */
public final class HdKeyDerivation {
    /** The domain separation tag of K256 key ids. */
    public static final String DST = "LIT_HD_KEY_ID_K256_XMD:SHA-256_SSWU_RO_NUL_";

    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final int FIELD_BYTES = 48;
    private static final int HASH_BYTES = 32;
    private static final int BLOCK_BYTES = 64;

    private HdKeyDerivation() {}

    /**
     * The derivation scalar {@code d} of a key id (its raw bytes).
     *
     * @throws InvalidInputException if {@code keyId} is null
     */
    public static BigInteger derivationScalar(byte[] keyId) {
        InvalidInputException.requireNonNull("keyId", keyId);
        return new BigInteger(1, expandMessageXmd(keyId, DST.getBytes(StandardCharsets.US_ASCII))).mod(N);
    }

    /**
     * The public key derived for {@code keyId} from the root keys (SEC1 hex, compressed or uncompressed,
     * {@code 0x} optional), in handshake order.
     *
     * @throws InvalidInputException if there are no root keys, one is not a secp256k1 point, or the sum is the
     *     point at infinity
     */
    public static PkpPublicKey derivePublicKey(List<String> rootPublicKeys, byte[] keyId) {
        InvalidInputException.requireNonNull("rootPublicKeys", rootPublicKeys);
        if (rootPublicKeys.isEmpty()) {
            throw new InvalidInputException("rootPublicKeys", "at least one root key is needed");
        }
        BigInteger d = derivationScalar(keyId);
        ECPoint sum = Sign.CURVE_PARAMS.getCurve().getInfinity();
        BigInteger power = BigInteger.ONE;
        for (int i = 0; i < rootPublicKeys.size(); i++) {
            String field = "rootPublicKeys[" + i + "]";
            ECPoint root;
            try {
                root = Sign.CURVE_PARAMS.getCurve().decodePoint(Hex.decodeOptional0x(field, rootPublicKeys.get(i)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "is not a SEC1-encoded secp256k1 point", e);
            }
            sum = sum.add(root.multiply(power));
            power = power.multiply(d).mod(N);
        }
        sum = sum.normalize();
        if (sum.isInfinity()) {
            throw new InvalidInputException("rootPublicKeys", "the derived key is the point at infinity");
        }
        return new PkpPublicKey(Hex.encode(sum.getEncoded(false)));
    }

    /**
     * The secret derived for {@code keyId} from root secrets (or from one party's shares of them, which gives
     * that party's share of the derived secret): {@code Σ dⁱ·rootᵢ mod n}.
     *
     * @throws InvalidInputException if there are no root secrets
     */
    public static BigInteger deriveSecret(List<BigInteger> rootSecrets, byte[] keyId) {
        InvalidInputException.requireNonNull("rootSecrets", rootSecrets);
        if (rootSecrets.isEmpty()) {
            throw new InvalidInputException("rootSecrets", "at least one root secret is needed");
        }
        BigInteger d = derivationScalar(keyId);
        BigInteger sum = BigInteger.ZERO;
        BigInteger power = BigInteger.ONE;
        for (BigInteger root : rootSecrets) {
            sum = sum.add(
                    InvalidInputException.requireNonNull("rootSecrets[i]", root).multiply(power));
            power = power.multiply(d).mod(N);
        }
        return sum.mod(N);
    }

    /** RFC 9380 §5.3.1 {@code expand_message_xmd} with SHA-256, {@value #FIELD_BYTES} bytes out. */
    private static byte[] expandMessageXmd(byte[] message, byte[] dst) {
        int ell = (FIELD_BYTES + HASH_BYTES - 1) / HASH_BYTES;
        byte[] dstPrime = new byte[dst.length + 1];
        System.arraycopy(dst, 0, dstPrime, 0, dst.length);
        dstPrime[dst.length] = (byte) dst.length;
        MessageDigest sha256 = sha256();
        sha256.update(new byte[BLOCK_BYTES]);
        sha256.update(message);
        sha256.update(new byte[] {(byte) (FIELD_BYTES >>> 8), (byte) FIELD_BYTES, 0});
        sha256.update(dstPrime);
        byte[] b0 = sha256.digest();
        byte[] out = new byte[FIELD_BYTES];
        byte[] previous = new byte[HASH_BYTES];
        for (int i = 1; i <= ell; i++) {
            byte[] input = new byte[HASH_BYTES];
            for (int j = 0; j < HASH_BYTES; j++) {
                input[j] = (byte) (b0[j] ^ previous[j]);
            }
            sha256.update(i == 1 ? b0 : input);
            sha256.update((byte) i);
            sha256.update(dstPrime);
            previous = sha256.digest();
            System.arraycopy(
                    previous, 0, out, (i - 1) * HASH_BYTES, Math.min(HASH_BYTES, FIELD_BYTES - (i - 1) * HASH_BYTES));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
