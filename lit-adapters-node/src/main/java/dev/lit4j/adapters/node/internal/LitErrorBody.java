package dev.lit4j.adapters.node.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
    private LitErrorBody() {
    }

    /**
     * The failure an error answer describes, if its body is a Lit error body.
     *
     * @param status the HTTP status of the answer
     * @return empty when the body is not JSON or has no string {@code errorKind}
     */
    public static Optional<NodeFailure> parse(String nodeUrl, int status, String body) {
        JsonObject json;
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
            return Optional.of(new NodeFailure(nodeUrl, NodeFailure.Kind.LIT_ERROR, status, errorKind.get(), errorCode,
                    message, details(json.get("details"))));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }

    /**
     * The non-standard body of a Lit Action that threw on {@code /web/execute} (operations spec §2.4):
     * {@code {"success":false,"error":"<message>","logs":"<logs>"}}.
     */
    private static Optional<NodeFailure> actionError(String nodeUrl, int status, JsonObject json) {
        JsonElement success = json.get("success");
        Optional<String> error = AnswerJson.optionalString(json, "error");
        if (success == null || !success.isJsonPrimitive() || !success.getAsJsonPrimitive().isBoolean()
                || success.getAsBoolean() || error.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NodeFailure(nodeUrl, NodeFailure.Kind.LIT_ERROR, status, null, null, error.get(),
                List.of()));
    }

    private static List<String> details(JsonElement value) {
        List<String> details = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            for (JsonElement item : array) {
                details.add(item.isJsonPrimitive() ? item.getAsString() : item.toString());
            }
        }
        return details;
    }
}
