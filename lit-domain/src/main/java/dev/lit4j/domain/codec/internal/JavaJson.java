package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@link JsonValue}s from the ordinary Java values a caller has at hand: {@code Map}s with string keys
 * (members in the map's iteration order — use a {@code LinkedHashMap} to choose it), {@code List}s and other
 * collections, {@code String}s, {@code Number}s, {@code Boolean}s, {@code null}, {@code byte[]} (as an array of
 * numbers 0..255, as the JS SDK sends a {@code Uint8Array}), and {@code JsonValue}s themselves.
 */
public final class JavaJson {
    // integers beyond 2^53 do not survive the trip through a JS number
    private static final BigInteger MAX_SAFE_INTEGER =
            BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE);

    private JavaJson() {}

    /**
     * The JSON object of a map.
     *
     * @param field the name of the map in error messages, e.g. {@code "jsParams"}
     * @throws InvalidInputException naming the path of the first value that is not one of the types above
     *     (e.g. {@code jsParams.list[2]}), a non-string key, a non-finite number or an integer beyond 2^53
     */
    public static JsonValue.Obj object(String field, Map<?, ?> map) {
        InvalidInputException.requireNonNull(field, map);
        return (JsonValue.Obj) value(field, map);
    }

    /**
     * The JSON value of {@code value}.
     *
     * @throws InvalidInputException as {@link #object}
     */
    public static JsonValue value(String path, Object value) {
        if (value == null) {
            return JsonValue.Null.INSTANCE;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof CharSequence text) {
            return new JsonValue.Str(text.toString());
        }
        if (value instanceof Boolean bool) {
            return new JsonValue.Bool(bool);
        }
        if (value instanceof Number number) {
            return number(path, number);
        }
        if (value instanceof byte[] bytes) {
            List<JsonValue> items = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                items.add(new JsonValue.Num(b & 0xff));
            }
            return new JsonValue.Arr(items);
        }
        if (value instanceof Map<?, ?> map) {
            JsonValue.Obj.Builder object = JsonValue.Obj.builder();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw new InvalidInputException(
                            path,
                            "keys must be strings, got "
                                    + (entry.getKey() == null
                                            ? "null"
                                            : entry.getKey().getClass().getName()));
                }
                object.put(name, value(path + "." + name, entry.getValue()));
            }
            return object.build();
        }
        if (value instanceof Collection<?> collection) {
            List<JsonValue> items = new ArrayList<>(collection.size());
            int i = 0;
            for (Object item : collection) {
                items.add(value(path + "[" + i++ + "]", item));
            }
            return new JsonValue.Arr(items);
        }
        throw new InvalidInputException(
                path,
                "a " + value.getClass().getName() + " has no JSON form; use a Map,"
                        + " List, String, Number, Boolean, byte[] or null");
    }

    private static JsonValue number(String path, Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new InvalidInputException(path, "must be a finite number, got " + d);
            }
            return new JsonValue.Num(d);
        }
        BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        if (decimal.stripTrailingZeros().scale() <= 0
                && decimal.toBigInteger().abs().compareTo(MAX_SAFE_INTEGER) > 0) {
            throw new InvalidInputException(
                    path, number + " is beyond 2^53 and would change as a JS number;" + " send it as a string");
        }
        return new JsonValue.Num(decimal.doubleValue());
    }
}
