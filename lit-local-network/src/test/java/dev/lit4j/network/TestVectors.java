package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The known-answer files copied from {@code docs/spec/vectors/}, on the test class path as {@code /vectors/}. */
public final class TestVectors {
    private TestVectors() {}

    /** The parsed JSON of {@code vectors/<name>}. */
    public static JsonElement load(String name) {
        try (InputStream in = TestVectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test vector file vectors/" + name);
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
