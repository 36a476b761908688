package dev.lit4j.domain.bls;

import dev.lit4j.domain.codec.internal.Hex;
import supranational.blst.P2_Affine;

/**
 * A BLS12-381 signature of the min-pk scheme: a G2 point, 96 bytes compressed, written as 192 lowercase
 * hex digits without {@code 0x}. The combined network signature of a {@code lit.bls} AuthSig is one; on
 * the wire it travels as {@code {"ProofOfPossession":"<192 hex>"}}.
 *
 * <p>Only points in the prime-order subgroup other than the identity are accepted. The decoded point
 * is kept, so verification and share combination do not decode again. Instances are immutable and
 * thread-safe; two signatures are equal when their encodings are.
 */
public final class BlsSignature {
    private final String hex;
    private final P2_Affine point;

    private BlsSignature(String hex, P2_Affine point) {
        this.hex = hex;
        this.point = point;
    }

    /** Wraps a point this package has computed from valid points and checked not to be the identity. */
    BlsSignature(P2_Affine point) {
        this(Hex.encode(point.compress()), point);
    }

    /**
     * Parses 192 hex digits (either case, no {@code 0x}).
     *
     * @throws dev.lit4j.domain.InvalidInputException naming {@code field} if the text is not 96 bytes of
     *     hex, not a compressed G2 point, outside the subgroup, or the identity
     */
    public static BlsSignature parse(String field, String hex) {
        return fromBytes(field, Hex.decode(field, hex));
    }

    /**
     * Decodes the 96-byte compressed form.
     *
     * @throws dev.lit4j.domain.InvalidInputException as {@link #parse}
     */
    public static BlsSignature fromBytes(String field, byte[] compressed) {
        P2_Affine point = CompressedPoints.decodeG2(field, compressed, "signature");
        return new BlsSignature(Hex.encode(compressed), point);
    }

    /**
     * Parses the wire form {@code {"ProofOfPossession":"<192 hex>"}}, e.g. the {@code sig} of a
     * {@code lit.bls} AuthSig.
     *
     * @throws dev.lit4j.domain.InvalidInputException naming {@code field} on malformed JSON, a scheme
     *     other than ProofOfPossession, or a value {@link #parse} rejects
     */
    public static BlsSignature fromProofOfPossessionJson(String field, String json) {
        String hex = ProofOfPossessionJson.read(field, json);
        return parse(field + "." + ProofOfPossessionJson.KEY, hex);
    }

    /** The wire form {@code {"ProofOfPossession":"<192 hex>"}}, compact, as the JS SDK writes it. */
    public String toProofOfPossessionJson() {
        return ProofOfPossessionJson.write(hex);
    }

    /** The 192 lowercase hex digits of the compressed point. */
    public String hex() {
        return hex;
    }

    /** A fresh copy of the 96 compressed bytes. */
    public byte[] toBytes() {
        return Hex.decode("blsSignature", hex);
    }

    /** The decoded point; callers must not mutate it. */
    P2_Affine point() {
        return point;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlsSignature that && hex.equals(that.hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }
}
