package dev.lit4j.adapters.node.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/** Reads node answers: strict JSON, and the members the protocol requires, with messages that quote what was found. */
public final class AnswerJson {
    private static final int QUOTE_LIMIT = 100;

    private AnswerJson() {
    }

    /**
     * The body as one strict JSON object.
     *
     * @throws MalformedAnswerException if it is not JSON, not an object, or has content after it
     */
    public static JsonObject parseObject(String text) {
        JsonElement json;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            json = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedAnswerException("unexpected content after the JSON value: " + quote(text));
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new MalformedAnswerException("the body is not JSON: " + quote(text), e);
        }
        if (!json.isJsonObject()) {
            throw new MalformedAnswerException("expected a JSON object, got " + quote(text));
        }
        return json.getAsJsonObject();
    }

    /**
     * The non-empty string member {@code key}.
     *
     * @throws MalformedAnswerException if it is absent, null, empty or not a string
     */
    public static String requiredString(JsonObject object, String key) {
        return optionalString(object, key).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new MalformedAnswerException("\"" + key + "\" is " + describe(object.get(key))
                        + "; expected a non-empty string"));
    }

    /**
     * The string member {@code key}, empty if absent or null.
     *
     * @throws MalformedAnswerException if it is present and not a string
     */
    public static Optional<String> optionalString(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new MalformedAnswerException("\"" + key + "\" is " + describe(value) + "; expected a string");
        }
        return Optional.of(value.getAsString());
    }

    /**
     * The member {@code key} as an integer 0..{@link Integer#MAX_VALUE}.
     *
     * @throws MalformedAnswerException if it is absent or not such a number
     */
    public static int requiredIndex(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive number = value.getAsJsonPrimitive();
            try {
                int index = number.getAsBigDecimal().intValueExact();
                if (index >= 0) {
                    return index;
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // not an int: reported below
            }
        }
        throw new MalformedAnswerException("\"" + key + "\" is " + describe(value) + "; expected an integer 0 or more");
    }

    /** The text, cut to a readable length. */
    public static String quote(String text) {
        String oneLine = text.replace("\n", "\\n");
        return "\"" + (oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT) + "…") + "\"";
    }

    /** A member value as a message shows it: {@code missing}, {@code null} or its JSON, cut to a readable length. */
    public static String describe(JsonElement value) {
        if (value == null) {
            return "missing";
        }
        if (value.isJsonNull()) {
            return "null";
        }
        String json = value.toString();
        return json.length() <= QUOTE_LIMIT ? json : json.substring(0, QUOTE_LIMIT) + "…";
    }
}
