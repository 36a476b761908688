package dev.lit4j.cli;

import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.action.LitActionClaim;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import java.util.List;
import java.util.Map;

/**
 * The JSON {@code lit4j execute} prints: {@code {"response", "signatures", "claims", "logs"}}, the response
 * as JSON when it is JSON, each signature ({@code r, s, recid, signature, publicKey, dataSigned}) and claim
 * in the JS SDK's shape.
 */
final class ExecuteJsResultJson {
    private ExecuteJsResultJson() {}

    static JsonValue.Obj of(ExecuteJsResult result) {
        JsonValue.Obj.Builder signatures = JsonValue.Obj.builder();
        result.signatures()
                .forEach((name, signature) ->
                        signatures.put(name, JsonValueParser.parse("signature", signature.toJson())));
        JsonValue.Obj.Builder claims = JsonValue.Obj.builder();
        for (Map.Entry<String, LitActionClaim> claim : result.claims().entrySet()) {
            List<EcdsaSignature> claimSignatures = claim.getValue().signatures();
            claims.put(
                    claim.getKey(),
                    JsonValue.Obj.builder()
                            .put(
                                    "signatures",
                                    Json.array(
                                            claimSignatures,
                                            signature -> JsonValue.Obj.builder()
                                                    .put(
                                                            "r",
                                                            JsonValue.of("0x"
                                                                    + signature
                                                                            .toRsvHex()
                                                                            .substring(2, 66)))
                                                    .put(
                                                            "s",
                                                            JsonValue.of("0x"
                                                                    + signature
                                                                            .toRsvHex()
                                                                            .substring(66, 130)))
                                                    .put(
                                                            "v",
                                                            Json.number(27
                                                                    + signature
                                                                            .recoveryId()
                                                                            .orElseThrow()))
                                                    .build()))
                            .put("derivedKeyId", JsonValue.of(claim.getValue().derivedKeyId()))
                            .build());
        }
        return JsonValue.Obj.builder()
                .put("response", result.responseJson().orElseGet(() -> JsonValue.of(result.response())))
                .put("signatures", signatures.build())
                .put("claims", claims.build())
                .put("logs", JsonValue.of(result.logs()))
                .build();
    }
}
