package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;

/**
 * Text from outside — addresses, node addresses, statements, URIs, node answers — made safe to print in
 * a report or on a terminal: it cannot break a line, move the cursor, colour or reorder what follows, and
 * it cannot make the report arbitrarily long.
 *
 * <ul>
 *   <li>Every character that is not shown as itself is written as a visible escape: line feed, carriage
 *       return and tab as {@code \n}, {@code \r}, {@code \t}; every other control character (C0, DEL,
 *       C1, which includes ESC and NEL), line and paragraph separator (U+2028, U+2029), format character
 *       (the bidi overrides and isolates U+202A–U+202E and U+2066–U+2069, marks, zero-width characters)
 *       lone surrogate, private-use and unassigned code point as {@code \}{@code uXXXX}, or
 *       {@code \}{@code u{XXXXX}} above U+FFFF.
 *       A backslash is kept as it is, so escaping escaped text changes nothing.</li>
 *   <li>The text is cut after a maximum number of characters (never inside a surrogate pair) and the cut is
 *       marked {@code … (N more characters)}.</li>
 * </ul>
 * Stateless.
 */
public final class PrintableText {
    /** The bound for one value: an address, a URI, a statement. */
    public static final int MAX_VALUE_LENGTH = 200;
    /** The bound for one line of a report, which may quote several bounded values. */
    public static final int MAX_LINE_LENGTH = 2_000;

    private PrintableText() {}

    /** {@code text} escaped and cut after {@link #MAX_VALUE_LENGTH} characters. */
    public static String of(String text) {
        return of(text, MAX_VALUE_LENGTH);
    }

    /**
     * {@code text} escaped and cut after {@code maxLength} characters of the original.
     *
     * @throws InvalidInputException if {@code text} is null or {@code maxLength} is less than 1
     */
    public static String of(String text, int maxLength) {
        InvalidInputException.requireNonNull("text", text);
        if (maxLength < 1) {
            throw new InvalidInputException("maxLength", "must be at least 1, got " + maxLength);
        }
        int end = text.length();
        if (end > maxLength) {
            end = Character.isHighSurrogate(text.charAt(maxLength - 1))
                            && Character.isLowSurrogate(text.charAt(maxLength))
                    ? maxLength - 1
                    : maxLength;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength) + 16);
        for (int i = 0; i < end; ) {
            int codePoint = text.codePointAt(i);
            appendEscaped(out, codePoint);
            i += Character.charCount(codePoint);
        }
        if (end < text.length()) {
            int left = text.length() - end;
            out.append("… (").append(left).append(left == 1 ? " more character)" : " more characters)");
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (!isShownAsItself(codePoint)) {
                    String hex = Integer.toHexString(codePoint);
                    out.append(codePoint > 0xFFFF ? "\\u{" + hex + "}" : "\\u" + "0".repeat(4 - hex.length()) + hex);
                } else {
                    out.appendCodePoint(codePoint);
                }
            }
        }
    }

    private static boolean isShownAsItself(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE;
    }
}
