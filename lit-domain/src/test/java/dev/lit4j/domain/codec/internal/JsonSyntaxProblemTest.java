package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Syntax errors name the place and the mistake, never Gson's advice, URL or path notation. */
class JsonSyntaxProblemTest {
    @Test
    void truncatedJsonSaysSo() {
        assertEquals(
                "data: not valid JSON: truncated: the text ends at line 1 column 6, inside a value",
                message("{\"a\":"));
    }

    @Test
    void singleQuotesAreUnexpectedText() {
        assertEquals("data: not valid JSON: unexpected text at line 1 column 3", message("{'a':1}"));
    }

    @Test
    void anUnterminatedArrayNamesThePlace() {
        assertEquals("data: not valid JSON: unterminated array at line 1 column 5", message("[1 2]"));
    }

    private static String message(String json) {
        return assertThrows(InvalidInputException.class, () -> JsonValueParser.parse("data", json))
                .getMessage();
    }
}
