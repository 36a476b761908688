package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.codec.internal.Hex;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 verification at least as strict as ed25519-dalek 2.x {@code verify_strict}, which Lit
 * nodes use on session sigs.
 *
 * <p>{@code verify_strict} refuses a non-canonical {@code S} ({@code S ≥ L}) and a small-order
 * {@code R} or public key {@code A}, then checks the cofactorless equation {@code [S]B = R + [k]A}.
 * BouncyCastle's {@link Ed25519#verify} refuses a non-canonical {@code S}, a non-canonical or
 * small-order {@code A} and a non-canonical {@code R}, but accepts a small-order {@code R} and checks
 * the cofactored equation, which also accepts an {@code R} or {@code A} with a small-order component.
 * So before calling it this class:
 * <ol>
 *   <li>refuses {@code S ≥ L};</li>
 *   <li>refuses a small-order {@code A} or {@code R}: an encoding whose y-coordinate (mod p) is one
 *       of the five y-coordinates of the eight small-order points (0, 1, p − 1 and the two of order 8);</li>
 *   <li>refuses an {@code A} or {@code R} that {@link Ed25519#validatePublicKeyFull} rejects: not on
 *       the curve, not canonically encoded, or not in the prime-order subgroup.</li>
 * </ol>
 * With both points in the prime-order subgroup the cofactored and cofactorless equations agree, so
 * what passes here passes {@code verify_strict}. The one difference is on the strict side: dalek
 * accepts a non-canonical or mixed-order public key, which no Ed25519 key generation produces.
 */
final class StrictEd25519 {
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger L =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final Set<BigInteger> SMALL_ORDER_Y = Set.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            P.subtract(BigInteger.ONE),
            new BigInteger("05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826", 16),
            new BigInteger("7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7", 16));

    private static final int KNOWN_KEYS = 4096;
    /**
     * Public keys already found to be of prime order. The check costs a full scalar multiplication and a
     * session key signs many messages (one per node, session after session), so it is done once per key.
     */
    private static final Map<String, Boolean> PRIME_ORDER_KEYS =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > KNOWN_KEYS;
                }
            });

    // d = -121665 / 121666 mod p, the twisted Edwards curve constant
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P))
            .mod(P);

    private StrictEd25519() {}

    /**
     * True if {@code encoding} (32 bytes) is the compressed form of a curve point in the sense of
     * curve25519-dalek's decompression: with y the low 255 bits (mod p), (y² − 1) / (d·y² + 1) must be a
     * square mod p. Neither canonical encoding nor the sign of x = 0 is checked, as dalek checks neither.
     */
    static boolean decompresses(byte[] encoding) {
        BigInteger y = littleEndian(encoding, 0, 32).clearBit(255).mod(P);
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        // d is not a square, so d·y² + 1 is never 0
        BigInteger v = D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger xSquared = u.multiply(v.modInverse(P)).mod(P);
        return xSquared.signum() == 0
                || xSquared.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
    }

    /**
     * Verifies {@code signature} ({@code R‖S}, 64 bytes) by {@code publicKey} (32 bytes) over
     * {@code message}, with no pre-hash.
     *
     * @throws InvalidSignatureException naming {@code field}, with the reason, if it does not pass
     */
    static void verify(String field, byte[] publicKey, byte[] message, byte[] signature) {
        if (littleEndian(signature, 32, 32).compareTo(L) >= 0) {
            throw new InvalidSignatureException(
                    field,
                    "S is not canonical (not below the group order L);" + " Lit nodes (verify_strict) refuse it");
        }
        if (isSmallOrder(publicKey)) {
            throw new InvalidSignatureException(
                    field, "the public key is a small-order point; Lit nodes" + " (verify_strict) refuse it");
        }
        if (isSmallOrder(signature)) {
            throw new InvalidSignatureException(
                    field, "R is a small-order point; Lit nodes (verify_strict)" + " refuse it");
        }
        if (!isPrimeOrderKey(publicKey)) {
            throw new InvalidSignatureException(
                    field, "the public key is not a canonically encoded curve point" + " of prime order");
        }
        if (!Ed25519.validatePublicKeyFull(signature, 0)) {
            throw new InvalidSignatureException(
                    field, "R is not a canonically encoded curve point of prime" + " order");
        }
        if (!Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length)) {
            throw new InvalidSignatureException(
                    field,
                    "the Ed25519 signature does not verify over the exact"
                            + " UTF-8 bytes of signedMessage with the key in address");
        }
    }

    private static boolean isPrimeOrderKey(byte[] publicKey) {
        String key = Hex.encode(publicKey);
        if (PRIME_ORDER_KEYS.containsKey(key)) {
            return true;
        }
        boolean valid = Ed25519.validatePublicKeyFull(publicKey, 0);
        if (valid) {
            PRIME_ORDER_KEYS.put(key, Boolean.TRUE);
        }
        return valid;
    }

    private static boolean isSmallOrder(byte[] encoding) {
        // the top bit is the sign of x; small order depends on y alone
        BigInteger y = littleEndian(encoding, 0, 32).clearBit(255).mod(P);
        return SMALL_ORDER_Y.contains(y);
    }

    private static BigInteger littleEndian(byte[] bytes, int offset, int length) {
        byte[] bigEndian = new byte[length];
        for (int i = 0; i < length; i++) {
            bigEndian[i] = bytes[offset + length - 1 - i];
        }
        return new BigInteger(1, bigEndian);
    }
}
