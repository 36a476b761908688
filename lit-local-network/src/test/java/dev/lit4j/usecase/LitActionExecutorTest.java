package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.LitActionExecutor;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LitActionExecutor}: which nodes an action goes to, with which session sigs, and the merge of their answers. */
class LitActionExecutorTest {
    private static final List<String> NODES =
            List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471", "http://127.0.0.1:7472");
    private static final ExecuteJsRequest ACTION =
            ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'x'});").build();

    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(NODES, 2, BlsThresholdKey.fromSeed(2, 3, 3).publicKey()), "0x" + "cd".repeat(32));
    private final SessionKeyPair sessionKey = SessionKeyPair.generate();

    private SessionSigs sessionSigsFor(List<String> urls) {
        Map<String, SessionSig> byNode = new LinkedHashMap<>();
        urls.forEach(url -> byNode.put(url, SessionSig.sign(sessionKey, "{\"nodeAddress\":\"" + url + "\"}")));
        return new SessionSigs(byNode);
    }

    private static ExecuteJsAnswer answer(String url, String response) {
        return new ExecuteJsAnswer(url, Map.of(), Map.of(), response, "log of " + url + "\n");
    }

    @Test
    void sendsTheActionToEveryConnectedNodeAndMergesTheAnswers() {
        nodes.onExecuteJs(request -> request.nodeUrls().stream()
                .map(url -> answer(url, url.endsWith("1") ? "B" : "A"))
                .toList());
        SessionSigs sigs = sessionSigsFor(NODES);

        assertEquals("B", new LitActionExecutor(nodes).executeJs(ACTION, sigs).response());
        ExecuteJsNodeRequest sent = nodes.executeJsRequests().get(0);
        assertEquals(NODES, sent.nodeUrls());
        assertEquals(sigs, sent.sessionSigs());
        assertEquals(ACTION, sent.request());
    }

    @Test
    void aSingleNodeRunGoesToOneRandomNode() {
        nodes.onExecuteJs(request -> List.of(answer(request.nodeUrls().get(0), "only")));

        ExecuteJsRequest single =
                ExecuteJsRequest.code("1;").useSingleNode(true).build();
        assertEquals(
                "only",
                new LitActionExecutor(nodes, new Random(1))
                        .executeJs(single, sessionSigsFor(NODES))
                        .response());
        assertEquals(1, nodes.executeJsRequests().get(0).nodeUrls().size());
    }

    @Test
    void aConnectedNodeWithoutASessionSigIsNamedBeforeAnythingIsSent() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> new LitActionExecutor(nodes).executeJs(ACTION, sessionSigsFor(NODES.subList(0, 2))));

        assertEquals(
                "sessionSigs: there is no session sig for node http://127.0.0.1:7472; the session sigs are for"
                        + " [http://127.0.0.1:7470, http://127.0.0.1:7471]",
                e.getMessage());
        assertEquals(List.of(), nodes.executeJsRequests());
    }
}
