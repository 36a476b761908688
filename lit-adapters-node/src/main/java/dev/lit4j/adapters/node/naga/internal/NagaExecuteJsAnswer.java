package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ClaimData;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.SignedDataShare;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a node's opened {@code execute/v2} answer (operations spec §5.8, {@code JsonExecutionResponse}):
 * {@code success}, {@code signedData} whose entries are {@code {sigType, signatureShare, publicKey, sigName}} with
 * {@code signatureShare} a JSON string of an {@code EcdsaSignedMessageShare}, {@code claimData}, {@code response}
 * and {@code logs}, into the domain's answer (the Datil shape, which the domain combines); {@code decryptedData}
 * and {@code paymentDetail} are not used.
 */
public final class NagaExecuteJsAnswer {
    private NagaExecuteJsAnswer() {}

    /**
     * The answer of {@code nodeUrl}.
     *
     * @throws MalformedAnswerException if {@code success} is not true or a member is missing or malformed, naming it
     */
    public static ExecuteJsAnswer parse(String nodeUrl, String dataJson) {
        JsonValue.Obj data = NagaData.object(dataJson);
        if (!(data.get("success").orElse(null) instanceof JsonValue.Bool success) || !success.value()) {
            throw new MalformedAnswerException("\"success\" is "
                    + data.get("success").map(JsJson::stringify).orElse("missing") + "; expected true");
        }
        Map<String, SignedDataShare> signedData = new LinkedHashMap<>();
        object(data, "signedData").members().forEach(member -> {
            JsonValue.Obj entry = entry("signedData", member);
            String where = "signedData." + member.name() + ".signatureShare";
            EcdsaSignedMessageShare share;
            try {
                share = EcdsaSignedMessageShare.fromJson(where, NagaData.string(entry, "signatureShare"));
            } catch (InvalidInputException e) {
                throw new MalformedAnswerException(e.getMessage(), e);
            }
            signedData.put(
                    member.name(),
                    new SignedDataShare(
                            NagaData.string(entry, "sigName"),
                            NagaData.string(entry, "sigType"),
                            share.digest().hex(),
                            String.format("%064x", share.signatureShare()),
                            0,
                            share.bigR(),
                            share.publicKey().hex()));
        });
        Map<String, ClaimData> claimData = new LinkedHashMap<>();
        object(data, "claimData").members().forEach(member -> {
            JsonValue.Obj claim = entry("claimData", member);
            claimData.put(
                    member.name(),
                    new ClaimData(NagaData.string(claim, "signature"), NagaData.string(claim, "derivedKeyId")));
        });
        return new ExecuteJsAnswer(
                nodeUrl, signedData, claimData, NagaData.string(data, "response"), NagaData.string(data, "logs"));
    }

    private static JsonValue.Obj object(JsonValue.Obj data, String name) {
        if (!(data.get(name).orElse(null) instanceof JsonValue.Obj object)) {
            throw new MalformedAnswerException(
                    "\"" + name + "\" is " + (data.has(name) ? "not an object" : "missing") + "; expected an object");
        }
        return object;
    }

    private static JsonValue.Obj entry(String map, JsonValue.Member member) {
        if (!(member.value() instanceof JsonValue.Obj object)) {
            throw new MalformedAnswerException("\"" + map + "." + member.name() + "\" is not an object");
        }
        return object;
    }
}
