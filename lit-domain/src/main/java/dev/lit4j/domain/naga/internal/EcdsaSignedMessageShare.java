package dev.lit4j.domain.naga.internal;

import com.google.gson.stream.JsonReader;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import dev.lit4j.domain.naga.PeerId;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.crypto.Sign;

/**
 * A Naga node's ECDSA signature share, lit-node-core's {@code EcdsaSignedMessageShare} (operations spec §5.7):
 * the {@code signatureShare} of a {@code pkp/sign/v2} answer, and inside the JSON string of an
 * {@code execute/v2} {@code signedData} entry. Only successful {@code EcdsaK256Sha256} shares are held: those
 * are what the v8 combiner and {@link dev.lit4j.domain.pkp.internal.EcdsaShareCombiner} use.
 *
 * <p>{@link #toJson()} writes the form a lit-peer node sends, so a node simulator can produce it; {@link
 * #fromJson} reads it in any hex case and {@link #toShare} hands it to the existing combiner.
 *
 * @param digest the signed digest ({@code digest}, plain hex on the wire)
 * @param shareId the participant id scalar ({@code share_id})
 * @param peerId the node's peer id ({@code peer_id})
 * @param signatureShare the Lagrange-weighted {@code sᵢ} ({@code signature_share}), below the curve order
 * @param bigR the nonce point R, SEC1 compressed, 66 lowercase hex digits ({@code big_r})
 * @param publicKey the PKP key ({@code public_key}; {@code compressed_public_key} is its compressed form)
 */
