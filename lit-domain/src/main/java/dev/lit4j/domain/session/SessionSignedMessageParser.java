package dev.lit4j.domain.session;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsonValueParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The strict reader behind {@link SessionSignedMessage#parse}. */
final class SessionSignedMessageParser {
    private static final String FIELD = "signedMessage";

    private SessionSignedMessageParser() {
    }

    static SessionSignedMessage parse(String json) {
        InvalidInputException.requireNonNull(FIELD, json);
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            SessionSignedMessage message = message(reader);
            try {
                reader.peek();
            } catch (IOException e) {
                // a strict reader refuses a second top-level value
                throw new InvalidInputException(FIELD, "unexpected content after the message object");
            }
            return message;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidInputException(FIELD, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static SessionSignedMessage message(JsonReader reader) throws IOException {
        expectObject(FIELD, reader);
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        String sessionKey = null;
        List<SessionSignedMessage.ResourceAbilityEntry> requests = null;
        List<AuthSig> capabilities = null;
        String issuedAt = null;
        String expiration = null;
        String nodeAddress = null;
        while (reader.hasNext()) {
            String key = reader.nextName();
            String path = FIELD + "." + key;
            if (!seen.add(key)) {
                throw new InvalidInputException(path, "the key appears twice");
            }
            switch (key) {
                case "sessionKey" -> sessionKey = string(path, reader);
                case "resourceAbilityRequests" -> requests = requests(path, reader);
                case "capabilities" -> capabilities = capabilities(path, reader);
                case "issuedAt" -> issuedAt = string(path, reader);
                case "expiration" -> expiration = string(path, reader);
                case "nodeAddress" -> nodeAddress = string(path, reader);
                // the node's struct does not deny unknown fields (Naga's maxPrice among them)
                default -> JsonValueParser.read(path, reader);
            }
        }
        reader.endObject();
        return new SessionSignedMessage(required("sessionKey", sessionKey), required("resourceAbilityRequests", requests),
                required("capabilities", capabilities), required("issuedAt", issuedAt),
                required("expiration", expiration), required("nodeAddress", nodeAddress));
    }

    private static List<SessionSignedMessage.ResourceAbilityEntry> requests(String path, JsonReader reader)
            throws IOException {
        expectArray(path, reader);
        reader.beginArray();
        List<SessionSignedMessage.ResourceAbilityEntry> entries = new ArrayList<>();
        while (reader.hasNext()) {
            entries.add(entry(path + "[" + entries.size() + "]", reader));
        }
        reader.endArray();
        return entries;
    }

    private static SessionSignedMessage.ResourceAbilityEntry entry(String path, JsonReader reader) throws IOException {
        expectObject(path, reader);
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        Resource resource = null;
        String ability = null;
        while (reader.hasNext()) {
            String key = reader.nextName();
            String keyPath = path + "." + key;
            if (!seen.add(key)) {
                throw new InvalidInputException(keyPath, "the key appears twice");
            }
            switch (key) {
                case "resource" -> resource = resource(keyPath, reader);
                case "ability" -> ability = string(keyPath, reader);
                // e.g. the JS SDK's "data"; the node ignores it
                default -> JsonValueParser.read(keyPath, reader);
            }
        }
        reader.endObject();
        if (resource == null) {
            throw new InvalidInputException(path + ".resource", "is missing");
        }
        if (ability == null) {
            throw new InvalidInputException(path + ".ability", "is missing");
        }
        return new SessionSignedMessage.ResourceAbilityEntry(resource.prefix(), resource.id(), ability);
    }

    private static Resource resource(String path, JsonReader reader) throws IOException {
        expectObject(path, reader);
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        String prefix = null;
        String id = null;
        while (reader.hasNext()) {
            String key = reader.nextName();
            String keyPath = path + "." + key;
            if (!seen.add(key)) {
                throw new InvalidInputException(keyPath, "the key appears twice");
            }
            switch (key) {
                case "resource" -> id = string(keyPath, reader);
                case "resourcePrefix" -> prefix = string(keyPath, reader);
                default -> JsonValueParser.read(keyPath, reader);
            }
        }
        reader.endObject();
        if (id == null) {
            throw new InvalidInputException(path + ".resource", "is missing");
        }
        if (prefix == null) {
            throw new InvalidInputException(path + ".resourcePrefix", "is missing");
        }
        return new Resource(prefix, id);
    }

    private static List<AuthSig> capabilities(String path, JsonReader reader) throws IOException {
        expectArray(path, reader);
        reader.beginArray();
        List<AuthSig> capabilities = new ArrayList<>();
        while (reader.hasNext()) {
            capabilities.add(AuthSigJson.read(path + "[" + capabilities.size() + "]", reader));
        }
        reader.endArray();
        return capabilities;
    }

    private static String string(String path, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.STRING) {
            throw new InvalidInputException(path, "expected a string, found " + reader.peek());
        }
        return reader.nextString();
    }

    private static void expectObject(String path, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw new InvalidInputException(path, "expected an object, found " + reader.peek());
        }
    }

    private static void expectArray(String path, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_ARRAY) {
            throw new InvalidInputException(path, "expected an array, found " + reader.peek());
        }
    }

    private record Resource(String prefix, String id) {
    }

    private static <T> T required(String key, T value) {
        if (value == null) {
            throw new InvalidInputException(FIELD + "." + key, "is missing");
        }
        return value;
    }
}
