package dev.lit4j.domain.codec;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable JSON value, as JavaScript's {@code JSON.parse} would hold it: numbers are IEEE 754
 * doubles, object members keep their document order and names are unique.
 *
 * <p>Used for the free-form parts of what Lit signs (ReCap restrictions, the {@code data} of a
 * resource-ability request, access control conditions), where the text must be re-emitted exactly as
 * JS would ({@link JsJson#stringify}) or canonically ({@link Jcs}). Read one with {@link JsonValueParser}.
 */
public sealed interface JsonValue
        permits JsonValue.Str, JsonValue.Num, JsonValue.Bool, JsonValue.Null, JsonValue.Arr, JsonValue.Obj {

    /**
     * The JSON value of plain Java values, e.g. a Lit Action's {@code jsParams}: a {@link java.util.Map} with
     * string keys (in its iteration order: use a {@link java.util.LinkedHashMap} to choose it) becomes an
     * object, a {@link java.util.List} an array, a {@link CharSequence} a string, a {@link Number} a number (as
     * JavaScript holds it: a double, so an integer beyond 2^53 is refused; pass it as a string), a
     * {@link Boolean} a boolean, {@code null} null, and a {@code JsonValue} itself.
     *
     * @param field the name to report errors under, e.g. {@code "jsParams"}
     * @throws InvalidInputException naming {@code field} and the path inside it for any other type, a non-string
     *     key, or a number JavaScript cannot hold exactly
     */
    static JsonValue fromJava(String field, Object value) {
        if (value == null) {
            return Null.INSTANCE;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof CharSequence text) {
            return new Str(text.toString());
        }
        if (value instanceof Boolean bool) {
            return new Bool(bool);
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            boolean integral = number instanceof Long
                    || number instanceof Integer
                    || number instanceof Short
                    || number instanceof Byte
                    || number instanceof BigInteger;
            if (!Double.isFinite(asDouble) || integral && Math.abs(asDouble) > 9007199254740991.0) {
                throw new InvalidInputException(
                        field,
                        number + " cannot be a JavaScript number exactly (at most"
                                + " 2^53 − 1 for an integer); pass it as a string");
            }
            return new Num(asDouble);
        }
        if (value instanceof Map<?, ?> map) {
            Obj.Builder object = Obj.builder();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new InvalidInputException(
                            field,
                            "object keys must be strings, got "
                                    + (entry.getKey() == null
                                            ? "null"
                                            : entry.getKey().getClass().getSimpleName()));
                }
                object.put(key, fromJava(field + "." + key, entry.getValue()));
            }
            return object.build();
        }
        if (value instanceof List<?> list) {
            List<JsonValue> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(fromJava(field + "[" + i + "]", list.get(i)));
            }
            return new Arr(items);
        }
        throw new InvalidInputException(
                field,
                "expected a Map, List, String, Number, Boolean or null, got "
                        + value.getClass().getSimpleName());
    }

    /** A JSON string. */
    record Str(String value) implements JsonValue {
        public Str {
            InvalidInputException.requireNonNull("json.string", value);
        }
    }

    /** A JSON number, held as JS holds it: a finite double. */
    record Num(double value) implements JsonValue {
        public Num {
            if (!Double.isFinite(value)) {
                throw new InvalidInputException("json.number", "must be finite, got " + value);
            }
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements JsonValue {}

    /** {@code null}. */
    enum Null implements JsonValue {
        /** The only null. */
        INSTANCE
    }

    /** A JSON array. */
    record Arr(List<JsonValue> items) implements JsonValue {
        public Arr {
            InvalidInputException.requireNonNull("json.array", items);
            for (JsonValue item : items) {
                InvalidInputException.requireNonNull("json.array item", item);
            }
            items = List.copyOf(items);
        }
    }

    /** One member of a JSON object. */
    record Member(String name, JsonValue value) {
        public Member {
            InvalidInputException.requireNonNull("json.member name", name);
            InvalidInputException.requireNonNull("json.member \"" + name + "\"", value);
        }
    }

    /** A JSON object: members in document (insertion) order, names unique. */
    record Obj(List<Member> members) implements JsonValue {
        /** {@code {}}. */
        public static final Obj EMPTY = new Obj(List.of());

        public Obj {
            InvalidInputException.requireNonNull("json.object", members);
            Set<String> names = new HashSet<>();
            for (Member member : members) {
                InvalidInputException.requireNonNull("json.object member", member);
                if (!names.add(member.name())) {
                    throw new InvalidInputException("json.object", "the key \"" + member.name() + "\" appears twice");
                }
            }
            members = List.copyOf(members);
        }

        /** The value named {@code name}, if present. */
        public Optional<JsonValue> get(String name) {
            for (Member member : members) {
                if (member.name().equals(name)) {
                    return Optional.of(member.value());
                }
            }
            return Optional.empty();
        }

        /** True if a member is named {@code name} (JS {@code name in object}). */
        public boolean has(String name) {
            return get(name).isPresent();
        }

        /** The member names, in document order. */
        public List<String> names() {
            List<String> names = new ArrayList<>(members.size());
            for (Member member : members) {
                names.add(member.name());
            }
            return List.copyOf(names);
        }

        /** True if this is {@code {}}. */
        public boolean isEmpty() {
            return members.isEmpty();
        }

        /** A builder that adds members in order. */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds an {@link Obj} member by member. Not thread-safe. */
        public static final class Builder {
            private final List<Member> members = new ArrayList<>();

            private Builder() {}

            /** Adds {@code name: value}. */
            public Builder put(String name, JsonValue value) {
                members.add(new Member(name, value));
                return this;
            }

            /** Adds {@code name: value} when {@code value} is present, like JS drops {@code undefined}. */
            public Builder putIfPresent(String name, Optional<JsonValue> value) {
                value.ifPresent(v -> put(name, v));
                return this;
            }

            /** The object; names must be unique. */
            public Obj build() {
                return new Obj(members);
            }
        }
    }

    /** A JSON string. */
    static Str of(String text) {
        return new Str(text);
    }

    /** A JSON array of strings. */
    static Arr ofStrings(List<String> texts) {
        InvalidInputException.requireNonNull("json.array", texts);
        List<JsonValue> items = new ArrayList<>(texts.size());
        for (String text : texts) {
            items.add(new Str(text));
        }
        return new Arr(items);
    }

    /** The JS type name of this value, for error messages ({@code "string"}, {@code "object"}, …). */
    default String typeName() {
        if (this instanceof Str) {
            return "string";
        } else if (this instanceof Num) {
            return "number";
        } else if (this instanceof Bool) {
            return "boolean";
        } else if (this instanceof Null) {
            return "null";
        } else if (this instanceof Arr) {
            return "array";
        }
        return "object";
    }
}
