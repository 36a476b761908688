package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Reads a request body as one strict JSON object, answering malformed bodies as Lit errors. */
final class JsonBody {
    /** A node's JSON body limit; a base64 Lit Action of the largest single-chunk size fits. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private JsonBody() {}

    /**
     * @throws LitNodeError HTTP 413 for a body over {@link #MAX_BYTES}, 400 for text that is not JSON,
     *     422 for JSON that is not an object (uncoded, kind {@code Parser} or {@code Validation})
     */
    static JsonObject read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw LitNodeError.uncoded(ErrorKind.VALIDATION, "request body is larger than " + MAX_BYTES + " bytes")
                    .withStatus(413);
        }
        JsonElement json;
        try {
            json = parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw LitNodeError.uncoded(ErrorKind.PARSER, "request body is not valid JSON: " + e.getMessage())
                    .withStatus(400);
        }
        if (!json.isJsonObject()) {
            throw NodeRequest.invalidBody("expected a JSON object, found " + abbreviate(json.toString()));
        }
        return json.getAsJsonObject();
    }

    /**
     * One strict JSON value with nothing after it.
     *
     * @throws JsonParseException if {@code text} is not that
     */
    static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement json = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected content after the JSON value");
            }
            return json;
        } catch (IOException | IllegalStateException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
