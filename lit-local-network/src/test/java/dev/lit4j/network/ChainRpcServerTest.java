package dev.lit4j.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.LitException;
import dev.lit4j.network.chain.StakingContractView;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The chain's JSON-RPC endpoint of a running {@link LocalLitNetwork}, over HTTP. */
class ChainRpcServerTest {
    private static final String CHAIN_ID = "{\"method\":\"eth_chainId\",\"params\":[],\"id\":42,\"jsonrpc\":\"2.0\"}";

    @Test
    void answersJsonRpcOnLoopback() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(7).build()) {
            assertTrue(network.rpcUrl().matches("http://127\\.0\\.0\\.1:\\d+"), network.rpcUrl());

            NodeClient.Answer answer = NodeClient.send(
                    NodeClient.post(network.rpcUrl(), "/", CHAIN_ID, "Content-Type", "application/json"));

            assertEquals(200, answer.status());
            assertEquals("application/json", answer.contentType());
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":\"0x2ac54\"}", answer.body());
        }
    }

    @Test
    void theStakingContractListsEveryNodeAndTheThreshold() {
        try (LocalLitNetwork network =
                LocalLitNetwork.builder().nodeCount(4).seed(7).build()) {
            StakingContractView staking = network.stakingContract();

            assertEquals(network.threshold(), staking.minNodeCount());
            assertEquals(
                    network.nodeUrls(),
                    staking.validators().stream()
                            .map(v -> "http://127.0.0.1:" + v.port())
                            .toList());
            assertEquals(network.chain().blocks().get(0).timestamp(), staking.epochStart());
            assertEquals(
                    4,
                    staking.validators().stream()
                            .map(StakingContractView.Validator::nodeAddress)
                            .distinct()
                            .count(),
                    "each node has its own staker address");
        }
    }

    @Test
    void answersABatchInOrder() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(7).build()) {
            NodeClient.Answer answer = NodeClient.send(NodeClient.post(
                    network.rpcUrl(),
                    "/",
                    "[" + CHAIN_ID + ",{\"method\":\"eth_blockNumber\",\"params\":[],\"id\":43,\"jsonrpc\":\"2.0\"}]"));

            assertEquals(
                    "[{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":\"0x2ac54\"},"
                            + "{\"jsonrpc\":\"2.0\",\"id\":43,\"result\":\"0x0\"}]",
                    answer.body());
            assertEquals(
                    "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"invalid request:"
                            + " an empty batch\"}}",
                    NodeClient.send(NodeClient.post(network.rpcUrl(), "/", "[]"))
                            .body());
        }
    }

    @Test
    void aBodyThatIsNotJsonIsAParseError() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(7).build()) {
            NodeClient.Answer answer = NodeClient.send(NodeClient.post(network.rpcUrl(), "/", "{\"id\":1,"));

            assertEquals(200, answer.status());
            assertTrue(
                    answer.body()
                            .startsWith("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,"
                                    + "\"message\":\"parse error: the body is not JSON ("),
                    answer.body());
        }
    }

    @Test
    void aGetIsNotAllowed() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(7).build()) {
            NodeClient.Answer answer = NodeClient.send(HttpRequest.newBuilder(URI.create(network.rpcUrl() + "/")));

            assertEquals(405, answer.status());
            assertEquals(
                    "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"invalid request:"
                            + " JSON-RPC is POSTed, not sent with GET\"}}",
                    answer.body());
        }
    }

    @Test
    void listensOnAGivenPortAndStopsWithTheNetwork() throws Exception {
        int port = freePort();
        String url;
        try (LocalLitNetwork network =
                LocalLitNetwork.builder().rpcPort(port).seed(7).build()) {
            url = network.rpcUrl();
            assertEquals("http://127.0.0.1:" + port, url);
        }

        IOException refused =
                assertThrows(IOException.class, () -> NodeClient.send(NodeClient.post(url, "/", CHAIN_ID)));
        assertTrue(
                refused instanceof ConnectException || refused.getCause() instanceof ConnectException,
                refused.toString());
    }

    @Test
    void aTakenRpcPortFailsTheBuild() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            LitException e = assertThrows(
                    LitException.class,
                    () -> LocalLitNetwork.builder()
                            .rpcPort(taken.getLocalPort())
                            .build());

            assertTrue(
                    e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "),
                    e.getMessage());
        }
    }

    @Test
    void rejectsAPortOutsideTheTcpRange() {
        assertEquals(
                "rpcPort: must be 1..65535, got 0",
                assertThrows(LitException.class, () -> LocalLitNetwork.builder().rpcPort(0))
                        .getMessage());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
