package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JcsTest {

    @Test
    void canonicalizesTheRfc8785Example() {
        String input = "{\"numbers\":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"
                + "\"string\":\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + "\"literals\":[null,true,false]}";
        String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertEquals(expected, Jcs.canonicalize(JsonValueParser.parse("test", input)));
    }

    @Test
    void sortsKeysByUtf16CodeUnits() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With"
                + " Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small"
                + " Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertEquals(expected, Jcs.canonicalize(JsonValueParser.parse("test", input)));
    }

    @Test
    void sortsNestedObjectsAndKeepsArrayOrder() {
        String input = "{ \"b\" : [ {\"z\":1,\"a\":2}, 3 ], \"a\" : {\"y\":{\"d\":null,\"c\":\"x\"}} }";
        assertEquals(
                "{\"a\":{\"y\":{\"c\":\"x\",\"d\":null}},\"b\":[{\"a\":2,\"z\":1},3]}",
                Jcs.canonicalize(JsonValueParser.parse("test", input)));
    }

    @Test
    void sortsArrayIndexNamesAsTextNotAsNumbers() {
        assertEquals(
                "{\"10\":1,\"9\":2,\"a\":3}",
                Jcs.canonicalize(JsonValueParser.parse("test", "{\"a\":3,\"9\":2,\"10\":1}")));
    }
}
