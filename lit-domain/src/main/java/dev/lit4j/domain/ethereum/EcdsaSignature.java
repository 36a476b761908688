package dev.lit4j.domain.ethereum;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.codec.internal.Hex;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.util.BigIntegers;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;

/**
 * A secp256k1 ECDSA signature {@code (r, s)} and, when known, its recovery id.
 *
 * <p>Signers return signatures in many shapes: JCA and HSMs give DER without a recovery id and
 * sometimes with a high {@code s}; PKCS#11 gives raw {@code r‖s}; wallets give {@code r‖s‖v}. This
 * type reads them all, and {@link #normalizedFor} turns any of them into the one form Lit nodes
 * accept: low-s, with the recovery id under which it recovers to the expected signer. That
 * normalisation exists only here.
 *
 * @param r the x-coordinate part, {@code 1 ≤ r < n} (the secp256k1 group order)
 * @param s the proof part, {@code 1 ≤ s < n}; high values are allowed here, see {@link #isLowS()}
 * @param recoveryId 0 or 1 when known (which of the two candidate keys signed), empty otherwise
 */
public record EcdsaSignature(BigInteger r, BigInteger s, OptionalInt recoveryId) {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final BigInteger HALF_N = N.shiftRight(1);
    private static final int SCALAR_BYTES = 32;

    public EcdsaSignature {
        requireScalar("signature", "r", r);
        requireScalar("signature", "s", s);
        InvalidInputException.requireNonNull("signature.recoveryId", recoveryId);
        if (recoveryId.isPresent() && recoveryId.getAsInt() != 0 && recoveryId.getAsInt() != 1) {
            throw new InvalidInputException("signature.recoveryId", "must be 0 or 1, got " + recoveryId.getAsInt());
        }
    }

    /** A signature whose recovery id is not known. */
    public static EcdsaSignature of(BigInteger r, BigInteger s) {
        return new EcdsaSignature(r, s, OptionalInt.empty());
    }

    /** A signature with its recovery id (0 or 1). */
    public static EcdsaSignature of(BigInteger r, BigInteger s, int recoveryId) {
        return new EcdsaSignature(r, s, OptionalInt.of(recoveryId));
    }

