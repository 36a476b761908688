package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.EcdsaShareQuorum;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.PkpSignRequest;
import java.util.Optional;

/**
 * Reads one node's {@code /web/pkp/sign/v1} answer (operations spec §1.4–1.5): {@code success}, and a
 * snake_case {@code signatureShare} whose k256 values are quoted hex. A node outside the signing subset answers
 * the "fail share" (empty {@code signature_share}), which is no share and no error.
 */
final class EcdsaShareAnswer {
    private EcdsaShareAnswer() {}

    /**
     * The node's share, or empty for the fail share.
     *
     * @throws MalformedAnswerException if a field is missing or malformed
     * @throws InvalidShareException if the share is for another key or digest than requested, or not K256
     */
    static Optional<EcdsaSignatureShare> parse(String nodeUrl, JsonValue.Obj body, PkpSignRequest request) {
        if (!AnswerJson.isTrue(body, "success")) {
            throw new MalformedAnswerException(
                    "\"success\" is " + AnswerJson.describe(AnswerJson.member(body, "success")) + "; expected true");
        }
        JsonValue value = AnswerJson.member(body, "signatureShare");
        if (!(value instanceof JsonValue.Obj share)) {
            throw new MalformedAnswerException("\"signatureShare\" is " + (value == null ? "missing" : "not an object")
                    + "; expected the node's SignedMessageShare");
        }
        String signatureShare = unquoted(share, "signature_share");
        if (signatureShare.isEmpty()) {
            return Optional.empty();
        }
        String sigType = unquoted(share, "sig_type");
        if (!"K256".equals(sigType)) {
            throw new InvalidShareException("its sig_type is " + AnswerJson.quote(sigType) + "; a PKP signs with K256");
        }
        EcdsaSignatureShare parsed;
        try {
            parsed = EcdsaSignatureShare.of(
                    nodeUrl,
                    signatureShare,
                    unquoted(share, "big_r"),
                    unquoted(share, "public_key"),
                    unquoted(share, "digest"));
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException("its signatureShare." + e.getMessage(), e);
        }
        return Optional.of(EcdsaShareQuorum.requireRequested(parsed, request));
    }

    /** The string {@code key} with the node's {@code "} quotes removed, as the JS SDK strips them. */
    private static String unquoted(JsonValue.Obj share, String key) {
        return AnswerJson.optionalString(share, key)
                .orElseThrow(() -> new MalformedAnswerException("\"signatureShare." + key + "\" is missing"))
                .replace("\"", "");
    }
}
