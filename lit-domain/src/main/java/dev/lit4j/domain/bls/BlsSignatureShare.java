package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.Arrays;

/**
 * One node's share of a network BLS signature, in the Datil form (blsful 2.x): a one-byte identifier
 * followed by a 96-byte compressed G2 point, 97 bytes or 194 hex digits. On the wire a node sends it as
 * {@code {"ProofOfPossession":"<194 hex>"}}.
 *
 * <p>The identifier is the x coordinate at which the node's key share was evaluated; on Datil it is the
 * node's {@code shareIndex + 1}, so 1 to 255. Shares are combined by {@link BlsShareCombiner}.
 *
 * @param identifier the share identifier, 1..255
 * @param signature the node's signature under its key share
 */
public record BlsSignatureShare(int identifier, BlsSignature signature) {

    /** Bytes of the Datil form: 1 identifier byte and a compressed G2 point. */
    public static final int LENGTH = 1 + CompressedPoints.G2_LENGTH;

    public BlsSignatureShare {
        if (identifier < 1 || identifier > 255) {
            throw new InvalidInputException(
                    "signatureShare.identifier", "expected 1..255 (shareIndex + 1), got " + identifier);
        }
        InvalidInputException.requireNonNull("signatureShare.signature", signature);
    }

    /**
     * Parses the 194 hex digits of the Datil form (either case, no {@code 0x}).
     *
     * @throws InvalidInputException naming {@code field} if the text is not 97 bytes of hex, the
     *     identifier byte is 0, or the point is not a valid G2 signature point
     */
    public static BlsSignatureShare parse(String field, String hex) {
        byte[] bytes = Hex.decode(field, hex);
        if (bytes.length != LENGTH) {
            throw new InvalidInputException(
                    field,
                    "expected " + LENGTH + " bytes (" + 2 * LENGTH
                            + " hex characters: a 1-byte identifier and a 96-byte G2 point), got " + bytes.length
                            + " bytes");
        }
        int identifier = bytes[0] & 0xff;
        if (identifier == 0) {
            throw new InvalidInputException(
                    field, "share identifier byte is 0; Datil identifiers are" + " shareIndex + 1, so 1..255");
        }
        return new BlsSignatureShare(identifier, BlsSignature.fromBytes(field, Arrays.copyOfRange(bytes, 1, LENGTH)));
    }

    /**
     * Parses the node's {@code signatureShare} JSON, {@code {"ProofOfPossession":"<194 hex>"}}.
     *
     * @throws InvalidInputException naming {@code field} on malformed JSON, another scheme, the Naga
     *     object form, or a value {@link #parse} rejects
     */
    public static BlsSignatureShare fromJson(String field, String json) {
        String hex = ProofOfPossessionJson.read(field, json);
        return parse(field + "." + ProofOfPossessionJson.KEY, hex);
    }

    /** The 0-based node share index the Datil identifier stands for: {@code identifier - 1}. */
    public int shareIndex() {
        return identifier - 1;
    }

    /** The 194 lowercase hex digits of the Datil form. */
    public String hex() {
        return Hex.encode(new byte[] {(byte) identifier}) + signature.hex();
    }

    /** The node's wire form {@code {"ProofOfPossession":"<194 hex>"}}. */
    public String toJson() {
        return ProofOfPossessionJson.write(hex());
    }

    @Override
    public String toString() {
        return hex();
    }
}
