package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as an endpoint sees it: path, headers, correlation id, SDK version and the JSON object body.
 * Immutable.
 */
public final class NodeRequest {
    private final String path;
    private final Map<String, List<String>> headers;
    private final String correlationId;
    private final String sdkVersion;
    private final JsonObject body;

    /**
     * A request; the node makes these, and an endpoint's unit test may too.
     *
     * @param path the request path
     * @param headers the headers, names in any letter case
     * @param correlationId the correlation id
     * @param sdkVersion the verified SDK version
     * @param body the JSON body (copied)
     */
    public NodeRequest(
            String path, Map<String, List<String>> headers, String correlationId, String sdkVersion, JsonObject body) {
        this.path = InvalidInputException.requireNonNull("path", path);
        InvalidInputException.requireNonNull("headers", headers);
        InvalidInputException.requireNonNull("body", body);
        Map<String, List<String>> byLowercaseName = new TreeMap<>();
        headers.forEach((name, values) -> byLowercaseName.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        this.headers = Map.copyOf(byLowercaseName);
        this.correlationId = correlationId;
        this.sdkVersion = sdkVersion;
        this.body = body.deepCopy();
    }

    /** The request path, e.g. {@code /web/sign_session_key/v1}. */
    public String path() {
        return path;
    }

    /** The first value of the header {@code name} (any letter case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The correlation id: {@code X-Correlation-Id}, else {@code X-Request-Id}, else one the node made up
     * ({@code LD-<uuid>}) on the endpoints that do not require it.
     */
    public String correlationId() {
        return correlationId;
    }

    /** The client's SDK version: the {@code X-Lit-SDK-Version} header, {@code 1.2.60} when it is absent. */
    public String sdkVersion() {
        return sdkVersion;
    }

    /** A copy of the JSON body. */
    public JsonObject body() {
        return body.deepCopy();
    }

    /**
     * The body's string member {@code key}.
     *
     * @throws LitNodeError (HTTP 422, kind {@code Parser}) if it is absent, null or not a string
     */
    public String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> invalidBody("missing field `" + key + "`"));
    }

    /**
     * The body's string member {@code key}, empty when it is absent or null.
     *
     * @throws LitNodeError (HTTP 422, kind {@code Parser}) if it is present and not a string
     */
    public Optional<String> optionalString(String key) {
        JsonElement value = body.get(key);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw invalidBody("invalid type for `" + key + "`: expected a string, found " + value);
        }
        return Optional.of(value.getAsString());
    }

    /** This request with another body: a Naga route's opened inner request. */
    NodeRequest withBody(JsonObject newBody) {
        return new NodeRequest(path, headers, correlationId, sdkVersion, newBody);
    }

    /** Whether {@code error} is an {@link #invalidBody} error: the body does not have the endpoint's shape. */
    static boolean isInvalidBody(LitNodeError error) {
        return error.code() == null && error.kind() == ErrorKind.PARSER && error.status() == 422;
    }

    /**
     * An error for a body that parsed as JSON but does not have the endpoint's shape, as a node reports
     * a failed JSON data guard: HTTP 422, uncoded, kind {@code Parser}.
     */
    public static LitNodeError invalidBody(String detail) {
        return LitNodeError.uncoded(ErrorKind.PARSER, detail).withStatus(422);
    }

    @Override
    public String toString() {
        return "NodeRequest[" + path + ", correlationId=" + correlationId + "]";
    }
}
