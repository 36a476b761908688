package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.naga.NagaEnvelope;
import dev.lit4j.domain.naga.OpenedEnvelope;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;

/**
 * A Naga {@code /v2} route (operations spec §5.3, §5.10): opens the request's E2EE envelope with the node's
 * identity key, runs the operation on the inner JSON, and seals its {@link GenericResponse} to the request's
 * {@code verification_key}: {@code {"ok":true,…,"data":{…}}} with HTTP 200, or {@code {"ok":false,"error":"<short
 * text>","errorObject":"<PublicError JSON>","data":null}} with the error's status.
 *
 * <p>A request that does not open, or whose plaintext is not the operation's JSON object (lit-peer decodes the
 * request type while it decrypts), is answered with the same shape <em>unsealed</em>, {@code "error":"can't
 * decrypt"}, an uncoded {@code Unexpected} error, HTTP 500. Thread-safe if the operation is.
 */
final class SealedEndpoint implements NodeEndpoint {
    private static final String CANT_DECRYPT = "can't decrypt";

    private final NodeEndpoint operation;

    /** @param operation the operation run on the opened request */
    SealedEndpoint(NodeEndpoint operation) {
        this.operation = operation;
    }

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        OpenedEnvelope opened;
        NodeRequest inner;
        try {
            opened = NagaEnvelope.parse(request.body().toString()).open(node.identityKey());
            JsonElement plaintext = JsonParser.parseString(opened.plaintext());
            if (!plaintext.isJsonObject()) {
                throw new InvalidInputException(
                        "plaintext",
                        "expected the request's JSON object, found "
                                + (plaintext.isJsonArray()
                                        ? "an array"
                                        : plaintext.isJsonNull() ? "null" : "a scalar"));
            }
            inner = request.withBody(plaintext.getAsJsonObject());
        } catch (InvalidInputException | JsonParseException e) {
            throw undecryptable(request, e.getMessage());
        }
        GenericResponse reply;
        int status;
        try {
            reply = GenericResponse.success(operation.handle(inner, node).toString());
            status = 200;
        } catch (LitNodeError e) {
            if (NodeRequest.isInvalidBody(e)) {
                throw undecryptable(request, String.join("; ", e.details()));
            }
            reply = GenericResponse.failure(e.shortText(), e.toPublicJson(request.correlationId()));
            status = e.status();
        } catch (ErrorAnswer e) {
            reply = GenericResponse.failure(e.shortText(), e.errorObject(request.correlationId()));
            status = e.status();
        } catch (RuntimeException e) {
            LitNodeError error =
                    LitNodeError.uncoded(ErrorKind.UNEXPECTED, e.getClass().getSimpleName() + ": " + e.getMessage());
            reply = GenericResponse.failure(error.shortText(), error.toPublicJson(request.correlationId()));
            status = error.status();
        }
        String sealed = NagaEnvelope.seal(
                        node.identityKey(),
                        opened.sender(),
                        reply.toJson(),
                        node.clock().instant())
                .toJson();
        if (status != 200) {
            throw ErrorAnswer.raw(status, sealed);
        }
        return JsonParser.parseString(sealed);
    }

    private static ErrorAnswer undecryptable(NodeRequest request, String detail) {
        LitNodeError error = LitNodeError.uncoded(ErrorKind.UNEXPECTED, detail);
        return ErrorAnswer.raw(
                error.status(),
                GenericResponse.failure(CANT_DECRYPT, error.toPublicJson(request.correlationId()))
                        .toJson());
    }
}
