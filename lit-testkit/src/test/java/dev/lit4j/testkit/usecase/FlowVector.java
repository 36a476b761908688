package dev.lit4j.testkit.usecase;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Known answers produced by the JS SDK: {@code vectors/session-sig-flow.json} and {@code siwe-recap-js.json}. */
final class FlowVector {
    static final JsonObject JSON = load("/vectors/session-sig-flow.json");
    static final JsonObject SIWE_RECAP = load("/vectors/siwe-recap-js.json");

    private FlowVector() {
    }

    static String get(String object, String member) {
        return JSON.getAsJsonObject(object).get(member).getAsString();
    }

    private static JsonObject load(String resource) {
        try (InputStream in = FlowVector.class.getResourceAsStream(resource)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