    /**
     * Reads the DER form JCA ({@code NONEwithECDSA}) and most HSMs return:
     * {@code SEQUENCE { INTEGER r, INTEGER s }}, strictly DER-encoded. The recovery id is unknown.
     *
     * @throws InvalidInputException if the bytes are not exactly such a DER structure, or r or s is
     *     out of range
     */
    public static EcdsaSignature fromDer(byte[] der) {
        InvalidInputException.requireNonNull("signature", der);
        ASN1Primitive parsed;
        try {
            parsed = ASN1Primitive.fromByteArray(der);
            if (parsed instanceof ASN1Sequence sequence
                    && sequence.size() == 2
                    && sequence.getObjectAt(0) instanceof ASN1Integer r
                    && sequence.getObjectAt(1) instanceof ASN1Integer s
                    && Arrays.equals(parsed.getEncoded(ASN1Encoding.DER), der)) {
                return of(r.getValue(), s.getValue());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw notDer(der, e);
        }
        throw notDer(der, null);
    }

    /**
     * Reads the raw 64-byte {@code r‖s} form (PKCS#11 {@code CKM_ECDSA}, JCA P1363). The recovery
     * id is unknown.
     *
     * @throws InvalidInputException if there are not 64 bytes, or r or s is out of range
     */
    public static EcdsaSignature fromCompact(byte[] rs) {
        InvalidInputException.requireNonNull("signature", rs);
        if (rs.length != 2 * SCALAR_BYTES) {
            throw new InvalidInputException("signature", "expected 64 bytes (r‖s), got " + rs.length);
        }
        return of(
                BigIntegers.fromUnsignedByteArray(rs, 0, SCALAR_BYTES),
                BigIntegers.fromUnsignedByteArray(rs, SCALAR_BYTES, SCALAR_BYTES));
    }

    /**
     * Reads the 65-byte {@code r‖s‖v} hex of an AuthSig as a Lit node does: {@code 0x} optional,
     * exactly 65 bytes, {@code v} one of 0, 1, 27, 28 (recovery id {@code v mod 27}). A high
     * {@code s} is read as it is; {@link PersonalSignatureVerifier} refuses it as nodes do.
     *
     * @throws InvalidInputException naming {@code field} on bad hex, a wrong length, a bad {@code v}
     *     or r or s out of range
     */
    public static EcdsaSignature parseRsvHex(String field, String hex) {
        byte[] rsv = Hex.decodeOptional0x(field, hex, 2 * SCALAR_BYTES + 1);
        int v = rsv[2 * SCALAR_BYTES] & 0xff;
        if (v != 0 && v != 1 && v != 27 && v != 28) {
            throw new InvalidInputException(field, "v (the last byte) must be 0, 1, 27 or 28, got " + v);
        }
        BigInteger r = BigIntegers.fromUnsignedByteArray(rsv, 0, SCALAR_BYTES);
        BigInteger s = BigIntegers.fromUnsignedByteArray(rsv, SCALAR_BYTES, SCALAR_BYTES);
        requireScalar(field, "r", r);
        requireScalar(field, "s", s);
        return of(r, s, v % 27);
    }

    /** True if {@code s ≤ n/2}, the only form Lit nodes (k256) and Ethereum accept. */
    public boolean isLowS() {
        return s.compareTo(HALF_N) <= 0;
    }

    /**
     * This signature with {@code s} in the lower half: {@code s > n/2} becomes {@code n − s}, and a
     * known recovery id flips with it (the same key recovers from both forms).
     */
    public EcdsaSignature toLowS() {
        if (isLowS()) {
            return this;
        }
        OptionalInt flipped = recoveryId.isPresent() ? OptionalInt.of(recoveryId.getAsInt() ^ 1) : recoveryId;
        return new EcdsaSignature(r, N.subtract(s), flipped);
    }

    /**
     * This signature in the form Lit nodes accept for {@code signer}: low-s, with the recovery id
     * under which it recovers to {@code signer}. A missing recovery id is found by trying both; a
     * given one is kept only if it recovers to {@code signer}.
     *
     * @param digest the 32 bytes that were signed
     * @return the normalised signature, or empty if it does not recover to {@code signer}
     * @throws InvalidInputException if {@code digest} is not 32 bytes
     */
    public Optional<EcdsaSignature> normalizedFor(byte[] digest, EthAddress signer) {
        requireDigest(digest);
        InvalidInputException.requireNonNull("signer", signer);
        EcdsaSignature low = toLowS();
        if (low.recoveryId.isPresent()) {
            return low.recover(low.recoveryId.getAsInt(), digest)
                    .filter(signer::equals)
                    .map(address -> low);
        }
        for (int id = 0; id <= 1; id++) {
            if (low.recover(id, digest).filter(signer::equals).isPresent()) {
                return Optional.of(of(r, low.s, id));
            }
        }
        return Optional.empty();
    }

    /**
     * The address whose key made this signature over {@code digest}, by public-key recovery.
     *
     * @throws InvalidInputException if the recovery id is unknown or {@code digest} is not 32 bytes
     * @throws InvalidSignatureException if no key recovers (r is not the x-coordinate of a curve point)
     */
    public EthAddress recoverAddress(byte[] digest) {
        return tryRecoverAddress(digest).orElseThrow(() -> unrecoverable("signature"));
    }

    /** {@link #recoverAddress}, empty where that throws {@link InvalidSignatureException}. */
    Optional<EthAddress> tryRecoverAddress(byte[] digest) {
        requireDigest(digest);
        return recover(requireRecoveryId(), digest);
    }

    static InvalidSignatureException unrecoverable(String field) {
        return new InvalidSignatureException(
                field, "no public key recovers from it; r is not the x-coordinate" + " of a secp256k1 point");
    }

    /**
     * {@code 0x} + the 65-byte {@code r‖s‖v} hex, {@code v} = 27 + recovery id, as {@code personal_sign}
     * and the JS SDK write it.
     *
     * @throws InvalidInputException if the recovery id is unknown (see {@link #normalizedFor})
     */
    public String toRsvHex() {
        int v = 27 + requireRecoveryId();
        byte[] rsv = new byte[2 * SCALAR_BYTES + 1];
        BigIntegers.asUnsignedByteArray(r, rsv, 0, SCALAR_BYTES);
        BigIntegers.asUnsignedByteArray(s, rsv, SCALAR_BYTES, SCALAR_BYTES);
        rsv[2 * SCALAR_BYTES] = (byte) v;
        return Hex.encode0x(rsv);
    }

    private Optional<EthAddress> recover(int id, byte[] digest) {
        BigInteger publicKey;
        try {
            publicKey = Sign.recoverFromSignature(id, new ECDSASignature(r, s), digest);
        } catch (IllegalArgumentException e) {
            // web3j reports an r that is not the x-coordinate of a curve point this way
            return Optional.empty();
        }
        if (publicKey == null) {
            return Optional.empty();
        }
        return Optional.of(EthAddress.ofPublicKey(BigIntegers.asUnsignedByteArray(2 * SCALAR_BYTES, publicKey)));
    }

    private int requireRecoveryId() {
        if (recoveryId.isEmpty()) {
            throw new InvalidInputException(
                    "signature.recoveryId",
                    "is unknown; normalise the signature with" + " normalizedFor(digest, signer) first");
        }
        return recoveryId.getAsInt();
    }

    private static void requireDigest(byte[] digest) {
        InvalidInputException.requireNonNull("digest", digest);
        if (digest.length != SCALAR_BYTES) {
            throw new InvalidInputException("digest", "expected 32 bytes, got " + digest.length);
        }
    }

    private static void requireScalar(String field, String name, BigInteger value) {
        InvalidInputException.requireNonNull(field + "." + name, value);
        if (value.signum() <= 0 || value.compareTo(N) >= 0) {
            String shown = value.signum() < 0 ? "-0x" + value.negate().toString(16) : "0x" + value.toString(16);
            throw new InvalidInputException(
                    field, name + " must be between 1 and n − 1 (n = the secp256k1 group" + " order), got " + shown);
        }
    }

    private static InvalidInputException notDer(byte[] der, Exception cause) {
        String problem = "expected a DER ECDSA signature (SEQUENCE of the INTEGERs r and s), got " + der.length
                + " bytes that are not one";
        return cause == null
                ? new InvalidInputException("signature", problem)
                : new InvalidInputException("signature", problem, cause);
    }
}
