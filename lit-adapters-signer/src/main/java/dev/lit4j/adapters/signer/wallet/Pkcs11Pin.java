package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.InvalidInputException;

/**
 * The user PIN of a PKCS#11 token. It is a secret: {@link #toString()} never shows it, no exception
 * message of this package contains it, and it is read only when the token is logged in.
 *
 * <p>Immutable (it holds its own copy); thread-safe.
 */
public final class Pkcs11Pin {
    private final char[] pin;

    private Pkcs11Pin(char[] pin) {
        this.pin = pin;
    }

    /**
     * A PIN from characters; they are copied, so the caller may wipe its array afterwards.
     *
     * @throws InvalidInputException naming {@code pin} if it is null or empty
     */
    public static Pkcs11Pin of(char[] pin) {
        InvalidInputException.requireNonNull("pin", pin);
        if (pin.length == 0) {
            throw new InvalidInputException("pin", "must not be empty");
        }
        return new Pkcs11Pin(pin.clone());
    }

    /**
     * The PIN in the environment variable {@code variable}, e.g. one a secret store or the service manager
     * sets.
     *
     * @throws InvalidInputException naming {@code pin} if the variable is not set or empty (the message
     *     names the variable, not its value)
     */
    public static Pkcs11Pin fromEnvironment(String variable) {
        InvalidInputException.requireNonNull("variable", variable);
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(
                    "pin",
                    "the environment variable " + variable + " is not set or empty;"
                            + " set it to the token's user PIN");
        }
        return new Pkcs11Pin(value.toCharArray());
    }

    /** A copy of the PIN for a login, which the PKCS#11 wrapper keeps to log in again on new sessions. */
    char[] copy() {
        return pin.clone();
    }

    @Override
    public String toString() {
        return "Pkcs11Pin[not shown]";
    }
}
