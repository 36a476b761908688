package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;

/**
 * RFC 3986 syntax checks for the URIs and authorities that appear in SIWE messages and ReCaps.
 *
 * <p>The check is at the character level: a scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )})
 * and a colon, then only unreserved, reserved and well-formed percent-encoded characters, with at most
 * one {@code #}. It does not validate the inner structure of hosts or paths. {@code lit:session:…},
 * {@code lit:capability:delegation}, {@code urn:recap:…} and {@code lit-pkp://*} all pass; white space,
 * quotes, backslashes, non-ASCII and control characters do not.
 */
public final class UriSyntax {
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String UNRESERVED_MARKS = "-._~";

    private UriSyntax() {}

    /** True if {@code text} is an RFC 3986 URI, as far as this class checks. */
    public static boolean isUri(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        boolean fragment = false;
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '%') {
                if (!isPercentEscape(text, i)) {
                    return false;
                }
                i += 2;
            } else if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0 && ":/?[]@".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Requires an RFC 3986 URI.
     *
     * @throws InvalidInputException naming {@code field} otherwise
     */
    public static String requireUri(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        if (!isUri(text)) {
            throw new InvalidInputException(
                    field,
                    "not an RFC 3986 URI: \"" + text
                            + "\" (expected <scheme>:<rest>, e.g. lit:session:<hex> or https://example.com/login)");
        }
        return text;
    }

    /**
     * Requires an RFC 3986 authority ({@code [userinfo@]host[:port]}), as the first SIWE line carries.
     *
     * @throws InvalidInputException naming {@code field} when it is empty or has a character an
     *     authority cannot hold (such as {@code /}, {@code ?}, {@code #} or white space)
     */
    public static String requireAuthority(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        boolean valid = !text.isEmpty();
        for (int i = 0; valid && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                valid = isPercentEscape(text, i);
                i += 2;
            } else {
                valid = isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || ":@[]".indexOf(c) >= 0;
            }
        }
        if (!valid) {
            throw new InvalidInputException(
                    field,
                    "not an RFC 3986 authority: \"" + text
                            + "\" (expected a host with an optional port, e.g. localhost or example.com:8443)");
        }
        return text;
    }

    private static boolean isPercentEscape(String text, int at) {
        return at + 2 < text.length()
                && Character.digit(text.charAt(at + 1), 16) >= 0
                && Character.digit(text.charAt(at + 2), 16) >= 0
                && text.charAt(at + 1) < 0x80
                && text.charAt(at + 2) < 0x80;
    }

    private static boolean isUnreserved(char c) {
        return isAsciiLetter(c) || isDigit(c) || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
