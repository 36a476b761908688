package dev.lit4j.adapters.signer.wallet;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JS SDK's session-sig flow known answers ({@code vectors/session-sig-flow.json} of the spec). */
final class FlowVector {
    private static final JsonObject JSON = load();

    private FlowVector() {}

    static String get(String object, String member) {
        return JSON.getAsJsonObject(object).get(member).getAsString();
    }

    private static JsonObject load() {
        try (InputStream in = FlowVector.class.getResourceAsStream("/vectors/session-sig-flow.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
