package dev.lit4j.usecase;

import com.google.gson.JsonObject;
import dev.lit4j.network.TestVectors;

/** Known answers produced by the JS SDK: {@code vectors/session-sig-flow.json} and {@code siwe-recap-js.json}. */
final class FlowVector {
    static final JsonObject JSON = TestVectors.load("session-sig-flow.json").getAsJsonObject();
    static final JsonObject SIWE_RECAP = TestVectors.load("siwe-recap-js.json").getAsJsonObject();

    private FlowVector() {}

    static String get(String object, String member) {
        return JSON.getAsJsonObject(object).get(member).getAsString();
    }
}
