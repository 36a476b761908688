package dev.lit4j.domain.port;

import dev.lit4j.domain.LitException;

/** A {@link SessionStore} could not read or write: a backend failure or an unreadable entry. */
public class SessionStoreException extends LitException {
    private static final long serialVersionUID = 1L;

    public SessionStoreException(String message) {
        super(message);
    }

    public SessionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
