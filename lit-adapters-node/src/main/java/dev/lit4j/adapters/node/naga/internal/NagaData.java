package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.PrintableText;

/** Reading the {@code data} of an opened Naga reply with the domain's strict JSON reader. */
final class NagaData {
    private NagaData() {}

    /**
     * The {@code data} object.
     *
     * @throws MalformedAnswerException if it is not strict JSON or not an object
     */
    static JsonValue.Obj object(String dataJson) {
        JsonValue data;
        try {
            data = JsonValueParser.parse("data", dataJson);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException(e.getMessage(), e);
        }
        if (!(data instanceof JsonValue.Obj object)) {
            throw new MalformedAnswerException("its reply's \"data\" is not an object");
        }
        return object;
    }

    /**
     * The string member {@code name}.
     *
     * @throws MalformedAnswerException if it is missing or not a string
     */
    static String string(JsonValue.Obj data, String name) {
        if (!(data.get(name).orElse(null) instanceof JsonValue.Str text)) {
            throw new MalformedAnswerException("\"" + name + "\" is " + (data.has(name) ? "not a string" : "missing"));
        }
        return text.value();
    }

    /**
     * Requires {@code result} to be {@code "success"}.
     *
     * @throws MalformedAnswerException otherwise
     */
    static void requireSuccess(JsonValue.Obj data) {
        String result = string(data, "result");
        if (!"success".equals(result)) {
            throw new MalformedAnswerException("\"result\" is \"" + PrintableText.of(result) + "\", not \"success\"");
        }
    }
}
