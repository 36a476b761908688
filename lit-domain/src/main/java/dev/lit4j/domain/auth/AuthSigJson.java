package dev.lit4j.domain.auth;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import java.io.IOException;

/**
 * The JSON form of an {@link AuthSig}, as the JS SDK writes it and as a Lit node reads it.
 *
 * <p>Writing keeps the JS key order ({@code sig, derivedVia, signedMessage, address[, algo]}; for
 * {@code lit.bls} sigs {@code sig, algo, derivedVia, signedMessage, address}) and JS string escaping.
 * Reading is as strict as the node: only the five keys, none twice, the four required ones present,
 * {@code algo} a string, null or absent.
 */
public final class AuthSigJson {
    private AuthSigJson() {}

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
        return StrictJsonReading.document(field, json, "the AuthSig object", reader -> read(field, reader));
    }

    /**
     * Reads one AuthSig object from {@code reader}, strictly, leaving the reader after its closing brace.
     *
     * @throws InvalidInputException as {@link #parse}
     * @throws IOException if the reader fails or the JSON is malformed
     */
    public static AuthSig read(String field, JsonReader reader) throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw new InvalidInputException(
                    field, "expected an AuthSig object, found " + StrictJsonReading.describe(reader.peek()));
        }
        Fields fields = new Fields();
        StrictJsonReading.object(field, reader, (key, path) -> {
            switch (key) {
                case "sig" -> fields.sig = readString(path, reader, false);
                case "derivedVia" -> fields.derivedVia = readString(path, reader, false);
                case "signedMessage" -> fields.signedMessage = readString(path, reader, false);
                case "address" -> fields.address = readString(path, reader, false);
                case "algo" -> fields.algo = readString(path, reader, true);
                default ->
                    throw new InvalidInputException(
                            path,
                            "unknown AuthSig key; only sig,"
                                    + " derivedVia, signedMessage, address and algo are allowed");
            }
        });
        requirePresent(field, "sig", fields.sig);
        requirePresent(field, "derivedVia", fields.derivedVia);
        requirePresent(field, "signedMessage", fields.signedMessage);
        requirePresent(field, "address", fields.address);
        return new AuthSig(fields.sig, fields.derivedVia, fields.signedMessage, fields.address, fields.algo);
    }

    private static String readString(String path, JsonReader reader, boolean nullable) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL && nullable) {
            reader.nextNull();
            return null;
        }
        if (token != JsonToken.STRING) {
            throw new InvalidInputException(
                    path,
                    "expected a string" + (nullable ? " or null" : "") + ", found "
                            + StrictJsonReading.describe(token));
        }
        return reader.nextString();
    }

    private static void requirePresent(String field, String key, String value) {
        if (value == null) {
            throw new InvalidInputException(field + "." + key, "is missing");
        }
    }

    /** An AuthSig's members as they are read. */
    private static final class Fields {
        private String sig;
        private String derivedVia;
        private String signedMessage;
        private String address;
        private String algo;
    }
}
