package dev.lit4j.domain.pkp.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.crypto.Sign;

/**
 * One node's share of a threshold ECDSA (K256) signature, as a Datil node answers {@code /web/pkp/sign/v1}
 * (operations spec §1.4): its additive share {@code sᵢ} of {@code s} — the node has already applied its
 * Lagrange weight — and what it says was signed, with which key and which nonce point.
 *
 * @param nodeUrl the node that gave the share
 * @param share {@code sᵢ}, {@code 0 ≤ sᵢ < n}
 * @param bigR the common nonce point R, SEC1 compressed: 66 lowercase hex digits
 * @param publicKey the key the node signed with
 * @param dataSigned the digest the node signed
 */
public record EcdsaSignatureShare(
        String nodeUrl, BigInteger share, String bigR, PkpPublicKey publicKey, DataToSign dataSigned) {

    public EcdsaSignatureShare {
        InvalidInputException.requireNonNull("share.nodeUrl", nodeUrl);
        InvalidInputException.requireNonNull("share.signatureShare", share);
        InvalidInputException.requireNonNull("share.publicKey", publicKey);
        InvalidInputException.requireNonNull("share.dataSigned", dataSigned);
        if (share.signum() < 0 || share.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
            throw new InvalidInputException(
                    "share.signatureShare",
                    "must be a scalar below the secp256k1 group" + " order n, got 0x" + share.toString(16));
        }
        byte[] point = Hex.decode("share.bigR", bigR, 33);
        if (!bigR.equals(Hex.encode(point))) {
            throw new InvalidInputException("share.bigR", "must be lowercase hex, got \"" + bigR + "\"");
        }
        decodePoint("share.bigR", point);
    }

    /**
     * A share as the node wrote it: hex in any case, R compressed or uncompressed.
     *
     * @throws InvalidInputException naming the field that is not valid hex, not a scalar or not a point
     */
    public static EcdsaSignatureShare of(
            String nodeUrl, String signatureShareHex, String bigRHex, String publicKeyHex, String dataSignedHex) {
        BigInteger share = new BigInteger(1, Hex.decodeOptional0x("signature_share", signatureShareHex, 32));
        ECPoint r = decodePoint("big_r", Hex.decodeOptional0x("big_r", bigRHex));
        return new EcdsaSignatureShare(
                nodeUrl,
                share,
                Hex.encode(r.getEncoded(true)),
                PkpPublicKey.parse("public_key", publicKeyHex),
                DataToSign.parse("digest", dataSignedHex));
    }

    /** R as a curve point. */
    public ECPoint bigRPoint() {
        return decodePoint("share.bigR", Hex.decode("share.bigR", bigR));
    }

    private static ECPoint decodePoint(String field, byte[] encoded) {
        try {
            ECPoint point = Sign.CURVE_PARAMS.getCurve().decodePoint(encoded).normalize();
            if (point.isInfinity()) {
                throw new InvalidInputException(field, "is the point at infinity");
            }
            return point;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not a SEC1-encoded secp256k1 point: " + Hex.encode(encoded), e);
        }
    }
}
