package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.LitException;

/**
 * A node's answer lacks what the protocol requires; the message says what, quoting the offending
 * (public) value. Becomes a {@link dev.lit4j.domain.port.NodeFailure} for that node.
 */
public final class MalformedAnswerException extends LitException {
    private static final long serialVersionUID = 1L;

    public MalformedAnswerException(String message) {
        super(message);
    }

    public MalformedAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
