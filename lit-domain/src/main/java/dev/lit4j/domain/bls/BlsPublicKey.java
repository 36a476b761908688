package dev.lit4j.domain.bls;

import dev.lit4j.domain.codec.internal.Hex;
import supranational.blst.P1_Affine;

/**
 * A BLS12-381 public key of the min-pk scheme: a G1 point, 48 bytes compressed, written as 96 lowercase
 * hex digits without {@code 0x}. The Lit network's root key ({@code blsRootPubkey},
 * {@code networkPublicKey}) is one.
 *
 * <p>Only points in the prime-order subgroup other than the identity are accepted. The decoded point
 * is kept, so verifying many signatures under one key decodes it once. Instances are immutable and
 * thread-safe; two keys are equal when their encodings are.
 */
public final class BlsPublicKey {
    private final String hex;
    private final P1_Affine point;

    private BlsPublicKey(String hex, P1_Affine point) {
        this.hex = hex;
        this.point = point;
    }

    /**
     * Parses 96 hex digits (either case, no {@code 0x}).
     *
     * @throws dev.lit4j.domain.InvalidInputException naming {@code field} if the text is not 48 bytes of
     *     hex, not a compressed G1 point, outside the subgroup, or the identity
     */
    public static BlsPublicKey parse(String field, String hex) {
        return fromBytes(field, Hex.decode(field, hex));
    }

    /**
     * Decodes the 48-byte compressed form.
     *
     * @throws dev.lit4j.domain.InvalidInputException as {@link #parse}
     */
    public static BlsPublicKey fromBytes(String field, byte[] compressed) {
        P1_Affine point = CompressedPoints.decodeG1(field, compressed, "public key");
        return new BlsPublicKey(Hex.encode(compressed), point);
    }

    /** The 96 lowercase hex digits of the compressed point. */
    public String hex() {
        return hex;
    }

    /** A fresh copy of the 48 compressed bytes. */
    public byte[] toBytes() {
        return Hex.decode("blsPublicKey", hex);
    }

    /** The decoded point; callers must not mutate it. */
    P1_Affine point() {
        return point;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlsPublicKey that && hex.equals(that.hex);
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
