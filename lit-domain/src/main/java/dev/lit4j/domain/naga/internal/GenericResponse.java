package dev.lit4j.domain.naga.internal;

import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.PrintableText;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * lit-peer's {@code GenericResponse}, the plaintext of every Naga reply envelope (node spec §6.2, operations
 * spec §5.3): {@code {"ok":true,"error":null,"errorObject":null,"data":{…}}} on success, or
 * {@code {"ok":false,"error":"<short text>","errorObject":"<PublicError JSON as a string>","data":null}}.
 *
 * <p>{@code data} is kept as JSON text, its numbers exactly as written, for the operation's own codec.
 */
public final class GenericResponse {
    private static final String FIELD = "genericResponse";

    private final boolean ok;
    private final @Nullable String error;
    private final @Nullable String errorObject;
    private final @Nullable String data;

    private GenericResponse(boolean ok, @Nullable String error, @Nullable String errorObject, @Nullable String data) {
        this.ok = ok;
        this.error = error;
        this.errorObject = errorObject;
        this.data = data;
    }

    /**
     * A success carrying {@code dataJson}.
     *
     * @throws InvalidInputException if {@code dataJson} is not one strict JSON value
     */
    public static GenericResponse success(String dataJson) {
        JsonValueParser.parse(FIELD + ".data", dataJson);
        return new GenericResponse(true, null, null, dataJson);
    }

    /**
     * A failure: lit-peer's short text and the PublicError JSON (node spec §6.1) as a string.
     *
     * @throws InvalidInputException if either is missing
     */
    public static GenericResponse failure(String error, String errorObjectJson) {
        return new GenericResponse(
                false,
                InvalidInputException.requireNonNull(FIELD + ".error", error),
                InvalidInputException.requireNonNull(FIELD + ".errorObject", errorObjectJson),
                null);
    }

    /**
     * Reads a decrypted reply.
     *
     * @throws InvalidInputException naming the field: not strict JSON, not an object, {@code ok} missing or not
     *     a boolean, {@code error} or {@code errorObject} neither a string nor null, a success without
     *     {@code data}
     */
    public static GenericResponse parse(String json) {
        JsonValue value = JsonValueParser.parse(FIELD, json);
        if (!(value instanceof JsonValue.Obj object)) {
            throw new InvalidInputException(FIELD, "expected an object {ok, error, errorObject, data}");
        }
        if (!(object.get("ok").orElse(null) instanceof JsonValue.Bool ok)) {
            throw new InvalidInputException(FIELD + ".ok", object.has("ok") ? "expected a boolean" : "is missing");
        }
        String error = optionalString(object, "error");
        String errorObject = optionalString(object, "errorObject");
        JsonValue data = object.get("data").orElse(JsonValue.Null.INSTANCE);
        String dataJson = data == JsonValue.Null.INSTANCE
                ? null
                : JsonParser.parseString(json).getAsJsonObject().get("data").toString();
        if (ok.value() && dataJson == null) {
            throw new InvalidInputException(FIELD + ".data", "is missing from a successful response");
        }
        return new GenericResponse(ok.value(), error, errorObject, dataJson);
    }

    private static @Nullable String optionalString(JsonValue.Obj object, String name) {
        JsonValue value = object.get(name).orElse(JsonValue.Null.INSTANCE);
        if (value == JsonValue.Null.INSTANCE) {
            return null;
        }
        if (value instanceof JsonValue.Str text) {
            return text.value();
        }
        throw new InvalidInputException(FIELD + "." + name, "expected a string or null");
    }

    /** True on success. */
    public boolean ok() {
        return ok;
    }

    /** The short error text of a failure, e.g. {@code "invalid user address"}. Unescaped node text. */
    public Optional<String> optionalError() {
        return Optional.ofNullable(error);
    }

    /** The PublicError JSON (node spec §6.1) of a failure, as the string the node sent. Unescaped node text. */
    public Optional<String> optionalErrorObject() {
        return Optional.ofNullable(errorObject);
    }

    /** The {@code data} JSON of a success. */
    public Optional<String> optionalData() {
        return Optional.ofNullable(data);
    }

    /** The JSON lit-peer writes, keys in its order. */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\"ok\":").append(ok).append(",\"error\":");
        appendNullable(out, error);
        out.append(",\"errorObject\":");
        appendNullable(out, errorObject);
        out.append(",\"data\":").append(data == null ? "null" : data).append('}');
        return out.toString();
    }

    private static void appendNullable(StringBuilder out, @Nullable String text) {
        if (text == null) {
            out.append("null");
        } else {
            JsJson.quote(out, text);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GenericResponse that
                && ok == that.ok
                && Objects.equals(error, that.error)
                && Objects.equals(errorObject, that.errorObject)
                && Objects.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ok, error, errorObject, data);
    }

    /** Shows the outcome; node text escaped and bounded, {@code data} only by length. */
    @Override
    public String toString() {
        return ok
                ? "GenericResponse[ok, data=" + data.length() + " chars]"
                : "GenericResponse[failed: " + PrintableText.of(error) + "]";
    }
}
