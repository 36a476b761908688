package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsTimeTest {

    @Test
    void formatsAsJavaScriptToIsoString() {
        assertEquals("2025-01-15T10:00:00.000Z", JsTime.format(Instant.parse("2025-01-15T10:00:00Z")));
        assertEquals("2025-01-15T10:00:05.123Z", JsTime.format(Instant.parse("2025-01-15T10:00:05.123987Z")));
    }

    @Test
    void truncatesToMillis() {
        assertEquals(
                Instant.parse("2025-01-15T10:00:05.123Z"),
                JsTime.truncate(Instant.parse("2025-01-15T10:00:05.123987Z")));
    }

    @Test
    void parsesRfc3339Forms() {
        assertEquals(Instant.parse("2024-04-25T02:09:35Z"), JsTime.parse("t", "2024-04-25T02:09:35Z"));
        assertEquals(Instant.parse("2025-01-15T10:00:05.123Z"), JsTime.parse("t", "2025-01-15T10:00:05.123Z"));
        assertEquals(Instant.parse("2025-01-15T08:00:00Z"), JsTime.parse("t", "2025-01-15T10:00:00+02:00"));
        assertEquals(Instant.parse("2025-01-15T10:00:00Z"), JsTime.parse("t", "2025-01-15t10:00:00z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-15T10:00:00",
                "2025-01-15 10:00:00Z",
                "2025-01-15T10:00Z",
                "2025-13-15T10:00:00Z",
                "yesterday",
                "2025-01-15T10:00:00.Z",
                ""
            })
    void rejectsNonRfc3339(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsTime.parse("issuedAt", text));
        assertEquals(
                "issuedAt: not an RFC 3339 date-time with a zone: \"" + text
                        + "\" (expected e.g. 2025-01-15T10:00:00.000Z)",
                e.getMessage());
    }
}
