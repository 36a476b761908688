package dev.lit4j.adapters.node.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.SignedDataShare;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.verify.NodeProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code execute/v2} against minimal Naga nodes: the wrapped jsParams, nodeSet, and the v8 signedData shape. */
class NagaExecuteJsOverHttpTest {
    private static final JsonArray SHARES =
            load().getAsJsonObject("ecdsaCombine").getAsJsonArray("shares");

    @RegisterExtension
    final NagaStubNodes nodes = new NagaStubNodes(3);

    @Test
    void theThresholdRunsTheActionWithWrappedParamsAndAnswersV8SignedData() {
        NagaNodeTransport transport = transport();
        List<String> chosen = transport.network().nodeUrls().subList(0, 2);
        for (int i = 0; i < 2; i++) {
            JsonObject entry = new JsonObject();
            entry.addProperty("sigType", "EcdsaK256Sha256");
            entry.add("signatureShare", new JsonPrimitive(SHARES.get(i).toString()));
            entry.addProperty("publicKey", "0x04");
            entry.addProperty("sigName", "sig1");
            String data = "{\"success\":true,\"signedData\":{\"sig1\":" + entry + "},\"decryptedData\":{},"
                    + "\"claimData\":{},\"response\":\"done\",\"logs\":\"hello\\n\",\"paymentDetail\":null}";
            nodes.at(chosen.get(i))
                    .route(
                            "/web/execute/v2",
                            plaintext -> NagaStubNode.Reply.sealed(200, GenericResponse.success(data)));
        }

        List<ExecuteJsAnswer> answers = transport.executeJs(request(transport));

        assertEquals(2, answers.size());
        JsonObject share = SHARES.get(0).getAsJsonObject().getAsJsonObject("EcdsaSignedMessageShare");
        SignedDataShare first = answers.stream()
                .filter(a -> a.nodeUrl().equals(chosen.get(0)))
                .findFirst()
                .orElseThrow()
                .signedData()
                .get("sig1");
        assertEquals(
                new SignedDataShare(
                        "sig1",
                        "EcdsaK256Sha256",
                        share.get("digest").getAsString(),
                        share.get("signature_share")
                                .getAsString()
                                .replace("\"", "")
                                .toLowerCase(),
                        0,
                        share.get("big_r").getAsString().replace("\"", "").toLowerCase(),
                        share.get("public_key").getAsString().replace("\"", "")),
                first);
        assertEquals("done", answers.get(0).response());
        JsonObject inner = JsonParser.parseString(
                        nodes.at(chosen.get(0)).received.get(1).plaintext())
                .getAsJsonObject();
        assertEquals(List.of("code", "jsParams", "authSig", "nodeSet", "keySetId"), List.copyOf(inner.keySet()));
        assertEquals("{\"jsParams\":{\"x\":1}}", inner.get("jsParams").toString());
        assertEquals(2, inner.getAsJsonArray("nodeSet").size());
    }

    @Test
    void aNodeThatFailsFailsTheCallNamingIt() {
        NagaNodeTransport transport = transport();
        nodes.all()
                .forEach(node -> node.route(
                        "/web/execute/v2",
                        plaintext -> NagaStubNode.Reply.sealed(
                                200,
                                GenericResponse.success(
                                        "{\"success\":true,\"signedData\":{},\"claimData\":{},\"response\":\"r\"}"))));

        NodeException e = assertThrows(NodeException.class, () -> transport.executeJs(request(transport)));

        assertEquals(2, e.failures().size());
        assertEquals("\"logs\" is missing", e.failures().get(0).message());
    }

    private ExecuteJsNodeRequest request(NagaNodeTransport transport) {
        SessionKeyPair key = SessionKeyPair.generate();
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        nodes.all()
                .forEach(
                        node -> sigs.put(node.url(), SessionSig.sign(key, "{\"nodeAddress\":\"" + node.url() + "\"}")));
        return new ExecuteJsNodeRequest(
                ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'done'})")
                        .jsParams(Map.of("x", 1))
                        .build(),
                new SessionSigs(sigs),
                transport.network().nodeUrls());
    }

    private NagaNodeTransport transport() {
        return new NagaNodeTransport(
                NodeTransportConfig.custom(nodes.urls())
                        .protocol(NodeProtocol.NAGA)
                        .threshold(2)
                        .retryPolicy(RetryPolicy.NONE)
                        .build(),
                HttpClient.newHttpClient());
    }

    private static JsonObject load() {
        try (InputStream in = NagaExecuteJsOverHttpTest.class.getResourceAsStream("/vectors/naga-operations.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
