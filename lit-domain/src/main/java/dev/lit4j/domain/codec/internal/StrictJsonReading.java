package dev.lit4j.domain.codec.internal;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * The pieces of strict JSON reading that every Lit4j codec shares: an object whose keys may appear only
 * once, a string, an array — each refused with an {@link InvalidInputException} naming the path.
 */
public final class StrictJsonReading {
    private StrictJsonReading() {}

    /** Reads one JSON value from a reader standing before it. */
    @FunctionalInterface
    public interface ValueReader<T> {
        /** The value read. */
        T read(JsonReader reader) throws IOException;
    }

    /** Reads the value of one object member; the reader stands before the value. */
    @FunctionalInterface
    public interface MemberReader {
        /**
         * @param key the member's name
         * @param path the member's path, {@code <object path>.<key>}, for error messages
         */
        void read(String key, String path) throws IOException;
    }

    /**
     * Reads a whole JSON document, strictly: one value and nothing after it.
     *
     * @param what what the value is, for the message about trailing content, e.g. {@code "the AuthSig object"}
     * @throws InvalidInputException naming {@code field}: "not valid JSON: …", "unexpected content after …",
     *     or whatever {@code value} refuses
     */
    public static <T> T document(String field, String json, String what, ValueReader<T> value) {
        InvalidInputException.requireNonNull(field, json);
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            T result = value.read(reader);
            try {
                reader.peek();
            } catch (IOException e) {
                // a strict reader refuses a second top-level value
                throw new InvalidInputException(field, "unexpected content after " + what);
            }
            return result;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidInputException(field, "not valid JSON: " + JsonSyntaxProblem.describe(e), e);
        }
    }

    /**
     * Reads an object, handing each member to {@code members} in document order.
     *
     * @throws InvalidInputException if the value is not an object ("expected an object, found …") or a
     *     key appears twice ("the key appears twice", at the key's path)
     */
    public static void object(String path, JsonReader reader, MemberReader members) throws IOException {
        expect(path, reader, JsonToken.BEGIN_OBJECT, "an object");
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        while (reader.hasNext()) {
            String key = reader.nextName();
            String keyPath = path + "." + key;
            if (!seen.add(key)) {
                throw new InvalidInputException(keyPath, "the key appears twice");
            }
            members.read(key, keyPath);
        }
        reader.endObject();
    }

    /**
     * Reads a string.
     *
     * @throws InvalidInputException if the value is not a string ("expected a string, found …")
     */
    public static String string(String path, JsonReader reader) throws IOException {
        expect(path, reader, JsonToken.STRING, "a string");
        return reader.nextString();
    }

    /**
     * Checks that the next value is an array, without reading it.
     *
     * @throws InvalidInputException if it is not ("expected an array, found …")
     */
    public static void expectArray(String path, JsonReader reader) throws IOException {
        expect(path, reader, JsonToken.BEGIN_ARRAY, "an array");
    }

    private static void expect(String path, JsonReader reader, JsonToken token, String what) throws IOException {
        JsonToken found = reader.peek();
        if (found != token) {
            throw new InvalidInputException(path, "expected " + what + ", found " + describe(found));
        }
    }

    /** A token in words, for messages: "an array", "a string", "the end of the text". */
    public static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "an array";
            case END_ARRAY -> "the end of an array";
            case BEGIN_OBJECT -> "an object";
            case END_OBJECT -> "the end of an object";
            case NAME -> "a member name";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case END_DOCUMENT -> "the end of the text";
        };
    }
}
