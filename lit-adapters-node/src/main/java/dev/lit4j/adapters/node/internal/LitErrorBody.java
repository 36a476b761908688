package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.NodeFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Lit node's error body (node spec §6.1, lit-core {@code PublicError}):
 * {@code {"correlationId","details","errorCode","errorKind","message","status"}}, of which
 * {@code errorKind} is always present and the others may be left out; or the body of a Lit Action that threw,
 * {@code {"success":false,"error","logs"}}, whose {@code error} becomes the message.
 */
public final class LitErrorBody {
    private LitErrorBody() {}

    /**
     * The failure an error answer describes, if its body is a Lit error body.
     *
     * @param status the HTTP status of the answer
     * @return empty when the body is not JSON or has no string {@code errorKind}
     */
    public static Optional<NodeFailure> parse(String nodeUrl, int status, String body) {
        JsonValue.Obj json;
        try {
            json = AnswerJson.parseObject(body);
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
        try {
            Optional<String> errorKind = AnswerJson.optionalString(json, "errorKind");
            if (errorKind.isEmpty()) {
                return actionError(nodeUrl, status, json);
            }
            String errorCode = AnswerJson.optionalString(json, "errorCode").orElse(null);
            String message = AnswerJson.optionalString(json, "message").orElse("(no message)");
            return Optional.of(new NodeFailure(
                    nodeUrl,
                    NodeFailure.Kind.LIT_ERROR,
                    status,
                    errorKind.get(),
                    errorCode,
                    message,
                    details(AnswerJson.member(json, "details"))));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }

    /**
     * The non-standard body of a Lit Action that threw on {@code /web/execute} (operations spec §2.4):
     * {@code {"success":false,"error":"<message>","logs":"<logs>"}}.
     */
    private static Optional<NodeFailure> actionError(String nodeUrl, int status, JsonValue.Obj json) {
        Optional<String> error = AnswerJson.optionalString(json, "error");
        if (!(AnswerJson.member(json, "success") instanceof JsonValue.Bool success)
                || success.value()
                || error.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new NodeFailure(nodeUrl, NodeFailure.Kind.LIT_ERROR, status, null, null, error.get(), List.of()));
    }

    private static List<String> details(JsonValue value) {
        List<String> details = new ArrayList<>();
        if (value instanceof JsonValue.Arr array) {
            for (JsonValue item : array.items()) {
                details.add(item instanceof JsonValue.Str text ? text.value() : JsJson.stringify(item));
            }
        }
        return details;
    }
}
