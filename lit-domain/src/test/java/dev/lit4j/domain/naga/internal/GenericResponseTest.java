package dev.lit4j.domain.naga.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenericResponseTest {

    @Test
    void successKeepsDataTextAndNumbersExactly() {
        String json =
                "{\"ok\":true,\"error\":null,\"errorObject\":null,\"data\":{\"price\":123456789012345678901234567890}}";
        GenericResponse response = GenericResponse.parse(json);
        assertEquals(true, response.ok());
        assertEquals(Optional.of("{\"price\":123456789012345678901234567890}"), response.optionalData());
        assertEquals(json, response.toJson());
        assertEquals(response, GenericResponse.success("{\"price\":123456789012345678901234567890}"));
    }

    @Test
    void failureCarriesTheShortTextAndThePublicErrorString() {
        GenericResponse failure =
                GenericResponse.failure("invalid user address", "{\"errorKind\":\"Validation\",\"status\":401}");
        String json = "{\"ok\":false,\"error\":\"invalid user address\",\"errorObject\":"
                + "\"{\\\"errorKind\\\":\\\"Validation\\\",\\\"status\\\":401}\",\"data\":null}";
        assertEquals(json, failure.toJson());
        GenericResponse parsed = GenericResponse.parse(json);
        assertEquals(failure, parsed);
        assertEquals(Optional.of("{\"errorKind\":\"Validation\",\"status\":401}"), parsed.optionalErrorObject());
        assertEquals("GenericResponse[failed: invalid user address]", parsed.toString());
    }

    private static String error(String json) {
        return assertThrows(InvalidInputException.class, () -> GenericResponse.parse(json))
                .getMessage();
    }

    @Test
    void malformedResponsesAreRefused() {
        assertEquals("genericResponse: expected an object {ok, error, errorObject, data}", error("[]"));
        assertEquals("genericResponse.ok: is missing", error("{\"data\":{}}"));
        assertEquals("genericResponse.ok: expected a boolean", error("{\"ok\":\"true\"}"));
        assertEquals("genericResponse.error: expected a string or null", error("{\"ok\":false,\"error\":1}"));
        assertEquals("genericResponse.data: is missing from a successful response", error("{\"ok\":true}"));
        assertEquals(
                "genericResponse.data: not valid JSON: truncated: the text ends at line 1 column 2, inside a value",
                assertThrows(InvalidInputException.class, () -> GenericResponse.success("{"))
                        .getMessage());
    }
}
