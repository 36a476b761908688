package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import supranational.blst.BLST_ERROR;

/**
 * The BLS signature scheme Lit uses for network signatures: BLS12-381 min-pk (keys in G1, signatures
 * in G2) with the proof-of-possession ciphersuite, i.e. hash-to-G2 (RFC 9380, SSWU, random oracle) under
 * {@link #DST}, and the check e(pk, H(m)) = e(g1, σ). Stateless and thread-safe.
 */
public final class BlsPopScheme {

    /** The domain separation tag of the min-pk proof-of-possession ciphersuite. */
    public static final String DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    private BlsPopScheme() {}

    /**
     * True if {@code signature} is the signature of {@code message} under {@code publicKey}.
     *
     * <p>Malformed keys and signatures (wrong length, not a point, outside the subgroup, the identity)
     * cannot reach this method: {@link BlsPublicKey} and {@link BlsSignature} reject them when parsed.
     * A well-formed but wrong signature gives {@code false}.
     *
     * @param message the exact bytes signed, e.g. {@link LitSessionBlsMessage#bytes()}
     * @throws InvalidInputException if an argument is null
     */
    public static boolean verify(BlsPublicKey publicKey, byte[] message, BlsSignature signature) {
        InvalidInputException.requireNonNull("publicKey", publicKey);
        InvalidInputException.requireNonNull("message", message);
        InvalidInputException.requireNonNull("signature", signature);
        return signature.point().core_verify(publicKey.point(), true, message, DST) == BLST_ERROR.BLST_SUCCESS;
    }
}
