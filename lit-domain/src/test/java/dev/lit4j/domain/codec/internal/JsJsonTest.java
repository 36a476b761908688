package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsJsonTest {

    @Test
    void escapesOnlyWhatJsonStringifyEscapes() {
        assertEquals("\"a\\\"b\\\\c\"", JsJson.quote("a\"b\\c"));
        assertEquals("\"\\b\\f\\n\\r\\t\"", JsJson.quote("\b\f\n\r\t"));
        assertEquals("\"\\u0000\\u001f\\u000b\"", JsJson.quote("\u0000\u001f\u000b"));
        assertEquals("\"</script> & ' = / \u2028 é 😀\"", JsJson.quote("</script> & ' = / \u2028 é 😀"));
    }

    @Test
    void escapesLoneSurrogatesAsWellFormedStringifyDoes() {
        assertEquals("\"\\ud800x\"", JsJson.quote("\ud800x"));
        assertEquals("\"x\\udc00\"", JsJson.quote("x\udc00"));
        assertEquals("\"\\ud800\"", JsJson.quote("\ud800"));
    }

    @Test
    void writesKeys() {
        StringBuilder out = new StringBuilder();
        JsJson.key(out, "sig");
        assertEquals("\"sig\":", out.toString());
    }
}