public record EcdsaSignedMessageShare(
        DataToSign digest,
        BigInteger shareId,
        PeerId peerId,
        BigInteger signatureShare,
        String bigR,
        PkpPublicKey publicKey) {
    /** The wire tag of the share, {@code "EcdsaSignedMessageShare"}. */
    public static final String TAG = "EcdsaSignedMessageShare";
    /** The only signing scheme handled, lit-node-core's {@code SigningScheme} name {@code "EcdsaK256Sha256"}. */
    public static final String SIG_TYPE = "EcdsaK256Sha256";

    private static final List<String> FIELDS = List.of(
            "digest",
            "result",
            "share_id",
            "peer_id",
            "signature_share",
            "big_r",
            "compressed_public_key",
            "public_key",
            "sig_type");

    public EcdsaSignedMessageShare {
        InvalidInputException.requireNonNull("share.digest", digest);
        InvalidInputException.requireNonNull("share.share_id", shareId);
        InvalidInputException.requireNonNull("share.peer_id", peerId);
        InvalidInputException.requireNonNull("share.publicKey", publicKey);
        // the Datil share type checks the scalar range and R
        new EcdsaSignatureShare("peer " + peerId, signatureShare, bigR, publicKey, digest);
        if (shareId.signum() < 0 || shareId.bitLength() > 256) {
            throw new InvalidInputException(
                    "share.share_id", "must be a 32-byte scalar, got 0x" + shareId.toString(16));
        }
    }

    /**
     * Reads {@code {"EcdsaSignedMessageShare":{…}}} as a node sends it.
     *
     * @throws InvalidInputException naming the field: not JSON, another share kind (Frost, BLS), a missing or
     *     repeated field, a failed share ({@code result} not {@code "success"}), a {@code sig_type} other than
     *     {@code EcdsaK256Sha256}, a quoted field without its quotes, bad hex, a {@code compressed_public_key}
     *     that is not {@code public_key}, or values the share refuses
     */
    public static EcdsaSignedMessageShare fromJson(String field, String json) {
        Map<String, String> values = new HashMap<>();
        String path = field + "." + TAG;
        StrictJsonReading.document(field, json, "the signature share", reader -> {
            StrictJsonReading.object(field, reader, (kind, kindPath) -> {
                if (!kind.equals(TAG)) {
                    throw new InvalidInputException(
                            field,
                            "unsupported share kind \"" + PrintableText.of(kind, 40) + "\"; only " + TAG
                                    + " (ECDSA) is combined here");
                }
                readFields(kindPath, reader, values);
            });
            return null;
        });
        if (values.isEmpty()) {
            throw new InvalidInputException(field, "expected {\"" + TAG + "\":{…}}, found an empty object");
        }
        for (String name : FIELDS) {
            InvalidInputException.requireNonNull(path + "." + name, values.get(name));
        }
        if (!values.get("result").equals("success")) {
            throw new InvalidInputException(
                    path + ".result",
                    "the node reports a failed share (\"" + PrintableText.of(values.get("result"), 40)
                            + "\"); only \"success\" shares combine");
        }
        if (!values.get("sig_type").equals(SIG_TYPE)) {
            throw new InvalidInputException(
                    path + ".sig_type",
                    "unsupported signing scheme \"" + PrintableText.of(values.get("sig_type"), 40)
                            + "\"; Lit4j combines " + SIG_TYPE);
        }
        PkpPublicKey key =
                PkpPublicKey.parse(path + ".public_key", unquote(path + ".public_key", values.get("public_key")));
        String compressed = unquote(path + ".compressed_public_key", values.get("compressed_public_key"));
        if (!Hex.encode(Hex.decode(path + ".compressed_public_key", compressed, 33))
                .equals(compress(key))) {
            throw new InvalidInputException(
                    path + ".compressed_public_key",
                    "is not the compressed form of public_key " + key.hex() + " (expected " + compress(key) + ")");
        }
        EcdsaSignatureShare datil = EcdsaSignatureShare.of(
                "peer",
                unquote(path + ".signature_share", values.get("signature_share")),
                unquote(path + ".big_r", values.get("big_r")),
                key.hex(),
                values.get("digest"));
        return new EcdsaSignedMessageShare(
                datil.dataSigned(),
                new BigInteger(
                        1,
                        Hex.decodeOptional0x(
                                path + ".share_id", unquote(path + ".share_id", values.get("share_id")), 32)),
                PeerId.parse(path + ".peer_id", values.get("peer_id")),
                datil.share(),
                datil.bigR(),
                key);
    }

    private static void readFields(String path, JsonReader reader, Map<String, String> values) throws IOException {
        StrictJsonReading.object(path, reader, (name, namePath) -> {
            if (FIELDS.contains(name)) {
                values.put(name, StrictJsonReading.string(namePath, reader));
            } else {
                reader.skipValue();
            }
        });
    }

    private static String unquote(String field, String text) {
        if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
            throw new InvalidInputException(
                    field,
                    "expected a quoted hex string as lit-peer writes it" + " (\"\\\"<hex>\\\"\"), got \""
                            + PrintableText.of(text, 80) + "\"");
        }
        return text.substring(1, text.length() - 1);
    }

    private static String compress(PkpPublicKey key) {
        return Hex.encode(Sign.CURVE_PARAMS.getCurve().decodePoint(key.bytes()).getEncoded(true));
    }

    /** The share in the form {@link dev.lit4j.domain.pkp.internal.EcdsaShareCombiner} combines, labelled with the node. */
    public EcdsaSignatureShare toShare(String nodeUrl) {
        return new EcdsaSignatureShare(nodeUrl, signatureShare, bigR, publicKey, digest);
    }

    /**
     * The node's wire form: {@code {"EcdsaSignedMessageShare":{"digest","result","share_id","peer_id",
     * "signature_share","big_r","compressed_public_key","public_key","sig_type"}}}, scalars and R quoted upper-case
     * hex, keys quoted lower-case hex, the digest plain lower-case hex.
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(700).append('{');
        JsJson.key(out, TAG);
        out.append('{');
        member(out, "digest", digest.hex());
        member(out, "result", "success");
        member(out, "share_id", quoted(String.format(Locale.ROOT, "%064X", shareId)));
        member(out, "peer_id", peerId.hex());
        member(out, "signature_share", quoted(String.format(Locale.ROOT, "%064X", signatureShare)));
        member(out, "big_r", quoted(bigR.toUpperCase(Locale.ROOT)));
        member(out, "compressed_public_key", quoted(compress(publicKey)));
        member(out, "public_key", quoted(publicKey.hex()));
        JsJson.key(out, "sig_type");
        JsJson.quote(out, SIG_TYPE);
        return out.append("}}").toString();
    }

    private static String quoted(String hex) {
        return "\"" + hex + "\"";
    }

    private static void member(StringBuilder out, String name, String value) {
        JsJson.key(out, name);
        JsJson.quote(out, value);
        out.append(',');
    }
}
