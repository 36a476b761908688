package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.codec.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JSON strings exactly as JavaScript's {@code JSON.stringify} does, so that text Lit4j signs is
 * byte-identical to what the JS SDK would sign: only the double quote, the backslash and control
 * characters are escaped (the short forms for backspace, form feed, newline, return and tab, otherwise
 * a backslash-u escape with lowercase hex), and lone surrogates are backslash-u escaped too.
 * Non-ASCII, {@code /}, {@code <} and U+2028 are written as they are.
 *
 * <p>Whole {@link JsonValue}s are written as {@code JSON.stringify(JSON.parse(text))} would write them:
 * numbers as {@link JsNumber}, and object members in JS property order, which puts array-index names
 * ({@code "0"} … {@code "4294967294"}) first, ascending, before the others in insertion order.
 */
public final class JsJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsJson() {}

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

    /** {@code JSON.stringify(value)}, compact. */
    public static String stringify(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** Appends {@code JSON.stringify(value)}, compact, to {@code out}. */
    public static void write(StringBuilder out, JsonValue value) {
        if (value instanceof JsonValue.Str str) {
            quote(out, str.value());
        } else if (value instanceof JsonValue.Num num) {
            out.append(JsNumber.format(num.value()));
        } else if (value instanceof JsonValue.Bool bool) {
            out.append(bool.value());
        } else if (value instanceof JsonValue.Null) {
            out.append("null");
        } else if (value instanceof JsonValue.Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, arr.items().get(i));
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (JsonValue.Member member : inPropertyOrder((JsonValue.Obj) value)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                key(out, member.name());
                write(out, member.value());
            }
            out.append('}');
        }
    }

    private static List<JsonValue.Member> inPropertyOrder(JsonValue.Obj obj) {
        List<JsonValue.Member> indices = new ArrayList<>();
        List<JsonValue.Member> others = new ArrayList<>();
        for (JsonValue.Member member : obj.members()) {
            (isArrayIndex(member.name()) ? indices : others).add(member);
        }
        if (indices.isEmpty()) {
            return obj.members();
        }
        indices.sort((a, b) -> Long.compare(Long.parseLong(a.name()), Long.parseLong(b.name())));
        indices.addAll(others);
        return indices;
    }

    // ECMAScript array index: the canonical decimal form of an integer in [0, 2^32 - 2].
    private static boolean isArrayIndex(String name) {
        int n = name.length();
        if (n == 0 || n > 10 || (n > 1 && name.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(name) <= 4_294_967_294L;
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
