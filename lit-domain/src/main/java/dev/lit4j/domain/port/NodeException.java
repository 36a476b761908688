package dev.lit4j.domain.port;

import dev.lit4j.domain.LitException;

/** The Lit nodes could not be reached or refused a request; the message names each failing node. */
public class NodeException extends LitException {
    private static final long serialVersionUID = 1L;

    public NodeException(String message) {
        super(message);
    }

    public NodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
