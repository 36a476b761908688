package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads node answers with the domain's strict JSON reader ({@link JsonValueParser}: no repeated key, numbers as
 * JavaScript holds them), and the members the protocol requires, with messages that quote what was found.
 */
public final class AnswerJson {
    private static final int QUOTE_LIMIT = 100;
    private static final String BODY = "body";
    private static final String NOT_JSON = "not valid JSON: ";

    private AnswerJson() {}

    /**
     * The body as one strict JSON object.
     *
     * @throws MalformedAnswerException if it is not JSON (saying why), not an object, or has content after it
     */
    public static JsonValue.Obj parseObject(String text) {
        JsonValue json;
        try {
            json = JsonValueParser.parse(BODY, text);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException("the body is not JSON (" + problem(e) + "): " + quote(text), e);
        }
        if (!(json instanceof JsonValue.Obj object)) {
            throw new MalformedAnswerException("expected a JSON object, got " + quote(text));
        }
        return object;
    }

    /** What the strict reader found wrong, without the name of the body: "a.b: the key appears twice". */
    private static String problem(InvalidInputException e) {
        String message = e.getMessage();
        if (message.startsWith(BODY + ": ")) {
            message = message.substring(BODY.length() + 2);
        } else if (message.startsWith(BODY + ".")) {
            message = message.substring(BODY.length() + 1);
        }
        return message.startsWith(NOT_JSON) ? message.substring(NOT_JSON.length()) : message;
    }

    /**
     * The non-empty string member {@code key}.
     *
     * @throws MalformedAnswerException if it is absent, null, empty or not a string
     */
    public static String requiredString(JsonValue.Obj object, String key) {
        return optionalString(object, key)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new MalformedAnswerException(
                        "\"" + key + "\" is " + describe(member(object, key)) + "; expected a non-empty string"));
    }

    /**
     * The string member {@code key}, empty if absent or null.
     *
     * @throws MalformedAnswerException if it is present and not a string
     */
    public static Optional<String> optionalString(JsonValue.Obj object, String key) {
        JsonValue value = member(object, key);
        if (value == null || value == JsonValue.Null.INSTANCE) {
            return Optional.empty();
        }
        if (!(value instanceof JsonValue.Str text)) {
            throw new MalformedAnswerException("\"" + key + "\" is " + describe(value) + "; expected a string");
        }
        return Optional.of(text.value());
    }

    /**
     * The member {@code key} as an integer 0..{@link Integer#MAX_VALUE}.
     *
     * @throws MalformedAnswerException if it is absent or not such a number
     */
    public static int requiredIndex(JsonValue.Obj object, String key) {
        JsonValue value = member(object, key);
        if (value instanceof JsonValue.Num number
                && number.value() >= 0
                && number.value() <= Integer.MAX_VALUE
                && number.value() == Math.rint(number.value())) {
            return (int) number.value();
        }
        throw new MalformedAnswerException("\"" + key + "\" is " + describe(value) + "; expected an integer 0 or more");
    }

    /** True if the member {@code key} is the boolean {@code true}. */
    public static boolean isTrue(JsonValue.Obj object, String key) {
        return member(object, key) instanceof JsonValue.Bool bool && bool.value();
    }

    /** The member {@code key}, or null if there is none. */
    public static @Nullable JsonValue member(JsonValue.Obj object, String key) {
        return object.get(key).orElse(null);
    }

    /** The text, cut to a readable length. */
    public static String quote(String text) {
        String oneLine = text.replace("\n", "\\n");
        return "\"" + (oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT) + "…") + "\"";
    }

    /** A member value as a message shows it: {@code missing}, {@code null} or its JSON, cut to a readable length. */
    public static String describe(JsonValue value) {
        if (value == null) {
            return "missing";
        }
        String json = JsJson.stringify(value);
        return json.length() <= QUOTE_LIMIT ? json : json.substring(0, QUOTE_LIMIT) + "…";
    }
}
