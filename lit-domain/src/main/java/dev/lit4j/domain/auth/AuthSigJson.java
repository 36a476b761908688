package dev.lit4j.domain.auth;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsJson;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * The JSON form of an {@link AuthSig}, as the JS SDK writes it and as a Lit node reads it.
 *
 * <p>Writing keeps the JS key order ({@code sig, derivedVia, signedMessage, address[, algo]}; for
 * {@code lit.bls} sigs {@code sig, algo, derivedVia, signedMessage, address}) and JS string escaping.
 * Reading is as strict as the node: only the five keys, none twice, the four required ones present,
 * {@code algo} a string, null or absent.
 */
public final class AuthSigJson {
    private AuthSigJson() {
    }

    /** The compact JSON of {@code authSig}. */
    public static String toJson(AuthSig authSig) {
        StringBuilder out = new StringBuilder(authSig.signedMessage().length() + 256);
        write(out, authSig);
        return out.toString();
    }

    /** Appends the compact JSON of {@code authSig} to {@code out}. */
    public static void write(StringBuilder out, AuthSig authSig) {
        out.append('{');
        JsJson.key(out, "sig");
        JsJson.quote(out, authSig.sig());
        if (authSig.kind() == AuthSigKind.BLS_NETWORK) {
            out.append(',');
            JsJson.key(out, "algo");
            JsJson.quote(out, authSig.algo());
        }
        out.append(',');
        JsJson.key(out, "derivedVia");
        JsJson.quote(out, authSig.derivedVia());
        out.append(',');
        JsJson.key(out, "signedMessage");
        JsJson.quote(out, authSig.signedMessage());
        out.append(',');
        JsJson.key(out, "address");
        JsJson.quote(out, authSig.address());
        if (authSig.algo() != null && authSig.kind() != AuthSigKind.BLS_NETWORK) {
            out.append(',');
            JsJson.key(out, "algo");
            JsJson.quote(out, authSig.algo());
        }
        out.append('}');
    }

    /**
     * Parses one AuthSig object, strictly.
     *
     * @param field the name to report errors under, e.g. {@code "capabilities[0]"}
     * @throws InvalidInputException naming the field and key on malformed JSON, an unknown or
     *     repeated key, a missing required key or a non-string value
     */
    public static AuthSig parse(String field, String json) {
        InvalidInputException.requireNonNull(field, json);
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            AuthSig authSig = read(field, reader);
            try {
                reader.peek();
            } catch (IOException e) {
                // a strict reader refuses a second top-level value
                throw new InvalidInputException(field, "unexpected content after the AuthSig object");
            }
            return authSig;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidInputException(field, "not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads one AuthSig object from {@code reader}, strictly, leaving the reader after its closing brace.
     *
     * @throws InvalidInputException as {@link #parse}
     * @throws IOException if the reader fails or the JSON is malformed
     */
    public static AuthSig read(String field, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw new InvalidInputException(field, "expected an AuthSig object, found " + reader.peek());
        }
        reader.beginObject();
        String sig = null;
        String derivedVia = null;
        String signedMessage = null;
        String address = null;
        String algo = null;
        Set<String> seen = new HashSet<>();
        while (reader.hasNext()) {
            String key = reader.nextName();
            if (!seen.add(key)) {
                throw new InvalidInputException(field + "." + key, "the key appears twice");
            }
            switch (key) {
                case "sig" -> sig = readString(field, key, reader, false);
                case "derivedVia" -> derivedVia = readString(field, key, reader, false);
                case "signedMessage" -> signedMessage = readString(field, key, reader, false);
                case "address" -> address = readString(field, key, reader, false);
                case "algo" -> algo = readString(field, key, reader, true);
                default -> throw new InvalidInputException(field + "." + key, "unknown AuthSig key; only sig,"
                        + " derivedVia, signedMessage, address and algo are allowed");
            }
        }
        reader.endObject();
        requirePresent(field, "sig", sig);
        requirePresent(field, "derivedVia", derivedVia);
        requirePresent(field, "signedMessage", signedMessage);
        requirePresent(field, "address", address);
        return new AuthSig(sig, derivedVia, signedMessage, address, algo);
    }

    private static String readString(String field, String key, JsonReader reader, boolean nullable)
            throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL && nullable) {
            reader.nextNull();
            return null;
        }
        if (token != JsonToken.STRING) {
            throw new InvalidInputException(field + "." + key, "expected a string" + (nullable ? " or null" : "")
                    + ", found " + token);
        }
        return reader.nextString();
    }

    private static void requirePresent(String field, String key, String value) {
        if (value == null) {
            throw new InvalidInputException(field + "." + key, "is missing");
        }
    }
}
