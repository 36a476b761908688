package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonValueParserTest {

    @Test
    void readsEveryKindOfValueKeepingDocumentOrder() {
        JsonValue value = JsonValueParser.parse("x", "{\"s\":\"t\",\"n\":-2.5,\"t\":true,\"z\":null,\"a\":[1,{}]}");
        JsonValue.Obj obj = (JsonValue.Obj) value;
        assertEquals(List.of("s", "n", "t", "z", "a"), obj.names());
        assertEquals(new JsonValue.Str("t"), obj.get("s").orElseThrow());
        assertEquals(new JsonValue.Num(-2.5), obj.get("n").orElseThrow());
        assertEquals(new JsonValue.Bool(true), obj.get("t").orElseThrow());
        assertEquals(JsonValue.Null.INSTANCE, obj.get("z").orElseThrow());
        assertEquals(
                new JsonValue.Arr(List.of(new JsonValue.Num(1), JsonValue.Obj.EMPTY)),
                obj.get("a").orElseThrow());
        assertTrue(obj.get("missing").isEmpty());
    }

    @Test
    void rejectsARepeatedKeyNamingItsPath() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> JsonValueParser.parse("data", "{\"a\":{\"b\":1,\"b\":2}}"));
        assertEquals("data.a.b: the key appears twice", e.getMessage());
    }

    @Test
    void rejectsANumberOutOfDoubleRange() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> JsonValueParser.parse("data", "[1, 1e400]"));
        assertEquals("data[1]: the number 1e400 is out of range for a double", e.getMessage());
    }

    @Test
    void rejectsTrailingContent() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> JsonValueParser.parse("data", "{} {}"));
        assertEquals("data", e.field());
        assertTrue(e.getMessage().startsWith("data: not valid JSON: "), e.getMessage());
    }

    @Test
    void rejectsMalformedJson() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> JsonValueParser.parse("data", "{'a':1}"));
        assertEquals("data", e.field());
        assertTrue(e.getMessage().startsWith("data: not valid JSON: "), e.getMessage());
    }

    @Test
    void objectsRejectDuplicateNamesWhenBuilt() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> JsonValue.Obj.builder()
                        .put("a", JsonValue.of("1"))
                        .put("a", JsonValue.of("2"))
                        .build());
        assertEquals("json.object: the key \"a\" appears twice", e.getMessage());
    }

    @Test
    void numbersMustBeFinite() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new JsonValue.Num(Double.NaN));
        assertEquals("json.number: must be finite, got NaN", e.getMessage());
    }
}
