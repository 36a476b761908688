package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.adapters.node.internal.InvalidShareException;
import dev.lit4j.adapters.node.internal.LitErrorBody;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The decrypt request body and the node's answer against the JS SDK 7.4 transcript of {@code encryption-datil.json}. */
class DecryptionBodyTest {
    private static final JsonObject VECTOR = read();
    private static final JsonObject DECRYPT = VECTOR.getAsJsonObject("decrypt");

    private static JsonObject read() {
        try (InputStream in = DecryptionBodyTest.class.getResourceAsStream("/vectors/encryption-datil.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachNodesBodyIsTheSdksByteForByte() {
        AccessControlConditions conditions = AccessControlConditions.of(
                Kind.EVM_BASIC, VECTOR.get("accessControlConditions").toString());
        JsonArray requests = DECRYPT.getAsJsonArray("requests");
        for (int i = 0; i < requests.size(); i++) {
            JsonObject sent = requests.get(i).getAsJsonObject();
            String body = sent.get("body").getAsString();
            String url = DECRYPT.getAsJsonArray("nodes").get(i).getAsString();
            SessionSig sig = SessionSig.of(
                    "authSig",
                    AuthSigJson.parse(
                            "authSig",
                            JsonParser.parseString(body)
                                    .getAsJsonObject()
                                    .get("authSig")
                                    .toString()));
            DecryptionRequest request = new DecryptionRequest(
                    conditions,
                    new DataHash(VECTOR.get("dataToEncryptHash").getAsString()),
                    "ethereum",
                    new SessionSigs(Map.of(url, sig)));
            assertEquals(url + NodeHttp.ENCRYPTION_SIGN_PATH, sent.get("url").getAsString());
            assertEquals(
                    body,
                    DecryptionBody.write(
                            request, sig, OptionalLong.of(DECRYPT.get("epoch").getAsLong())));
        }
    }

    @Test
    void theNodesAnswersParseToTheirSharesForTheIdentity() {
        String identity = VECTOR.get("identityParam").getAsString();
        JsonArray answers = DECRYPT.getAsJsonArray("nodeResponses");
        for (int i = 0; i < answers.size(); i++) {
            DecryptionShareAnswer answer = DecryptionShareAnswer.parse(
                    "node" + i, Fixtures.body(answers.get(i).getAsJsonObject()), identity);
            assertEquals(i + 1, answer.share().identifier());
            assertEquals(identity, answer.signedText());
        }
    }

    @Test
    void theNodesRefusalIsReportedWithItsCodeAndMessage() {
        JsonObject path = VECTOR.getAsJsonObject("decryptErrorPath");
        NodeFailure failure = LitErrorBody.parse(
                        "https://127.0.0.1:7470",
                        path.get("httpStatus").getAsInt(),
                        path.getAsJsonObject("nodeBody").toString())
                .orElseThrow();
        JsonObject info = path.getAsJsonObject("thrown").getAsJsonObject("info");
        assertEquals(info.get("errorCode").getAsString(), failure.errorCode());
        assertEquals(info.get("message").getAsString(), failure.message());
        assertEquals(401, failure.httpStatus());
        assertEquals("Validation", failure.errorKind());
        assertEquals(NodeFailure.Kind.LIT_ERROR, failure.kind());
    }

    @Test
    void aShareUnderTheWrongIndexOrAFailedResultIsRefused() {
        JsonObject answer =
                DECRYPT.getAsJsonArray("nodeResponses").get(0).getAsJsonObject().deepCopy();
        answer.addProperty("shareIndex", 1);
        assertEquals(
                "its share identifier is 1, but a Datil share's identifier is shareIndex + 1 = 2",
                assertThrows(
                                InvalidShareException.class,
                                () -> DecryptionShareAnswer.parse("n", Fixtures.body(answer), "id"))
                        .getMessage());
        answer.addProperty("result", "fail");
        assertEquals(
                "\"result\" is \"fail\", not \"success\"",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> DecryptionShareAnswer.parse("n", Fixtures.body(answer), "id"))
                        .getMessage());
    }
}
