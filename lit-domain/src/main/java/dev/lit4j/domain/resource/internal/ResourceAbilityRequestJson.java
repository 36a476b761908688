package dev.lit4j.domain.resource.internal;

import com.google.gson.stream.JsonReader;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import java.io.IOException;

/**
 * The JSON form of a {@link ResourceAbilityRequest} inside a session-signed message, as the JS SDK
 * writes it: {@code {"resource":{"resource":"<id>","resourcePrefix":"<prefix>"},"ability":"<ability>"}},
 * followed by {@code ,"data":{…}} when a restriction object was given (client spec §6.5).
 *
 * <p>Reading is strict: exactly those keys, none twice, strings where strings belong, a known prefix
 * and ability, an ability valid on the resource, and {@code data} (if present) an object.
 */
public final class ResourceAbilityRequestJson {
    private ResourceAbilityRequestJson() {}

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
        return StrictJsonReading.document(field, json, "the request object", reader -> read(field, reader));
    }

    /**
     * Reads one request object from {@code reader}, strictly, leaving the reader after its closing brace.
     *
     * @throws InvalidInputException as {@link #parse}
     * @throws IOException if the reader fails or the JSON is malformed
     */
    public static ResourceAbilityRequest read(String field, JsonReader reader) throws IOException {
        RequestFields fields = new RequestFields();
        StrictJsonReading.object(field, reader, (key, path) -> {
            switch (key) {
                case "resource" -> fields.resource = readResource(path, reader);
                case "ability" -> fields.ability = StrictJsonReading.string(path, reader);
                case "data" -> {
                    JsonValue value = JsonValueParser.read(path, reader);
                    if (!(value instanceof JsonValue.Obj obj)) {
                        throw new InvalidInputException(path, "expected an object, found " + value.typeName());
                    }
                    fields.data = obj;
                }
                default ->
                    throw new InvalidInputException(
                            path, "unknown key; only resource, ability and data are" + " allowed");
            }
        });
        InvalidInputException.requireNonNull(field + ".resource", fields.resource);
        InvalidInputException.requireNonNull(field + ".ability", fields.ability);
        return new ResourceAbilityRequest(
                fields.resource, LitAbility.fromWireName(field + ".ability", fields.ability), fields.data);
    }

    private static LitResource readResource(String field, JsonReader reader) throws IOException {
        ResourceFields fields = new ResourceFields();
        StrictJsonReading.object(field, reader, (key, path) -> {
            switch (key) {
                case "resource" -> fields.id = StrictJsonReading.string(path, reader);
                case "resourcePrefix" -> fields.prefix = StrictJsonReading.string(path, reader);
                default ->
                    throw new InvalidInputException(
                            path, "unknown key; only resource and resourcePrefix are" + " allowed");
            }
        });
        InvalidInputException.requireNonNull(field + ".resource", fields.id);
        InvalidInputException.requireNonNull(field + ".resourcePrefix", fields.prefix);
        return new LitResource(ResourcePrefix.fromWireName(field + ".resourcePrefix", fields.prefix), fields.id);
    }

    /** A request's members as they are read. */
    private static final class RequestFields {
        private LitResource resource;
        private String ability;
        private JsonValue.Obj data;
    }

    /** A resource's members as they are read. */
    private static final class ResourceFields {
        private String id;
        private String prefix;
    }
}
