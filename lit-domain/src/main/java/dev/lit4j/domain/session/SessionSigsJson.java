package dev.lit4j.domain.session;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsJson;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of {@link SessionSigs}, as the JS SDK writes a {@code SessionSigsMap}:
 * {@code {"<node url>":{"sig":…,"derivedVia":…,"signedMessage":…,"address":…,"algo":…},…}}.
 *
 * <p>Writing is byte-identical to JS {@code JSON.stringify} (entry order kept, JS key order and
 * escaping). Reading is strict: a JSON object whose every value is an AuthSig as a node reads it
 * (see {@link AuthSigJson}) in the shape of a {@link SessionSig}; no node URL twice. Every
 * {@code signedMessage} is kept exactly as it was signed.
 */
public final class SessionSigsJson {
    private static final String FIELD = "sessionSigs";

    private SessionSigsJson() {
    }

    /** The compact JSON of {@code sessionSigs}. */
    public static String toJson(SessionSigs sessionSigs) {
        StringBuilder out = new StringBuilder();
        write(out, sessionSigs);
        return out.toString();
    }

    /** Appends the compact JSON of {@code sessionSigs} to {@code out}. */
    public static void write(StringBuilder out, SessionSigs sessionSigs) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, SessionSig> entry : sessionSigs.byNodeUrl().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            JsJson.key(out, entry.getKey());
            AuthSigJson.write(out, entry.getValue().authSig());
        }
        out.append('}');
    }

    /**
     * Parses a session-sigs map, strictly.
     *
     * @throws InvalidInputException naming the node URL and key on malformed JSON, a repeated node URL,
     *     an entry that is not a session sig AuthSig, or an empty map
     */
    public static SessionSigs parse(String json) {
        InvalidInputException.requireNonNull(FIELD, json);
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw new InvalidInputException(FIELD, "expected an object of node URL to session sig, found "
                        + reader.peek());
            }
            Map<String, SessionSig> byNodeUrl = new LinkedHashMap<>();
            reader.beginObject();
            while (reader.hasNext()) {
                String nodeUrl = reader.nextName();
                String field = FIELD + "[" + nodeUrl + "]";
                if (byNodeUrl.containsKey(nodeUrl)) {
                    throw new InvalidInputException(field, "the node URL appears twice");
                }
                byNodeUrl.put(nodeUrl, SessionSig.of(field, AuthSigJson.read(field, reader)));
            }
            reader.endObject();
            requireEnd(reader);
            return new SessionSigs(byNodeUrl);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidInputException(FIELD, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void requireEnd(JsonReader reader) throws IOException {
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return;
            }
        } catch (MalformedJsonException e) {
            // a strict reader reports anything after the top-level value this way
        }
        throw new InvalidInputException(FIELD, "unexpected content after the session sigs object");
    }
}
