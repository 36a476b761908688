package dev.lit4j.domain;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the known-answer files of {@code docs/spec/vectors/}, on the test class path as {@code /vectors/}. */
public final class Vectors {
    private Vectors() {}

    /** The text of {@code vectors/<name>}. */
    public static String text(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test vector " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string at {@code path} (object keys, or array indexes as decimal text) in {@code vectors/<name>}. */
    public static String string(String name, String... path) {
        JsonElement element = JsonParser.parseString(text(name));
        for (String step : path) {
            element = element.isJsonArray()
                    ? element.getAsJsonArray().get(Integer.parseInt(step))
                    : element.getAsJsonObject().get(step);
            if (element == null) {
                throw new IllegalArgumentException("no " + String.join(".", path) + " in " + name);
            }
        }
        return element.getAsString();
    }
}
