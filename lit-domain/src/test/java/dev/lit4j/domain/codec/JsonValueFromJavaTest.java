package dev.lit4j.domain.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain Java values become the JSON JavaScript would hold: a Lit Action's jsParams without hand-built JSON. */
class JsonValueFromJavaTest {
    @Test
    void mapsListsStringsNumbersBooleansAndNull() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("to", List.of("0xabc", "0xdef"));
        params.put("amount", 5);
        params.put("ratio", 0.5);
        params.put("dryRun", true);
        params.put("memo", null);
        params.put("nested", Map.of("n", 1L));

        assertEquals(
                "{\"to\":[\"0xabc\",\"0xdef\"],\"amount\":5,\"ratio\":0.5,\"dryRun\":true,\"memo\":null,"
                        + "\"nested\":{\"n\":1}}",
                JsJson.stringify(JsonValue.fromJava("jsParams", params)));
    }

    @Test
    void theRequestTakesAMapAsJsParams() {
        SessionSigsRequest request = SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .litActionCode("Y29kZQ==")
                .jsParams(Map.of("publicKey", "0x04ab"))
                .build();

        assertEquals(
                "{\"publicKey\":\"0x04ab\"}",
                JsJson.stringify(request.jsParams().orElseThrow()));
    }

    @Test
    void anIntegerJavaScriptCannotHoldExactlyIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> JsonValue.fromJava("jsParams", Map.of("wei", Long.MAX_VALUE)));
        assertEquals(
                "jsParams.wei: 9223372036854775807 cannot be a JavaScript number exactly (at most 2^53 − 1 for an"
                        + " integer); pass it as a string",
                e.getMessage());
    }

    @Test
    void otherTypesAreRefusedWithTheirPath() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> JsonValue.fromJava("jsParams", Map.of("when", Arrays.asList(1, Instant.EPOCH))));
        assertEquals(
                "jsParams.when[1]: expected a Map, List, String, Number, Boolean or null, got Instant", e.getMessage());
    }
}
