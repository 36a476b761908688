package dev.lit4j.network;

import dev.lit4j.domain.LitException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.network.error.LitNodeError;

/**
 * An error answer whose body is not a plain Lit error body: the {@code /web/execute} answers of a Lit Action
 * that failed (operations spec §2.4), which carry the action's {@code logs}; on Naga the same failure becomes a
 * {@code GenericResponse} ({@link #shortText()}, {@link #errorObject}); and a Naga route's reply, sealed or not
 * ({@link #raw}). Thrown by an endpoint; the node
 * sends {@link #body} with {@link #status()}.
 */
final class ErrorAnswer extends LitException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final LitNodeError error;
    private final String actionError;
    private final String logs;
    private final String rawBody;

    private ErrorAnswer(int status, LitNodeError error, String actionError, String logs, String rawBody) {
        super(
                error != null
                        ? error.getMessage()
                        : actionError != null ? "Lit Action failed: " + actionError : "HTTP " + status);
        this.status = status;
        this.error = error;
        this.actionError = actionError;
        this.logs = logs;
        this.rawBody = rawBody;
    }

    /** HTTP {@code status} with {@code body} as it is: a Naga route's sealed or unsealed error reply. */
    static ErrorAnswer raw(int status, String body) {
        return new ErrorAnswer(status, null, null, null, body);
    }

    /** HTTP 400 {@code {"success":false,"error":"<error>","logs":"<logs>"}}: the action threw. */
    static ErrorAnswer actionThrew(String error, String logs) {
        return new ErrorAnswer(400, null, error, logs, null);
    }

    /** The Lit error body of {@code error} with the action's {@code "logs"} added, at the error's status. */
    static ErrorAnswer withLogs(LitNodeError error, String logs) {
        return new ErrorAnswer(error.status(), error, null, logs, null);
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    /**
     * The short text of a Naga node's {@code GenericResponse} for this failure (operations spec §5.8): the
     * action's own error when it threw, else the error's short text ({@code "timeout"}, {@code "memory limit"}).
     */
    String shortText() {
        return error != null ? error.shortText() : actionError;
    }

    /**
     * The {@code errorObject} of a Naga node's {@code GenericResponse} for this failure: the action's logs when it
     * threw (lit-peer sends them in that slot), else the error body with the logs.
     */
    String errorObject(String correlationId) {
        return error != null ? body(correlationId) : logs;
    }

    /** The JSON body. */
    String body(String correlationId) {
        if (rawBody != null) {
            return rawBody;
        }
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
