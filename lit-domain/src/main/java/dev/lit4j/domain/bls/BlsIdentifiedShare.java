package dev.lit4j.domain.bls;

import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A node's share of a network BLS signature with its identifier as a full element of Fr, the general form that
 * blsful 3 (Naga, operations spec §5.9) uses: there the identifier is a hash of the node's peer id; a Datil
 * {@link BlsSignatureShare} is the special case of identifiers 1..255. Combined by
 * {@link BlsShareCombiner#combineIdentified}.
 *
 * <p>On the wire a Naga node sends {@code {"ProofOfPossession":{"identifier":"<64 hex>","value":"<192 hex>"}}},
 * the identifier as 32 little-endian bytes and the value a compressed G2 point.
 *
 * @param identifier the x coordinate of the node's key share, 1..r−1
 * @param signature the node's signature under its key share
 */
public record BlsIdentifiedShare(BigInteger identifier, BlsSignature signature) {
    private static final int SCALAR_BYTES = 32;

    public BlsIdentifiedShare {
        InvalidInputException.requireNonNull("signatureShare.identifier", identifier);
        InvalidInputException.requireNonNull("signatureShare.signature", signature);
        if (identifier.signum() <= 0 || identifier.compareTo(BlsScalarField.ORDER) >= 0) {
            throw new InvalidInputException(
                    "signatureShare.identifier",
                    "must be a non-zero element of the" + " BLS12-381 scalar field (1..r−1), got 0x"
                            + identifier.toString(16));
        }
    }

    /** The share with the identifier of a Datil share (1..255). */
    public static BlsIdentifiedShare of(BlsSignatureShare datilShare) {
        return new BlsIdentifiedShare(BigInteger.valueOf(datilShare.identifier()), datilShare.signature());
    }

    /**
     * Reads a node's {@code signatureShare}: the Naga form {@code {"ProofOfPossession":{"identifier","value"}}}
     * or, as the v8 combiner also accepts it, the Datil form {@code {"ProofOfPossession":"<194 hex>"}}.
     *
     * @throws InvalidInputException naming the field: malformed JSON, another scheme, a missing, repeated or
     *     unknown key, an identifier that is not 32 bytes of hex or not a non-zero scalar below r, a value that is
     *     not a G2 signature point
     */
    public static BlsIdentifiedShare fromJson(String field, String json) {
        String path = field + "." + ProofOfPossessionJson.KEY;
        return ProofOfPossessionJson.readTagged(
                field, json, "{\"identifier\":\"<64 hex>\",\"value\":\"<192 hex>\"}", reader -> {
                    if (reader.peek() == JsonToken.STRING) {
                        return of(BlsSignatureShare.parse(path, reader.nextString()));
                    }
                    Map<String, String> members = new HashMap<>();
                    StrictJsonReading.object(path, reader, (key, keyPath) -> {
                        if (!key.equals("identifier") && !key.equals("value")) {
                            throw new InvalidInputException(
                                    keyPath, "unexpected key; a share has only identifier" + " and value");
                        }
                        members.put(key, StrictJsonReading.string(keyPath, reader));
                    });
                    String identifierHex =
                            InvalidInputException.requireNonNull(path + ".identifier", members.get("identifier"));
                    String valueHex = InvalidInputException.requireNonNull(path + ".value", members.get("value"));
                    BigInteger identifier = scalarFromLittleEndian(
                            path + ".identifier", Hex.decode(path + ".identifier", identifierHex, SCALAR_BYTES));
                    return new BlsIdentifiedShare(identifier, BlsSignature.parse(path + ".value", valueHex));
                });
    }

    /** The identifier as blsful 3 writes it: 32 bytes little-endian, 64 lowercase hex digits. */
    public String identifierHex() {
        byte[] bigEndian = identifier.toByteArray();
        byte[] little = new byte[SCALAR_BYTES];
        for (int i = 0; i < bigEndian.length && i < SCALAR_BYTES; i++) {
            little[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return Hex.encode(little);
    }

    /** The Naga wire form {@code {"ProofOfPossession":{"identifier":"<64 hex>","value":"<192 hex>"}}}. */
    public String toJson() {
        return ProofOfPossessionJson.writeIdentified(identifierHex(), signature.hex());
    }

    private static BigInteger scalarFromLittleEndian(String field, byte[] little) {
        byte[] bigEndian = new byte[little.length];
        for (int i = 0; i < little.length; i++) {
            bigEndian[i] = little[little.length - 1 - i];
        }
        BigInteger scalar = new BigInteger(1, bigEndian);
        if (scalar.signum() == 0 || scalar.compareTo(BlsScalarField.ORDER) >= 0) {
            throw new InvalidInputException(
                    field,
                    "must be a non-zero scalar below the BLS12-381 group order r" + " (32 bytes little-endian), got "
                            + Hex.encode(little));
        }
        return scalar;
    }
}
