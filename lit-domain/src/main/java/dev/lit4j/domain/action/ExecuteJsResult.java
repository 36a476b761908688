package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.pkp.PkpSignature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a Lit Action execution came to, merged over the nodes (operations spec §2.5).
 *
 * @param response the response the request's strategy chose; {@code ""} if the action set none
 * @param signatures the signatures the action made ({@code signEcdsa}, {@code ethPersonalSignMessageEcdsa}), by
 *     {@code sigName}, each combined from the nodes' shares and checked to recover to its PKP
 * @param claims the keys the action claimed, by key id
 * @param logs what the action logged (the most common non-empty logs); {@code ""} if nothing
 */
public record ExecuteJsResult(
        String response, Map<String, PkpSignature> signatures, Map<String, LitActionClaim> claims, String logs) {

    public ExecuteJsResult {
        InvalidInputException.requireNonNull("result.response", response);
        signatures = Collections.unmodifiableMap(
                new LinkedHashMap<>(InvalidInputException.requireNonNull("result.signatures", signatures)));
        claims = Collections.unmodifiableMap(
                new LinkedHashMap<>(InvalidInputException.requireNonNull("result.claims", claims)));
        InvalidInputException.requireNonNull("result.logs", logs);
    }

    /** The response read as JSON (actions usually set {@code JSON.stringify(...)}), if it is JSON. */
    public Optional<JsonValue> responseJson() {
        try {
            return Optional.of(JsonValueParser.parse("response", response));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
