package dev.lit4j.domain.session;

import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
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

    private SessionSigsJson() {}

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
        return StrictJsonReading.document(FIELD, json, "the session sigs object", reader -> {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw new InvalidInputException(
                        FIELD,
                        "expected an object of node URL to session sig, found "
                                + StrictJsonReading.describe(reader.peek()));
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
            return new SessionSigs(byNodeUrl);
        });
    }
}
