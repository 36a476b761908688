package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The {@code /web/execute/v1} bodies of {@code execute-js-datil.json}, byte for byte as the JS SDK 7.4 sent them. */
class ExecuteJsBodyTest {
    private static final JsonObject VECTORS = JsonParser.parseString(vectors()).getAsJsonObject();

    private static String vectors() {
        try (InputStream in = ExecuteJsBodyTest.class.getResourceAsStream("/vectors/execute-js-datil.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthSig sessionSigIn(String body) {
        return AuthSigJson.parse(
                "authSig",
                JsonParser.parseString(body).getAsJsonObject().get("authSig").toString());
    }

    @Test
    void everyNodesBodyOfTheSigningTranscript() {
        JsonObject scenario = VECTORS.getAsJsonObject("withSigning");
        Map<String, Object> jsParams = new LinkedHashMap<>();
        jsParams.put("toSign", Hex.decode("toSign", scenario.get("toSignHex").getAsString()));
        jsParams.put("publicKey", scenario.get("pkpPublicKey").getAsString());
        ExecuteJsRequest request = ExecuteJsRequest.code(scenario.get("code").getAsString())
                .jsParams(jsParams)
                .build();
        JsonArray requests = scenario.getAsJsonArray("requests");

        for (int i = 0; i < requests.size(); i++) {
            String expected = requests.get(i).getAsJsonObject().get("body").getAsString();

            assertEquals(
                    expected,
                    ExecuteJsBody.write(
                            request,
                            sessionSigIn(expected),
                            OptionalLong.of(scenario.get("epoch").getAsLong())),
                    "node " + i);
        }
    }

    @Test
    void theBodyWithoutJsParams() {
        JsonObject scenario = VECTORS.getAsJsonObject("withoutSigning");
        String expected = scenario.get("requestBodyNode0").getAsString();
        ExecuteJsRequest request = ExecuteJsRequest.code(VECTORS.getAsJsonObject("litActionCid")
                        .getAsJsonArray("examples")
                        .get(1)
                        .getAsJsonObject()
                        .get("code")
                        .getAsString())
                .build();

        assertEquals(expected, ExecuteJsBody.write(request, sessionSigIn(expected), OptionalLong.of(31316)));
    }

    @Test
    void anActionNamedByItsIpfsIdSendsIpfsIdAndNoEpochWhenUnknown() {
        String expected = VECTORS.getAsJsonObject("withoutSigning")
                .get("requestBodyNode0")
                .getAsString();
        AuthSig sessionSig = sessionSigIn(expected);
        ExecuteJsRequest request = ExecuteJsRequest.ipfsId("QmQF4xnPc7unrDRjwyM1VxraoDuHck3K9EMRZ1sc44spts")
                .jsParams(Map.of("n", 1))
                .build();

        assertEquals(
                "{\"ipfsId\":\"QmQF4xnPc7unrDRjwyM1VxraoDuHck3K9EMRZ1sc44spts\",\"jsParams\":{\"n\":1},"
                        + "\"authSig\":" + AuthSigJson.toJson(sessionSig) + "}",
                ExecuteJsBody.write(request, sessionSig, OptionalLong.empty()));
    }
}
