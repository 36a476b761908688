package dev.lit4j.testkit.usecase;

import com.google.gson.JsonObject;
import dev.lit4j.testkit.TestVectors;

/** The JS SDK's session-sig flow known answers ({@code vectors/session-sig-flow.json}). */
final class FlowVector {
    static final JsonObject JSON = TestVectors.load("session-sig-flow.json").getAsJsonObject();

    private FlowVector() {
    }

    static String get(String object, String member) {
        return JSON.getAsJsonObject(object).get(member).getAsString();
    }
}
