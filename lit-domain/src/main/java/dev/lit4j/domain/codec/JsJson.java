package dev.lit4j.domain.codec;

/**
 * Writes JSON strings exactly as JavaScript's {@code JSON.stringify} does, so that text Lit4j signs is
 * byte-identical to what the JS SDK would sign: only the double quote, the backslash and control
 * characters are escaped (the short forms for backspace, form feed, newline, return and tab, otherwise
 * a backslash-u escape with lowercase hex), and lone surrogates are backslash-u escaped too.
 * Non-ASCII, {@code /}, {@code <} and U+2028 are written as they are.
 */
public final class JsJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsJson() {
    }

    /** {@code JSON.stringify(text)}. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        quote(out, text);
        return out.toString();
    }

    /** Appends {@code JSON.stringify(text)} to {@code out}. */
    public static void quote(StringBuilder out, String text) {
        out.append('"');
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        } else {
                            unicodeEscape(out, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Appends {@code "name":} to {@code out}. */
    public static void key(StringBuilder out, String name) {
        quote(out, name);
        out.append(':');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
