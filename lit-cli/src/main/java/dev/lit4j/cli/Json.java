package dev.lit4j.cli;

import dev.lit4j.domain.codec.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Short forms for the JSON the commands print. */
final class Json {
    private Json() {}

    /** A string, or {@code null} when absent. */
    static JsonValue text(Optional<String> value) {
        return value.<JsonValue>map(JsonValue.Str::new).orElse(JsonValue.Null.INSTANCE);
    }

    /** A string, or {@code null} when {@code value} is null. */
    static JsonValue text(String value) {
        return text(Optional.ofNullable(value));
    }

    /** An array of {@code items}, each written by {@code write}. */
    static <T> JsonValue.Arr array(List<T> items, Function<T, JsonValue> write) {
        return new JsonValue.Arr(items.stream().map(write).toList());
    }

    /** An array of strings. */
    static JsonValue.Arr strings(List<String> items) {
        return array(items, JsonValue.Str::new);
    }

    /** A whole number. */
    static JsonValue number(long value) {
        return new JsonValue.Num(value);
    }
}
