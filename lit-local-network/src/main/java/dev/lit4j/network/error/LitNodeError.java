package dev.lit4j.network.error;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.codec.internal.JsJson;
import java.util.List;
import java.util.Objects;

/**
 * An error a local Lit node answers with, in the shape of lit-core's {@code PublicError} (node spec §6.1).
 *
 * <p>Endpoint code throws it, and the node turns it into an HTTP response whose status is
 * {@link #status()} and whose body is {@link #toPublicJson(String)}:
 * {@code {"correlationId","details","errorCode","errorKind","message","status"}}, keys in that
 * (alphabetical) order, absent or empty ones left out.
 *
 * <pre>{@code
 * throw LitNodeError.of(NodeErrorCode.NODE_PKP_NOT_AUTHORIZED,
 *         "None of the AuthMethods, AuthSig or Lit Actions meet the required scope [2]");
 * }</pre>
 *
 * <p>Instances are immutable; the {@code with…} methods return modified copies.
 */
public final class LitNodeError extends LitException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final NodeErrorCode code;
    private final int status;
    private final String publicMessage;
    private final List<String> details;
    private final String shortText;

    private LitNodeError(
            ErrorKind kind,
            NodeErrorCode code,
            int status,
            String publicMessage,
            List<String> details,
            String shortText) {
        super(summary(kind, code, status, publicMessage, details));
        this.kind = kind;
        this.code = code;
        this.status = status;
        this.publicMessage = publicMessage;
        this.details = details;
        this.shortText = shortText;
    }

    /**
     * An error carrying {@code code}: its status, kind and message come from the code.
     *
     * @param details the detail strings, outermost first (the node's {@code details} array)
     */
    public static LitNodeError of(NodeErrorCode code, String... details) {
        Objects.requireNonNull(code, "code");
        return new LitNodeError(code.kind(), code, code.status(), code.message(), List.of(details), null);
    }

    /**
     * An error without a code, as a node reports one: status 500 and the kind's description as
     * {@code message}.
     */
    public static LitNodeError uncoded(ErrorKind kind, String... details) {
        Objects.requireNonNull(kind, "kind");
        return new LitNodeError(kind, null, 500, kind.description(), List.of(details), null);
    }

    /**
     * This error raised as another kind; a node does that with e.g. {@code conversion_err_code}, which
     * gives a code's error the kind {@code Conversion}.
     */
    public LitNodeError withKind(ErrorKind newKind) {
        Objects.requireNonNull(newKind, "kind");
        return new LitNodeError(newKind, code, status, publicMessage, details, shortText);
    }

    /**
     * This error answered with another HTTP status (which the body's {@code status} then shows too), for
     * the places where a node's status differs from its code's: the request guards answer 418, a body
     * that does not parse 400 or 422.
     */
    public LitNodeError withStatus(int newStatus) {
        if (newStatus < 400 || newStatus > 599) {
            throw new InvalidInputException("status", "an error status must be 400..599, got " + newStatus);
        }
        return new LitNodeError(kind, code, newStatus, publicMessage, details, shortText);
    }

    /**
     * This error with the short text a Naga node puts in its {@code GenericResponse}'s {@code error} for the step
     * that failed, e.g. {@code "invalid user address"} (operations spec §5.3); an error that already has one keeps
     * it (the innermost step names the failure). A Datil answer does not show it.
     */
    public LitNodeError withShortText(String text) {
        InvalidInputException.requireNonNull("text", text);
        return shortText != null ? this : new LitNodeError(kind, code, status, publicMessage, details, text);
    }

    /** The Naga short text of {@link #withShortText}, else the body's {@code message}. */
    public String shortText() {
        return shortText != null ? shortText : publicMessage;
    }

    /** The {@code errorKind}. */
    public ErrorKind kind() {
        return kind;
    }

    /** The code, or null for an uncoded error. */
    public NodeErrorCode code() {
        return code;
    }

    /** The HTTP status, equal to the body's {@code status}. */
    public int status() {
        return status;
    }

    /** The body's {@code message}: the code's description, or the kind's for an uncoded error. */
    public String publicMessage() {
        return publicMessage;
    }

    /** The body's {@code details}, outermost first. */
    public List<String> details() {
        return details;
    }

    /**
     * The JSON body a node sends for this error.
     *
     * @param correlationId the request's correlation id, or null to leave the key out
     */
    public String toPublicJson(String correlationId) {
        StringBuilder out = new StringBuilder(256);
        out.append('{');
        if (correlationId != null && !correlationId.isEmpty()) {
            JsJson.key(out, "correlationId");
            JsJson.quote(out, correlationId);
            out.append(',');
        }
        if (!details.isEmpty()) {
            JsJson.key(out, "details");
            out.append('[');
            for (int i = 0; i < details.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsJson.quote(out, details.get(i));
            }
            out.append("],");
        }
        if (code != null) {
            JsJson.key(out, "errorCode");
            JsJson.quote(out, code.wireName());
            out.append(',');
        }
        JsJson.key(out, "errorKind");
        JsJson.quote(out, kind.wireName());
        out.append(',');
        JsJson.key(out, "message");
        JsJson.quote(out, publicMessage);
        out.append(',');
        JsJson.key(out, "status");
        out.append(status);
        out.append('}');
        return out.toString();
    }

    private static String summary(
            ErrorKind kind, NodeErrorCode code, int status, String message, List<String> details) {
        String name = code == null ? kind.wireName() : code.wireName();
        return name + " (" + status + "): " + message + (details.isEmpty() ? "" : " " + details);
    }
}
