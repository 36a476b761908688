package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.LitException;

/**
 * A node's {@code sign_session_key} answer is well-formed but its share cannot be used: it contradicts
 * itself, signs for another key or session, or repeats another node's share index. Becomes a
 * {@link dev.lit4j.domain.port.NodeFailure} of kind {@code INVALID_SHARE} for that node.
 */
public final class InvalidShareException extends LitException {
    private static final long serialVersionUID = 1L;

    public InvalidShareException(String message) {
        super(message);
    }

    public InvalidShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
