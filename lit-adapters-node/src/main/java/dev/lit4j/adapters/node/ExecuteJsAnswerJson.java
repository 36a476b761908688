package dev.lit4j.adapters.node;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.AnswerJson;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.action.ClaimData;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.SignedDataShare;
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
    private ExecuteJsAnswerJson() {
    }

    /**
     * The answer of {@code nodeUrl}.
     *
     * @throws MalformedAnswerException if {@code success} is not {@code true} or a member is missing or of the
     *     wrong type, naming it
     */
    static ExecuteJsAnswer parse(String nodeUrl, JsonObject body) {
        JsonElement success = body.get("success");
        if (success == null || !success.isJsonPrimitive() || !success.getAsJsonPrimitive().isBoolean()
                || !success.getAsBoolean()) {
            throw new MalformedAnswerException("\"success\" is " + AnswerJson.describe(success) + "; expected true");
        }
        Map<String, SignedDataShare> signedData = new LinkedHashMap<>();
        object(body, "signedData").entrySet().forEach(entry -> {
            JsonObject share = entryObject("signedData", entry.getKey(), entry.getValue());
            signedData.put(entry.getKey(), new SignedDataShare(
                    string(share, "signedData." + entry.getKey(), "sigName"),
                    string(share, "signedData." + entry.getKey(), "sigType"),
                    string(share, "signedData." + entry.getKey(), "dataSigned"),
                    string(share, "signedData." + entry.getKey(), "signatureShare"),
                    AnswerJson.requiredIndex(share, "shareIndex"),
                    string(share, "signedData." + entry.getKey(), "bigR"),
                    string(share, "signedData." + entry.getKey(), "publicKey")));
        });
        Map<String, ClaimData> claimData = new LinkedHashMap<>();
        object(body, "claimData").entrySet().forEach(entry -> {
            JsonObject claim = entryObject("claimData", entry.getKey(), entry.getValue());
            claimData.put(entry.getKey(), new ClaimData(string(claim, "claimData." + entry.getKey(), "signature"),
                    string(claim, "claimData." + entry.getKey(), "derivedKeyId")));
        });
        return new ExecuteJsAnswer(nodeUrl, signedData, claimData, string(body, "answer", "response"),
                string(body, "answer", "logs"));
    }

    private static JsonObject object(JsonObject body, String key) {
        JsonElement value = body.get(key);
        if (value == null || !value.isJsonObject()) {
            throw new MalformedAnswerException("\"" + key + "\" is " + AnswerJson.describe(value)
                    + "; expected an object");
        }
        return value.getAsJsonObject();
    }

    private static JsonObject entryObject(String map, String key, JsonElement value) {
        if (!value.isJsonObject()) {
            throw new MalformedAnswerException("\"" + map + "." + key + "\" is " + AnswerJson.describe(value)
                    + "; expected an object");
        }
        return value.getAsJsonObject();
    }

    private static String string(JsonObject object, String where, String key) {
        try {
            return AnswerJson.optionalString(object, key).orElseThrow(() -> new MalformedAnswerException(
                    "\"" + key + "\" is missing; expected a string"));
        } catch (MalformedAnswerException e) {
            throw new MalformedAnswerException(where + ": " + e.getMessage(), e);
        }
    }
}
