package dev.lit4j.adapters.node.naga.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.HandshakeAnswer;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.PrintableText;
import dev.lit4j.domain.naga.BoxPublicKey;

/**
 * One node's Naga handshake answer (node spec §4, operations spec §5.2): the wrapped {@code {ok, error,
 * errorObject, data}}, whose {@code data} holds the Datil fields (read as Datil reads them) plus
 * {@code nodeIdentityKey} and {@code epoch}.
 *
 * @param answer the Datil fields: the network keys, the block hash, the attestation
 * @param identityKey the node's X25519 key for the E2EE envelope
 * @param epoch the node's epoch
 */
public record NagaHandshakeAnswer(HandshakeAnswer answer, BoxPublicKey identityKey, long epoch) {

    /**
     * Reads a node's wrapped handshake answer.
     *
     * @throws MalformedAnswerException if {@code ok} is not true (with the node's error, escaped and bounded),
     *     {@code data} is not an object, or a Datil field, {@code nodeIdentityKey} or {@code epoch} is missing or
     *     malformed
     */
    public static NagaHandshakeAnswer parse(String nodeUrl, JsonObject body) {
        JsonElement ok = body.get("ok");
        if (ok == null || !ok.isJsonPrimitive() || !ok.getAsJsonPrimitive().isBoolean()) {
            throw new MalformedAnswerException("\"ok\" is " + AnswerJson.describe(ok) + "; a Naga node wraps its"
                    + " handshake answer in {ok, error, errorObject, data}");
        }
        if (!ok.getAsBoolean()) {
            throw new MalformedAnswerException("the node refused the handshake: "
                    + PrintableText.of(AnswerJson.optionalString(body, "error").orElse("(no error)"))
                    + AnswerJson.optionalString(body, "errorObject").map(o -> " " + PrintableText.of(o)).orElse(""));
        }
        JsonElement data = body.get("data");
        if (data == null || !data.isJsonObject()) {
            throw new MalformedAnswerException("\"data\" is " + AnswerJson.describe(data) + "; expected the handshake"
                    + " fields");
        }
        JsonObject fields = data.getAsJsonObject();
        HandshakeAnswer answer = HandshakeAnswer.parse(nodeUrl, fields);
        String key = AnswerJson.optionalString(fields, "nodeIdentityKey").orElseThrow(() ->
                new MalformedAnswerException("\"data.nodeIdentityKey\" is missing; a Naga node states its E2EE key"));
        BoxPublicKey identityKey;
        try {
            identityKey = BoxPublicKey.parse("data.nodeIdentityKey", key);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException(e.getMessage(), e);
        }
        return new NagaHandshakeAnswer(answer, identityKey, epoch(fields.get("epoch")));
    }

    private static long epoch(JsonElement value) {
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new MalformedAnswerException("\"data.epoch\" is " + AnswerJson.describe(value)
                    + "; expected the node's epoch number");
        }
        String text = value.getAsString();
        try {
            long epoch = Long.parseLong(text);
            if (epoch < 0) {
                throw new NumberFormatException();
            }
            return epoch;
        } catch (NumberFormatException e) {
            throw new MalformedAnswerException("\"data.epoch\" is " + PrintableText.of(text)
                    + "; expected a whole number of at least 0");
        }
    }
}
