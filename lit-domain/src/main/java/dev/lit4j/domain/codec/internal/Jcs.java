package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.codec.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RFC 8785 JSON Canonicalization Scheme, as the npm {@code canonicalize} package (used by the ReCap
 * encoder) produces it: no whitespace, object members sorted by their names' UTF-16 code units at
 * every depth, strings escaped as {@code JSON.stringify} does ({@link JsJson}) and numbers in
 * ECMAScript form ({@link JsNumber}).
 *
 * <p>Limits: numbers are doubles, as in JS, so integers beyond 2^53 are written as their nearest
 * double (JS does the same; a Rust node keeping exact u64 values would differ there).
 */
public final class Jcs {
    // String.compareTo compares UTF-16 code units, which is the RFC 8785 order.
    private static final Comparator<JsonValue.Member> BY_NAME = Comparator.comparing(JsonValue.Member::name);

    private Jcs() {}

    /** The canonical text of {@code value}. */
    public static String canonicalize(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** Appends the canonical text of {@code value} to {@code out}. */
    public static void write(StringBuilder out, JsonValue value) {
        if (value instanceof JsonValue.Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, arr.items().get(i));
            }
            out.append(']');
        } else if (value instanceof JsonValue.Obj obj) {
            List<JsonValue.Member> sorted = new ArrayList<>(obj.members());
            sorted.sort(BY_NAME);
            out.append('{');
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsJson.key(out, sorted.get(i).name());
                write(out, sorted.get(i).value());
            }
            out.append('}');
        } else {
            JsJson.write(out, value);
        }
    }
}
