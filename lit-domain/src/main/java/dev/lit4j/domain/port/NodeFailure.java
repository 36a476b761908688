package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why one node did not contribute to a request: a {@link NodeException} carries one per failing node,
 * so that a caller (or the command line) can show each node's reason rather than a merged sentence.
 *
 * <p>Only what the node or the connection said is recorded; node error bodies carry no secrets.
 *
 * @param nodeUrl the node's URL as it was called, e.g. {@code https://15.235.83.220:7470}
 * @param kind what went wrong, broadly
 * @param httpStatus the HTTP status the node answered with, or 0 when there was no HTTP answer
 * @param errorKind the Lit error body's {@code errorKind} (e.g. {@code Validation}), or null
 * @param errorCode the Lit error body's {@code errorCode} (e.g. {@code NodePKPNotAuthorized}), or null
 * @param message the Lit error body's {@code message}, or Lit4j's description of the failure
 * @param details the Lit error body's {@code details}, outermost first; empty when there are none
 */
public record NodeFailure(
        String nodeUrl,
        Kind kind,
        int httpStatus,
        @Nullable String errorKind,
        @Nullable String errorCode,
        String message,
        List<String> details)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What went wrong with one node, broadly. */
    public enum Kind {
        /** No connection could be made, or it broke before an answer (refused, reset, unknown host). */
        UNREACHABLE,
        /** No answer within the configured time. */
        TIMEOUT,
        /** The node answered with a Lit error body ({@code errorKind}, {@code errorCode}, {@code message}). */
        LIT_ERROR,
        /** The node answered with an error status and no Lit error body. */
        HTTP_ERROR,
        /** The node answered success with a body that is not JSON or lacks what the protocol requires. */
        MALFORMED_ANSWER,
        /** The node's signature share is invalid, or no combination including it verifies. */
        INVALID_SHARE,
        /** The node's handshake values differ from those of the majority of nodes. */
        DISAGREES,
        /** The node's attestation is missing or does not match what was asked. */
        ATTESTATION
    }

    public NodeFailure {
        InvalidInputException.requireNonNull("nodeFailure.nodeUrl", nodeUrl);
        InvalidInputException.requireNonNull("nodeFailure.kind", kind);
        InvalidInputException.requireNonNull("nodeFailure.message", message);
        details = List.copyOf(InvalidInputException.requireNonNull("nodeFailure.details", details));
        if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
            throw new InvalidInputException(
                    "nodeFailure.httpStatus", "must be 0 (no HTTP answer) or 100..599, got " + httpStatus);
        }
    }

    /** A failure without an HTTP answer or Lit error body, described by Lit4j. */
    public static NodeFailure of(String nodeUrl, Kind kind, String message) {
        return new NodeFailure(nodeUrl, kind, 0, null, null, message, List.of());
    }

    /**
     * One line naming the node and its reason, e.g. {@code http://127.0.0.1:7470: NodePKPNotAuthorized
     * (HTTP 401, Validation): The PKP permissions check failed [details]}.
     */
    public String describe() {
        StringBuilder out = new StringBuilder(nodeUrl).append(": ");
        if (errorCode != null || errorKind != null || httpStatus != 0) {
            out.append(errorCode != null ? errorCode : kind.name());
            out.append(" (");
            if (httpStatus != 0) {
                out.append("HTTP ").append(httpStatus);
            }
            if (errorKind != null) {
                out.append(httpStatus != 0 ? ", " : "").append(errorKind);
            }
            out.append("): ");
        }
        out.append(message);
        if (!details.isEmpty()) {
            out.append(' ').append(details);
        }
        return out.toString();
    }
}
