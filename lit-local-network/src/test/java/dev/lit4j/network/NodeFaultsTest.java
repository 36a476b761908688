package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.HANDSHAKE_BODY;
import static dev.lit4j.network.NodeClient.handshake;
import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NodeFaultsTest {
    static final EthAddress OWNER = EthAddress.parseChecksummed("owner", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    private final LocalLitNetwork network = LocalLitNetwork.builder()
            .signSessionKeyEndpoint(
                    (request, node) -> new JsonPrimitive(node.faults().isWrongBlsShare()))
            .build();

    @AfterEach
    void closeNetwork() {
        network.close();
    }

    @Test
    void downNodeRefusesConnectionsUntilUpAgainOnTheSamePort() throws Exception {
        LocalLitNode node = network.node(1);
        String url = node.url();

        node.faults().down();

        assertTrue(node.faults().isDown());
        assertFalse(node.isUp());
        assertThrows(ConnectException.class, () -> handshake(url));
        assertEquals(200, handshake(network.node(0).url()).status());

        node.faults().up();

        assertFalse(node.faults().isDown());
        assertEquals(url, node.url());
        assertEquals(200, handshake(url).status());
    }

    @Test
    void slowNodeAnswersAfterItsDelay() throws Exception {
        LocalLitNode node = network.node(0);
        node.faults().slow(Duration.ofMillis(400));

        long start = System.nanoTime();
        Answer answer = handshake(node.url());
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(200, answer.status());
        assertTrue(elapsedMillis >= 400, elapsedMillis + " ms");
        assertEquals(Duration.ofMillis(400), node.faults().delay());
    }

    @Test
    void closingReleasesRequestsHeldByASlowNode() throws Exception {
        LocalLitNode node = network.node(0);
        node.faults().slow(Duration.ofMinutes(10));
        CompletableFuture<Answer> held =
                NodeClient.sendAsync(post(node.url(), "/web/handshake/", HANDSHAKE_BODY, sdkHeaders("lit_1")));
        Thread.sleep(300);
        assertFalse(held.isDone());

        network.close();

        assertTimeout(Duration.ofSeconds(10), () -> {
            try {
                held.get();
            } catch (ExecutionException e) {
                // the connection closed under the request: released, which is what counts
            }
        });
    }

    @Test
    void serverErrorAnswersWithA500LitError() throws Exception {
        network.node(2).faults().answerServerError();

        Answer answer = handshake(network.node(2).url());

        assertEquals(500, answer.status());
        assertEquals(
                "{\"correlationId\":\"lit_9f3c2a71b0d4e\",\"details\":[\"fault injected by LocalLitNetwork\"],"
                        + "\"errorKind\":\"Unexpected\",\"message\":\"An unexpected error has occured.\",\"status\":500}",
                answer.body());
        assertEquals(200, handshake(network.node(1).url()).status());
    }

    @Test
    void anyLitErrorCanBeInjected() throws Exception {
        network.node(0)
                .faults()
                .answerError(LitNodeError.of(NodeErrorCode.NODE_NOT_AUTHORIZED, "injected")
                        .withStatus(503));

        Answer answer = send(post(network.node(0).url(), "/web/sign_session_key/v1", "{}", sdkHeaders("lit_2")));

        assertEquals(503, answer.status());
        assertEquals(
                "{\"correlationId\":\"lit_2\",\"details\":[\"injected\"],\"errorCode\":\"NodeNotAuthorized\","
                        + "\"errorKind\":\"Validation\",\"message\":\"User isn't authorized to access to decrypt or receive a"
                        + " JWT for this item\",\"status\":503}",
                answer.body());
    }

    @Test
    void garbageIsNotJson() throws Exception {
        network.node(0).faults().answerGarbage();

        Answer answer = handshake(network.node(0).url());

        assertEquals(200, answer.status());
        assertEquals("application/json", answer.contentType());
        assertEquals(NodeFaults.GARBAGE_BODY, answer.body());
        assertThrows(
                JsonParseException.class,
                () -> JsonParser.parseString(answer.body()).getAsJsonObject());
    }

    @Test
    void garbageAndErrorReplaceEachOther() throws Exception {
        NodeFaults faults = network.node(0).faults();

        faults.answerGarbage();
        faults.answerServerError();
        assertEquals(500, handshake(network.node(0).url()).status());

        faults.answerGarbage();
        assertEquals(NodeFaults.GARBAGE_BODY, handshake(network.node(0).url()).body());
    }

    @Test
    void wrongBlsShareFlagReachesTheEndpoint() throws Exception {
        network.node(1).faults().wrongBlsShare(true);

        assertEquals(
                "true",
                send(post(network.node(1).url(), "/web/sign_session_key/v1", "{}", sdkHeaders("lit_1")))
                        .body());
        assertEquals(
                "false",
                send(post(network.node(0).url(), "/web/sign_session_key/v1", "{}", sdkHeaders("lit_1")))
                        .body());
    }

    @Test
    void clearRemovesEveryFault() throws Exception {
        NodeFaults faults = network.node(0).faults();
        faults.down();
        faults.slow(Duration.ofMinutes(1));
        faults.answerGarbage();
        faults.wrongBlsShare(true);
        faults.wrongEcdsaShare(true);
        faults.missingEcdsaShare(true);

        faults.clear();

        assertEquals(200, handshake(network.node(0).url()).status());
        assertEquals(Duration.ZERO, faults.delay());
        assertFalse(faults.isWrongBlsShare());
        assertFalse(faults.isWrongEcdsaShare());
        assertFalse(faults.isMissingEcdsaShare());
        assertTrue(faults.takesPartInSigning());
        assertEquals(
                "NodeFaults[down=false, delay=PT0S, error=none, garbage=false, wrongBlsShare=false,"
                        + " wrongEcdsaShare=false, missingEcdsaShare=false]",
                faults.toString());
    }

    @Test
    void aClosedNetworksNodesStayDown() {
        network.close();

        LitException e =
                assertThrows(LitException.class, () -> network.node(0).faults().up());

        assertEquals("node 0 cannot start: its network is closed", e.getMessage());
    }

    @Test
    void negativeDelayIsRejected() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> network.node(0).faults().slow(Duration.ofMillis(-1)));

        assertEquals("delay: must not be negative, got PT-0.001S", e.getMessage());
    }
}
