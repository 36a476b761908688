package dev.lit4j.domain;

/**
 * The root of every exception Lit4j throws. Unchecked: a caller catches the subclass it can act on.
 *
 * <p>Messages name the offending value and what would be valid, and never carry key material.
 */
public class LitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LitException(String message) {
        super(message);
    }

    public LitException(String message, Throwable cause) {
        super(message, cause);
    }
}
