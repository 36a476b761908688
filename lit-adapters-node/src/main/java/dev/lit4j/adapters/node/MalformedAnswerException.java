package dev.lit4j.adapters.node;

import dev.lit4j.domain.LitException;

/**
 * A node's answer lacks what the protocol requires; the message says what, quoting the offending
 * (public) value. Becomes a {@link dev.lit4j.domain.port.NodeFailure} for that node.
 */
final class MalformedAnswerException extends LitException {
    private static final long serialVersionUID = 1L;

    MalformedAnswerException(String message) {
        super(message);
    }

    MalformedAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
