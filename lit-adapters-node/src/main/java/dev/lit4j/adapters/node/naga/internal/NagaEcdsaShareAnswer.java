package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.PrintableText;
import dev.lit4j.domain.pkp.EcdsaSignatureShare;
import dev.lit4j.domain.port.PkpSignRequest;
import java.util.Optional;

/**
 * Reads one node's opened {@code pkp/sign/v2} answer (operations spec §5.7): {@code {"success":true,
 * "signatureShare":{"EcdsaSignedMessageShare":{…}}}} whose {@code digest} is plain hex and whose other values are
 * quoted hex, {@code sig_type} the scheme name. A share whose {@code result} is not {@code "success"} (a node's fail
 * share) is no share and no error.
 */
public final class NagaEcdsaShareAnswer {
    private NagaEcdsaShareAnswer() {
    }

    /**
     * The node's share, or empty for a fail share.
     *
     * @throws MalformedAnswerException if a field is missing or malformed
     * @throws InvalidShareException if the share is of another scheme, key or digest than requested
     */
    public static Optional<EcdsaSignatureShare> parse(String nodeUrl, JsonValue.Obj data, PkpSignRequest request) {
        if (!(data.get("success").orElse(null) instanceof JsonValue.Bool success) || !success.value()) {
            throw new MalformedAnswerException("\"success\" is " + data.get("success").map(Object::toString)
                    .orElse("missing") + "; expected true");
        }
        if (!(data.get("signatureShare").orElse(null) instanceof JsonValue.Obj wrapper)) {
            throw new MalformedAnswerException("\"signatureShare\" is not an object; expected"
                    + " {\"EcdsaSignedMessageShare\":{…}}");
        }
        if (!(wrapper.get("EcdsaSignedMessageShare").orElse(null) instanceof JsonValue.Obj share)) {
            throw new InvalidShareException("its signatureShare is " + PrintableText.of(String.join(",",
                    wrapper.names())) + ", not an EcdsaSignedMessageShare");
        }
        if (!"success".equals(unquoted(share, "result"))) {
            return Optional.empty();
        }
        String sigType = unquoted(share, "sig_type");
        if (!NagaPkpSignBody.SIGNING_SCHEME.equals(sigType)) {
            throw new InvalidShareException("its sig_type is " + PrintableText.of(sigType) + "; the request was for "
                    + NagaPkpSignBody.SIGNING_SCHEME);
        }
        EcdsaSignatureShare parsed;
        try {
            parsed = EcdsaSignatureShare.of(nodeUrl, unquoted(share, "signature_share"), unquoted(share, "big_r"),
                    unquoted(share, "public_key"), unquoted(share, "digest"));
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException("its signatureShare." + e.getMessage(), e);
        }
        if (!parsed.publicKey().equals(request.pkpPublicKey())) {
            throw new InvalidShareException("it signed with the key " + parsed.publicKey() + ", not with the PKP "
                    + request.pkpPublicKey());
        }
        if (!parsed.dataSigned().equals(request.toSign())) {
            throw new InvalidShareException("it signed " + parsed.dataSigned() + ", not the requested "
                    + request.toSign());
        }
        return Optional.of(parsed);
    }

    // the string member with the node's " quotes removed, as the JS SDK strips them
    private static String unquoted(JsonValue.Obj share, String key) {
        if (!(share.get(key).orElse(null) instanceof JsonValue.Str text)) {
            throw new MalformedAnswerException("\"signatureShare.EcdsaSignedMessageShare." + key + "\" is "
                    + (share.has(key) ? "not a string" : "missing"));
        }
        return text.value().replace("\"", "");
    }
}
