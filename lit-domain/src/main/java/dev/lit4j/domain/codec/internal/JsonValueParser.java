package dev.lit4j.domain.codec.internal;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads strict JSON (RFC 8259) into a {@link JsonValue}. A key repeated in one object is rejected
 * rather than silently resolved, and a number that does not fit a double (JS would make it
 * {@code Infinity}) is rejected too.
 */
public final class JsonValueParser {
    private JsonValueParser() {}

    /**
     * Parses one JSON document.
     *
     * @param field the name to report errors under
     * @throws InvalidInputException naming {@code field} (and the path inside it) on malformed JSON, a
     *     repeated key, an out-of-range number or content after the value
     */
    public static JsonValue parse(String field, String json) {
        InvalidInputException.requireNonNull(field, json);
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonValue value = read(field, reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidInputException(field, "unexpected content after the JSON value");
            }
            return value;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidInputException(field, "not valid JSON: " + JsonSyntaxProblem.describe(e), e);
        }
    }

    /**
     * Reads one JSON value from {@code reader}, leaving it after the value.
     *
     * @param path the name of the value, used in error messages; members and items extend it
     * @throws InvalidInputException on a repeated key or an out-of-range number
     * @throws IOException if the reader fails or the JSON is malformed
     */
    public static JsonValue read(String path, JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                List<JsonValue.Member> members = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    String memberPath = path + "." + name;
                    if (!seen.add(name)) {
                        throw new InvalidInputException(memberPath, "the key appears twice");
                    }
                    members.add(new JsonValue.Member(name, read(memberPath, reader)));
                }
                reader.endObject();
                return new JsonValue.Obj(members);
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                List<JsonValue> items = new ArrayList<>();
                while (reader.hasNext()) {
                    items.add(read(path + "[" + items.size() + "]", reader));
                }
                reader.endArray();
                return new JsonValue.Arr(items);
            }
            case STRING -> {
                return new JsonValue.Str(reader.nextString());
            }
            case NUMBER -> {
                String literal = reader.nextString();
                double value = Double.parseDouble(literal);
                if (!Double.isFinite(value)) {
                    throw new InvalidInputException(path, "the number " + literal + " is out of range for a double");
                }
                return new JsonValue.Num(value);
            }
            case BOOLEAN -> {
                return new JsonValue.Bool(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonValue.Null.INSTANCE;
            }
            default ->
                throw new InvalidInputException(
                        path, "expected a JSON value, found " + StrictJsonReading.describe(token));
        }
    }
}
