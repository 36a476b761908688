package dev.lit4j.domain.resource;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.JsonValueParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * The JSON form of a {@link ResourceAbilityRequest} inside a session-signed message, as the JS SDK
 * writes it: {@code {"resource":{"resource":"<id>","resourcePrefix":"<prefix>"},"ability":"<ability>"}},
 * followed by {@code ,"data":{…}} when a restriction object was given (client spec §6.5).
 *
 * <p>Reading is strict: exactly those keys, none twice, strings where strings belong, a known prefix
 * and ability, an ability valid on the resource, and {@code data} (if present) an object.
 */
public final class ResourceAbilityRequestJson {
    private ResourceAbilityRequestJson() {
    }

    /** The compact JSON of {@code request}. */
    public static String toJson(ResourceAbilityRequest request) {
        StringBuilder out = new StringBuilder(128);
        write(out, request);
        return out.toString();
    }

    /** Appends the compact JSON of {@code request} to {@code out}. */
    public static void write(StringBuilder out, ResourceAbilityRequest request) {
        out.append('{');
        JsJson.key(out, "resource");
        out.append('{');
        JsJson.key(out, "resource");
        JsJson.quote(out, request.resource().id());
        out.append(',');
        JsJson.key(out, "resourcePrefix");
        JsJson.quote(out, request.resource().prefix().wireName());
        out.append("},");
        JsJson.key(out, "ability");
        JsJson.quote(out, request.ability().wireName());
        if (request.data() != null) {
            out.append(',');
            JsJson.key(out, "data");
            JsJson.write(out, request.data());
        }
        out.append('}');
    }

    /**
     * Parses one request object, strictly.
     *
     * @param field the name to report errors under, e.g. {@code "resourceAbilityRequests[0]"}
     * @throws InvalidInputException naming the field and key on malformed JSON, an unknown, repeated or
     *     missing key, a wrong type, an unknown prefix or ability, or an ability invalid on the resource
     */
    public static ResourceAbilityRequest parse(String field, String json) {
        InvalidInputException.requireNonNull(field, json);
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            ResourceAbilityRequest request = read(field, reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidInputException(field, "unexpected content after the request object");
            }
            return request;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidInputException(field, "not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one request object from {@code reader}, strictly, leaving the reader after its closing brace.
     *
     * @throws InvalidInputException as {@link #parse}
     * @throws IOException if the reader fails or the JSON is malformed
     */
    public static ResourceAbilityRequest read(String field, JsonReader reader) throws IOException {
        expectObject(field, reader);
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        LitResource resource = null;
        String ability = null;
        JsonValue.Obj data = null;
        while (reader.hasNext()) {
            String key = reader.nextName();
            if (!seen.add(key)) {
                throw new InvalidInputException(field + "." + key, "the key appears twice");
            }
            switch (key) {
                case "resource" -> resource = readResource(field + ".resource", reader);
                case "ability" -> ability = readString(field + ".ability", reader);
                case "data" -> {
                    JsonValue value = JsonValueParser.read(field + ".data", reader);
                    if (!(value instanceof JsonValue.Obj obj)) {
                        throw new InvalidInputException(field + ".data", "expected an object, found "
                                + value.typeName());
                    }
                    data = obj;
                }
                default -> throw new InvalidInputException(field + "." + key, "unknown key; only resource,"
                        + " ability and data are allowed");
            }
        }
        reader.endObject();
        InvalidInputException.requireNonNull(field + ".resource", resource);
        InvalidInputException.requireNonNull(field + ".ability", ability);
        return new ResourceAbilityRequest(resource, LitAbility.fromWireName(field + ".ability", ability), data);
    }

    private static LitResource readResource(String field, JsonReader reader) throws IOException {
        expectObject(field, reader);
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        String id = null;
        String prefix = null;
        while (reader.hasNext()) {
            String key = reader.nextName();
            if (!seen.add(key)) {
                throw new InvalidInputException(field + "." + key, "the key appears twice");
            }
            switch (key) {
                case "resource" -> id = readString(field + ".resource", reader);
                case "resourcePrefix" -> prefix = readString(field + ".resourcePrefix", reader);
                default -> throw new InvalidInputException(field + "." + key, "unknown key; only resource and"
                        + " resourcePrefix are allowed");
            }
        }
        reader.endObject();
        InvalidInputException.requireNonNull(field + ".resource", id);
        InvalidInputException.requireNonNull(field + ".resourcePrefix", prefix);
        return new LitResource(ResourcePrefix.fromWireName(field + ".resourcePrefix", prefix), id);
    }

    private static void expectObject(String field, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw new InvalidInputException(field, "expected an object, found " + reader.peek());
        }
    }

    private static String readString(String field, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.STRING) {
            throw new InvalidInputException(field, "expected a string, found " + reader.peek());
        }
        return reader.nextString();
    }
}
