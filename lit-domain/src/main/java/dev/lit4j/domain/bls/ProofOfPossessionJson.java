package dev.lit4j.domain.bls;

import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.StrictJsonReading;

/**
 * The serde form in which Lit (blsful) tags a BLS value with its scheme: {@code {"ProofOfPossession":"<hex>"}}.
 * Only the proof-of-possession scheme is accepted, and only the Datil form whose value is a hex string.
 */
final class ProofOfPossessionJson {
    static final String KEY = "ProofOfPossession";

    private ProofOfPossessionJson() {}

    /** {@code {"ProofOfPossession":"<hex>"}}, compact, as the JS SDK writes it. */
    static String write(String hex) {
        StringBuilder out = new StringBuilder(hex.length() + 24);
        out.append('{');
        JsJson.key(out, KEY);
        JsJson.quote(out, hex);
        return out.append('}').toString();
    }

    /**
     * {@code {"ProofOfPossession":{"identifier":"<hex>","value":"<hex>"}}}, compact: the blsful 3 (Naga) form of
     * a signature share.
     */
    static String writeIdentified(String identifierHex, String valueHex) {
        StringBuilder out = new StringBuilder(valueHex.length() + 120);
        out.append('{');
        JsJson.key(out, KEY);
        out.append('{');
        JsJson.key(out, "identifier");
        JsJson.quote(out, identifierHex);
        out.append(',');
        JsJson.key(out, "value");
        JsJson.quote(out, valueHex);
        return out.append("}}").toString();
    }

    /**
     * The hex string inside {@code {"ProofOfPossession":"<hex>"}}; the hex itself is not checked here.
     *
     * @throws InvalidInputException naming {@code field} on malformed JSON, another scheme tag, an extra
     *     key or a value that is not a string
     */
    static String read(String field, String json) {
        return readTagged(field, json, "\"<hex>\"", reader -> {
            if (reader.peek() != JsonToken.STRING) {
                throw new InvalidInputException(
                        field + "." + KEY,
                        "expected a hex string (the Datil form), found " + StrictJsonReading.describe(reader.peek()));
            }
            return reader.nextString();
        });
    }

    /**
     * The value inside {@code {"ProofOfPossession":<value>}}, read by {@code value}.
     *
     * @param shape the expected value, for messages, e.g. {@code "<hex>"}
     * @throws InvalidInputException naming {@code field} on malformed JSON, another scheme tag, an extra
     *     key, or whatever {@code value} refuses
     */
    static <T> T readTagged(String field, String json, String shape, StrictJsonReading.ValueReader<T> value) {
        return StrictJsonReading.document(field, json, "the " + KEY + " object", reader -> {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw new InvalidInputException(
                        field,
                        "expected {\"" + KEY + "\":" + shape + "}, found " + StrictJsonReading.describe(reader.peek()));
            }
            reader.beginObject();
            if (!reader.hasNext()) {
                throw new InvalidInputException(
                        field, "expected {\"" + KEY + "\":" + shape + "}, found an empty object");
            }
            String key = reader.nextName();
            if (!KEY.equals(key)) {
                throw new InvalidInputException(
                        field, "unsupported BLS scheme \"" + key + "\"; only " + KEY + " is accepted");
            }
            T result = value.read(reader);
            if (reader.hasNext()) {
                throw new InvalidInputException(
                        field,
                        "unexpected key \"" + reader.nextName() + "\" after " + KEY
                                + "; the object must have exactly one key");
            }
            reader.endObject();
            return result;
        });
    }
}
