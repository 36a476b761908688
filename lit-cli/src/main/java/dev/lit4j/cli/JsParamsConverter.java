package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;

/** A Lit Action's parameters: a JSON object. */
final class JsParamsConverter extends OptionConverter<JsonValue.Obj> {
    @Override
    JsonValue.Obj parse(String text) {
        JsonValue value = JsonValueParser.parse("jsParams", text);
        if (!(value instanceof JsonValue.Obj object)) {
            throw new InvalidInputException("jsParams", "expected a JSON object, got " + value.typeName());
        }
        return object;
    }
}
