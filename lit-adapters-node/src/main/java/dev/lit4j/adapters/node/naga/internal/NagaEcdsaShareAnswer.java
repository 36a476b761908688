package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.EcdsaShareQuorum;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.PkpSignRequest;

/**
 * Reads one node's opened {@code pkp/sign/v2} answer (operations spec §5.7): {@code {"success":true,
 * "signatureShare":{"EcdsaSignedMessageShare":{…}}}}, the share read by the domain's
 * {@link EcdsaSignedMessageShare}. Every node asked is in the {@code nodeSet}, so a failed share is a failure.
 */
public final class NagaEcdsaShareAnswer {
    private NagaEcdsaShareAnswer() {}

    /**
     * The node's share.
     *
     * @throws MalformedAnswerException if {@code success} is not true or the share is missing, malformed or failed
     * @throws InvalidShareException if the share is by another key or of another digest than requested
     */
    public static EcdsaSignatureShare parse(String nodeUrl, String dataJson, PkpSignRequest request) {
        JsonValue.Obj data = NagaData.object(dataJson);
        if (!(data.get("success").orElse(null) instanceof JsonValue.Bool success) || !success.value()) {
            throw new MalformedAnswerException("\"success\" is "
                    + data.get("success").map(JsJson::stringify).orElse("missing") + "; expected true");
        }
        if (!(data.get("signatureShare").orElse(null) instanceof JsonValue.Obj share)) {
            throw new MalformedAnswerException(
                    "\"signatureShare\" is " + (data.has("signatureShare") ? "not an object" : "missing")
                            + "; expected {\"" + EcdsaSignedMessageShare.TAG + "\":{…}}");
        }
        EcdsaSignatureShare parsed;
        try {
            parsed = EcdsaSignedMessageShare.fromJson("signatureShare", JsJson.stringify(share))
                    .toShare(nodeUrl);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException(e.getMessage(), e);
        }
        return EcdsaShareQuorum.requireRequested(parsed, request);
    }
}
