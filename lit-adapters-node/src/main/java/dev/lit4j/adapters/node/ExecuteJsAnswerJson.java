package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.action.ClaimData;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.SignedDataShare;
import dev.lit4j.domain.codec.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a node's HTTP 200 answer to {@code /web/execute/v1} (operations spec §2.4):
 * {@code {"success":true,"signedData":{…},"decryptedData":{},"claimData":{…},"response":"…","logs":"…"}},
 * each {@code signedData} entry {@code {sigType, dataSigned, signatureShare, shareIndex, bigR, publicKey,
 * sigName}} and each {@code claimData} entry {@code {signature, derivedKeyId}}. Values are kept as the node
 * wrote them; the domain strips the quotes and combines.
 */
final class ExecuteJsAnswerJson {
    private ExecuteJsAnswerJson() {}

    /**
     * The answer of {@code nodeUrl}.
     *
     * @throws MalformedAnswerException if {@code success} is not {@code true} or a member is missing or of the
     *     wrong type, naming it
     */
    static ExecuteJsAnswer parse(String nodeUrl, JsonValue.Obj body) {
        if (!AnswerJson.isTrue(body, "success")) {
            throw new MalformedAnswerException(
                    "\"success\" is " + AnswerJson.describe(AnswerJson.member(body, "success")) + "; expected true");
        }
        Map<String, SignedDataShare> signedData = new LinkedHashMap<>();
        object(body, "signedData").members().forEach(entry -> {
            JsonValue.Obj share = entryObject("signedData", entry.name(), entry.value());
            String where = "signedData." + entry.name();
            signedData.put(
                    entry.name(),
                    new SignedDataShare(
                            string(share, where, "sigName"),
                            string(share, where, "sigType"),
                            string(share, where, "dataSigned"),
                            string(share, where, "signatureShare"),
                            AnswerJson.requiredIndex(share, "shareIndex"),
                            string(share, where, "bigR"),
                            string(share, where, "publicKey")));
        });
        Map<String, ClaimData> claimData = new LinkedHashMap<>();
        object(body, "claimData").members().forEach(entry -> {
            JsonValue.Obj claim = entryObject("claimData", entry.name(), entry.value());
            claimData.put(
                    entry.name(),
                    new ClaimData(
                            string(claim, "claimData." + entry.name(), "signature"),
                            string(claim, "claimData." + entry.name(), "derivedKeyId")));
        });
        return new ExecuteJsAnswer(
                nodeUrl, signedData, claimData, string(body, "answer", "response"), string(body, "answer", "logs"));
    }

    private static JsonValue.Obj object(JsonValue.Obj body, String key) {
        JsonValue value = AnswerJson.member(body, key);
        if (!(value instanceof JsonValue.Obj object)) {
            throw new MalformedAnswerException(
                    "\"" + key + "\" is " + AnswerJson.describe(value) + "; expected an object");
        }
        return object;
    }

    private static JsonValue.Obj entryObject(String map, String key, JsonValue value) {
        if (!(value instanceof JsonValue.Obj object)) {
            throw new MalformedAnswerException(
                    "\"" + map + "." + key + "\" is " + AnswerJson.describe(value) + "; expected an object");
        }
        return object;
    }

    private static String string(JsonValue.Obj object, String where, String key) {
        try {
            return AnswerJson.optionalString(object, key)
                    .orElseThrow(() -> new MalformedAnswerException("\"" + key + "\" is missing; expected a string"));
        } catch (MalformedAnswerException e) {
            throw new MalformedAnswerException(where + ": " + e.getMessage(), e);
        }
    }
}
