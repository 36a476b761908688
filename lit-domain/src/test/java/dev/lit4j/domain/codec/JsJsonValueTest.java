package dev.lit4j.domain.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import org.junit.jupiter.api.Test;

class JsJsonValueTest {

    @Test
    void stringifiesLikeJavaScriptKeepingInsertionOrder() {
        String input = "{\"b\":[1.50,true,null,\"x\\u0001\"],\"a\":{\"d\":-0,\"c\":1e21}}";
        assertEquals(
                "{\"b\":[1.5,true,null,\"x\\u0001\"],\"a\":{\"d\":0,\"c\":1e+21}}",
                JsJson.stringify(JsonValueParser.parse("test", input)));
    }

    @Test
    void putsArrayIndexNamesFirstAscendingAsJavaScriptObjectsDo() {
        // node: JSON.stringify({"b":1,"10":2,"a":3,"2":4,"01":5,"4294967295":6,"4294967294":7})
        String input = "{\"b\":1,\"10\":2,\"a\":3,\"2\":4,\"01\":5,\"4294967295\":6,\"4294967294\":7}";
        assertEquals(
                "{\"2\":4,\"10\":2,\"4294967294\":7,\"b\":1,\"a\":3,\"01\":5,\"4294967295\":6}",
                JsJson.stringify(JsonValueParser.parse("test", input)));
    }

    @Test
    void writesEmptyContainers() {
        assertEquals("{\"a\":[],\"b\":{}}", JsJson.stringify(JsonValueParser.parse("test", "{\"a\":[],\"b\":{}}")));
    }
}
