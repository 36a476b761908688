package dev.lit4j.domain.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.port.NodeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code execute-js-datil.json}: the Lit Action CIDs and the JS SDK 7.4's merge of the nodes' answers. */
class ExecuteJsKnownAnswersTest {
    private static final JsonObject VECTORS =
            JsonParser.parseString(Vectors.text("execute-js-datil.json")).getAsJsonObject();

    /** The transcript's node answers, as the HTTP adapter reads them. */
    static List<ExecuteJsAnswer> answers(String transcript) {
        JsonObject scenario = VECTORS.getAsJsonObject(transcript);
        List<ExecuteJsAnswer> answers = new ArrayList<>();
        for (int i = 0; i < scenario.getAsJsonArray("nodeResponses").size(); i++) {
            JsonObject answer = scenario.getAsJsonArray("nodeResponses").get(i).getAsJsonObject();
            Map<String, SignedDataShare> signedData = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry :
                    answer.getAsJsonObject("signedData").entrySet()) {
                JsonObject share = entry.getValue().getAsJsonObject();
                signedData.put(
                        entry.getKey(),
                        new SignedDataShare(
                                share.get("sigName").getAsString(),
                                share.get("sigType").getAsString(),
                                share.get("dataSigned").getAsString(),
                                share.get("signatureShare").getAsString(),
                                share.get("shareIndex").getAsInt(),
                                share.get("bigR").getAsString(),
                                share.get("publicKey").getAsString()));
            }
            answers.add(new ExecuteJsAnswer(
                    scenario.getAsJsonArray("nodes").get(i).getAsString(),
                    signedData,
                    Map.of(),
                    answer.get("response").getAsString(),
                    answer.get("logs").getAsString()));
        }
        return answers;
    }

    @Test
    void theCidsOfTheExamples() {
        for (JsonElement example : VECTORS.getAsJsonObject("litActionCid").getAsJsonArray("examples")) {
            JsonObject pair = example.getAsJsonObject();
            ExecuteJsRequest request =
                    ExecuteJsRequest.code(pair.get("code").getAsString()).build();

            assertEquals(pair.get("cid").getAsString(), request.cid().value());
        }
        ExecuteJsRequest first = ExecuteJsRequest.code(
                        VECTORS.getAsJsonObject("withSigning").get("code").getAsString())
                .build();
        assertEquals(
                VECTORS.getAsJsonObject("litActionCid")
                        .get("resourceKeyExample")
                        .getAsString(),
                first.resource().key());
    }

    @Test
    void withoutSigningTheDefaultStrategyPicksTheLeastCommonResponse() {
        ExecuteJsResult result = ExecuteJsMerge.merge(answers("withoutSigning"), 2, ResponseStrategy.LEAST_COMMON);
        JsonObject sdkResult = VECTORS.getAsJsonObject("withoutSigning").getAsJsonObject("sdkResult");

        assertEquals(sdkResult.get("response").getAsString(), result.response());
        assertEquals("B", result.response());
        assertEquals(sdkResult.get("logs").getAsString(), result.logs());
        assertEquals(Map.of(), result.claims());
    }

    @Test
    void theMostCommonStrategyPicksTheMajority() {
        assertEquals(
                "A",
                ExecuteJsMerge.merge(answers("withoutSigning"), 2, ResponseStrategy.MOST_COMMON)
                        .response());
    }

    @Test
    void theSigningTranscriptMergesToTheSdksResult() {
        ExecuteJsResult result = ExecuteJsMerge.merge(answers("withSigning"), 2, ResponseStrategy.LEAST_COMMON);
        JsonObject sdkResult = VECTORS.getAsJsonObject("withSigning").getAsJsonObject("sdkResult");

        assertEquals(sdkResult.get("response").toString(), result.response());
        assertEquals("", result.logs());
        assertEquals(List.of("sig1"), List.copyOf(result.signatures().keySet()));
        assertEquals(
                sdkResult.getAsJsonObject("signatures").get("sig1").toString(),
                result.signatures().get("sig1").toJson());
        assertEquals(Map.of(), result.claims());
    }

    @Test
    void aSignatureWithFewerValidSharesThanTheThresholdFails() {
        NodeException e = assertThrows(
                NodeException.class,
                () -> ExecuteJsMerge.merge(answers("withSigning"), 3, ResponseStrategy.LEAST_COMMON));

        assertEquals(
                "executeJs: the signature \"sig1\" has 2 valid share(s) from 3 nodes, and 3 (the threshold) are"
                        + " needed",
                e.getMessage());
    }

    @Test
    void sharesThatDoNotCombineFailNamingTheNodes() {
        List<ExecuteJsAnswer> answers = answers("withSigning");
        ExecuteJsAnswer last = answers.get(2);
        SignedDataShare share = last.signedData().get("sig1");
        SignedDataShare forged = new SignedDataShare(
                "sig1",
                share.sigType(),
                share.dataSigned(),
                "\"" + "1".repeat(64) + "\"",
                0,
                share.bigR(),
                share.publicKey());
        List<ExecuteJsAnswer> withForgery = List.of(
                answers.get(0),
                answers.get(1),
                new ExecuteJsAnswer(last.nodeUrl(), Map.of("sig1", forged), Map.of(), last.response(), last.logs()));

        NodeException e = assertThrows(
                NodeException.class, () -> ExecuteJsMerge.merge(withForgery, 2, ResponseStrategy.LEAST_COMMON));

        assertTrue(
                e.getMessage().startsWith("executeJs: the shares of the signature \"sig1\" do not combine:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("[https://127.0.0.1:7470, https://127.0.0.1:7472]"), e.getMessage());
    }
}
