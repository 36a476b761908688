package dev.lit4j.domain.session;

import static dev.lit4j.domain.codec.internal.StrictJsonReading.string;

import com.google.gson.stream.JsonReader;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The strict reader behind {@link SessionSignedMessage#parse}. */
final class SessionSignedMessageParser {
    private static final String FIELD = "signedMessage";

    private SessionSignedMessageParser() {}

    static SessionSignedMessage parse(String json) {
        return StrictJsonReading.document(FIELD, json, "the message object", SessionSignedMessageParser::message);
    }

    private static SessionSignedMessage message(JsonReader reader) throws IOException {
        MessageFields fields = new MessageFields();
        StrictJsonReading.object(FIELD, reader, (key, path) -> {
            switch (key) {
                case "sessionKey" -> fields.sessionKey = string(path, reader);
                case "resourceAbilityRequests" -> fields.requests = requests(path, reader);
                case "capabilities" -> fields.capabilities = capabilities(path, reader);
                case "issuedAt" -> fields.issuedAt = string(path, reader);
                case "expiration" -> fields.expiration = string(path, reader);
                case "nodeAddress" -> fields.nodeAddress = string(path, reader);
                case "maxPrice" -> fields.maxPrice = JsonValueParser.read(path, reader);
                // the node's struct does not deny unknown fields
                default -> JsonValueParser.read(path, reader);
            }
        });
        return new SessionSignedMessage(
                required("sessionKey", fields.sessionKey),
                required("resourceAbilityRequests", fields.requests),
                required("capabilities", fields.capabilities),
                required("issuedAt", fields.issuedAt),
                required("expiration", fields.expiration),
                required("nodeAddress", fields.nodeAddress),
                fields.maxPrice);
    }

    private static List<SessionSignedMessage.ResourceAbilityEntry> requests(String path, JsonReader reader)
            throws IOException {
        StrictJsonReading.expectArray(path, reader);
        reader.beginArray();
        List<SessionSignedMessage.ResourceAbilityEntry> entries = new ArrayList<>();
        while (reader.hasNext()) {
            entries.add(entry(path + "[" + entries.size() + "]", reader));
        }
        reader.endArray();
        return entries;
    }

    private static SessionSignedMessage.ResourceAbilityEntry entry(String path, JsonReader reader) throws IOException {
        EntryFields fields = new EntryFields();
        StrictJsonReading.object(path, reader, (key, keyPath) -> {
            switch (key) {
                case "resource" -> fields.resource = resource(keyPath, reader);
                case "ability" -> fields.ability = string(keyPath, reader);
                // e.g. the JS SDK's "data"; the node ignores it
                default -> JsonValueParser.read(keyPath, reader);
            }
        });
        if (fields.resource == null) {
            throw new InvalidInputException(path + ".resource", "is missing");
        }
        if (fields.ability == null) {
            throw new InvalidInputException(path + ".ability", "is missing");
        }
        return new SessionSignedMessage.ResourceAbilityEntry(
                fields.resource.prefix(), fields.resource.id(), fields.ability);
    }

    private static Resource resource(String path, JsonReader reader) throws IOException {
        ResourceFields fields = new ResourceFields();
        StrictJsonReading.object(path, reader, (key, keyPath) -> {
            switch (key) {
                case "resource" -> fields.id = string(keyPath, reader);
                case "resourcePrefix" -> fields.prefix = string(keyPath, reader);
                default -> JsonValueParser.read(keyPath, reader);
            }
        });
        if (fields.id == null) {
            throw new InvalidInputException(path + ".resource", "is missing");
        }
        if (fields.prefix == null) {
            throw new InvalidInputException(path + ".resourcePrefix", "is missing");
        }
        return new Resource(fields.prefix, fields.id);
    }

    private static List<AuthSig> capabilities(String path, JsonReader reader) throws IOException {
        StrictJsonReading.expectArray(path, reader);
        reader.beginArray();
        List<AuthSig> capabilities = new ArrayList<>();
        while (reader.hasNext()) {
            capabilities.add(AuthSigJson.read(path + "[" + capabilities.size() + "]", reader));
        }
        reader.endArray();
        return capabilities;
    }

    private static <T> T required(String key, T value) {
        if (value == null) {
            throw new InvalidInputException(FIELD + "." + key, "is missing");
        }
        return value;
    }

    private record Resource(String prefix, String id) {}

    /** The message's members as they are read. */
    private static final class MessageFields {
        private String sessionKey;
        private List<SessionSignedMessage.ResourceAbilityEntry> requests;
        private List<AuthSig> capabilities;
        private String issuedAt;
        private String expiration;
        private String nodeAddress;
        private JsonValue maxPrice;
    }

    /** A resource-ability entry's members as they are read. */
    private static final class EntryFields {
        private Resource resource;
        private String ability;
    }

    /** A resource's members as they are read. */
    private static final class ResourceFields {
        private String id;
        private String prefix;
    }
}
