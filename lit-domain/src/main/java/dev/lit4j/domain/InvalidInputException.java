package dev.lit4j.domain;

import java.util.Objects;

/**
 * A value given to Lit4j — by a caller, a file or a node — that is malformed or out of range.
 *
 * <p>{@link #field()} names what was wrong (for example {@code "siwe.address"}); the message says
 * what was found and what would be valid. The offending value is quoted only when it is not secret.
 */
public class InvalidInputException extends LitException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the name of the offending field, as a user would write it
     * @param problem what is wrong and what would be valid
     */
    public InvalidInputException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
    }

    public InvalidInputException(String field, String problem, Throwable cause) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.field = field;
    }

    /** The offending field's name. */
    public String field() {
        return field;
    }

    /** Throws an {@link InvalidInputException} for {@code field} when {@code value} is null. */
    public static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is missing");
        }
        return value;
    }
}
