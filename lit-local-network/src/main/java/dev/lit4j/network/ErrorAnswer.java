package dev.lit4j.network;

import dev.lit4j.domain.LitException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.network.error.LitNodeError;

/**
 * An error answer whose body is not a plain Lit error body: the {@code /web/execute} answers of a Lit Action
 * that failed (operations spec §2.4), which carry the action's {@code logs}. Thrown by an endpoint; the node
 * sends {@link #body} with {@link #status()}.
 */
final class ErrorAnswer extends LitException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final LitNodeError error;
    private final String actionError;
    private final String logs;

    private ErrorAnswer(int status, LitNodeError error, String actionError, String logs) {
        super(error != null ? error.getMessage() : "Lit Action failed: " + actionError);
        this.status = status;
        this.error = error;
        this.actionError = actionError;
        this.logs = logs;
    }

    /** HTTP 400 {@code {"success":false,"error":"<error>","logs":"<logs>"}}: the action threw. */
    static ErrorAnswer actionThrew(String error, String logs) {
        return new ErrorAnswer(400, null, error, logs);
    }

    /** The Lit error body of {@code error} with the action's {@code "logs"} added, at the error's status. */
    static ErrorAnswer withLogs(LitNodeError error, String logs) {
        return new ErrorAnswer(error.status(), error, null, logs);
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    /** The JSON body. */
    String body(String correlationId) {
        StringBuilder out = new StringBuilder(256);
        if (error != null) {
            String json = error.toPublicJson(correlationId);
            out.append(json, 0, json.length() - 1).append(',');
        } else {
            out.append('{');
            JsJson.key(out, "success");
            out.append("false,");
            JsJson.key(out, "error");
            JsJson.quote(out, actionError);
            out.append(',');
        }
        JsJson.key(out, "logs");
        JsJson.quote(out, logs);
        return out.append('}').toString();
    }
}
