package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JavaJsonTest {

    @Test
    void ordinaryJavaValuesBecomeJsonInTheMapsOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("z", "text");
        params.put("a", List.of(1, 2.5, -3L, new BigDecimal("4.0"), BigInteger.TEN));
        params.put("flag", true);
        params.put("none", null);
        params.put("bytes", new byte[] {0, (byte) 0x80, (byte) 0xff});
        params.put("nested", Map.of("set", Set.of("only")));

        assertEquals(
                "{\"z\":\"text\",\"a\":[1,2.5,-3,4,10],\"flag\":true,\"none\":null,\"bytes\":[0,128,255],"
                        + "\"nested\":{\"set\":[\"only\"]}}",
                JsJson.stringify(JavaJson.object("jsParams", params)));
    }

    @Test
    void aValueWithoutAJsonFormIsNamedByItsPath() {
        Map<String, Object> params = Map.of("list", Arrays.asList("ok", new Object()));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JavaJson.object("jsParams", params));

        assertEquals(
                "jsParams.list[1]: a java.lang.Object has no JSON form; use a Map, List, String, Number, Boolean,"
                        + " byte[] or null",
                e.getMessage());
    }

    @Test
    void numbersMustSurviveBeingAJsNumber() {
        assertEquals(
                "jsParams.big: 9007199254740993 is beyond 2^53 and would change as a JS number; send it as a"
                        + " string",
                assertThrows(
                                InvalidInputException.class,
                                () -> JavaJson.object("jsParams", Map.of("big", 9_007_199_254_740_993L)))
                        .getMessage());
        assertEquals(
                "jsParams.nan: must be a finite number, got NaN",
                assertThrows(InvalidInputException.class, () -> JavaJson.object("jsParams", Map.of("nan", Double.NaN)))
                        .getMessage());
    }

    @Test
    void keysMustBeStrings() {
        assertEquals(
                "jsParams: keys must be strings, got java.lang.Integer",
                assertThrows(InvalidInputException.class, () -> JavaJson.object("jsParams", Map.of(1, "x")))
                        .getMessage());
    }
}
