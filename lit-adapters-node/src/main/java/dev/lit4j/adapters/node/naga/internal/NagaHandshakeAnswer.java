package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.HandshakeAnswer;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.PrintableText;
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
    public static NagaHandshakeAnswer parse(String nodeUrl, JsonValue.Obj body) {
        JsonValue ok = AnswerJson.member(body, "ok");
        if (!(ok instanceof JsonValue.Bool okFlag)) {
            throw new MalformedAnswerException("\"ok\" is " + AnswerJson.describe(ok) + "; a Naga node wraps its"
                    + " handshake answer in {ok, error, errorObject, data}");
        }
        if (!okFlag.value()) {
            throw new MalformedAnswerException("the node refused the handshake: "
                    + PrintableText.of(AnswerJson.optionalString(body, "error").orElse("(no error)"))
                    + AnswerJson.optionalString(body, "errorObject")
                            .map(o -> " " + PrintableText.of(o))
                            .orElse(""));
        }
        JsonValue data = AnswerJson.member(body, "data");
        if (!(data instanceof JsonValue.Obj fields)) {
            throw new MalformedAnswerException(
                    "\"data\" is " + AnswerJson.describe(data) + "; expected the handshake" + " fields");
        }
        HandshakeAnswer answer = HandshakeAnswer.parse(nodeUrl, fields);
        String key = AnswerJson.optionalString(fields, "nodeIdentityKey")
                .orElseThrow(() -> new MalformedAnswerException(
                        "\"data.nodeIdentityKey\" is missing; a Naga node states its E2EE key"));
        BoxPublicKey identityKey;
        try {
            identityKey = BoxPublicKey.parse("data.nodeIdentityKey", key);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException(e.getMessage(), e);
        }
        return new NagaHandshakeAnswer(answer, identityKey, epoch(AnswerJson.member(fields, "epoch")));
    }

    // a JSON number holds integers exactly up to 2^53, as JavaScript does
    private static final double MAX_EXACT = 9007199254740992d;

    private static long epoch(JsonValue value) {
        if (!(value instanceof JsonValue.Num number)) {
            throw new MalformedAnswerException(
                    "\"data.epoch\" is " + AnswerJson.describe(value) + "; expected the node's epoch number");
        }
        double epoch = number.value();
        if (epoch < 0 || epoch > MAX_EXACT || epoch != Math.rint(epoch)) {
            throw new MalformedAnswerException(
                    "\"data.epoch\" is " + AnswerJson.describe(value) + "; expected a whole number of at least 0");
        }
        return (long) epoch;
    }
}
