package dev.lit4j.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.chain.Block;
import dev.lit4j.network.chain.NagaPriceFeedView;
import dev.lit4j.network.chain.NagaStakingView;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** What a JS SDK 8 {@code nagaLocal} client asks of a Naga network's chain, over HTTP. */
class NagaChainRpcTest {
    private static final String REALM_1 = "0".repeat(63) + "1";

    @Test
    void theNagaStakingViewListsTheNodesAtItsNagaDevelopAddress() throws Exception {
        try (LocalLitNetwork network = naga()) {
            NodeClient.Answer answer = NodeClient.send(NodeClient.post(
                    network.rpcUrl(),
                    "/",
                    call(NagaStakingView.ADDRESS.checksummed(), NagaStakingView.SELECTOR + REALM_1)));

            String data = result(answer);
            assertEquals(2 + 64 * (12 + 18 * network.nodeCount()), data.length(), data);
            assertEquals(network.threshold(), Integer.parseInt(data.substring(2 + 64 * 9, 2 + 64 * 10), 16));
            for (int i = 0; i < network.nodeCount(); i++) {
                int port = Integer.parseInt(data.substring(2 + 64 * (12 + 18 * i + 2), 2 + 64 * (12 + 18 * i + 3)), 16);
                assertEquals(network.nodeUrls().get(i), "http://127.0.0.1:" + port);
            }
        }
    }

    @Test
    void thePriceFeedAnswersTheNetworksPrices() throws Exception {
        try (LocalLitNetwork network = naga()) {
            // realm 1, product ids [1] (SIGN)
            NodeClient.Answer answer = NodeClient.send(NodeClient.post(
                    network.rpcUrl(),
                    "/",
                    call(
                            NagaPriceFeedView.ADDRESS.checksummed(),
                            NagaPriceFeedView.SELECTOR + REALM_1 + "0".repeat(62) + "40" + "0".repeat(63) + "1"
                                    + "0".repeat(63) + "1")));

            String data = result(answer);
            String lastWord = data.substring(data.length() - 64);
            assertEquals(
                    FixedNodePrices.DEFAULT_PRICE,
                    new java.math.BigInteger(lastWord, 16),
                    "the last node's SIGN price");
        }
    }

    @Test
    void aDatilNetworkHasNoNagaContracts() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(7).build()) {
            NodeClient.Answer answer = NodeClient.send(NodeClient.post(
                    network.rpcUrl(),
                    "/",
                    call(NagaStakingView.ADDRESS.checksummed(), NagaStakingView.SELECTOR + REALM_1)));

            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x\"}", answer.body());
        }
    }

    @Test
    void theBlockIndexerAnswersTheNewestBlock() throws Exception {
        try (LocalLitNetwork network = naga()) {
            Block latest = network.chain().latest();

            NodeClient.Answer answer = NodeClient.send(
                    HttpRequest.newBuilder(URI.create(network.rpcUrl() + "/get_most_recent_valid_block")));

            assertEquals(200, answer.status());
            assertEquals(
                    "{\"number\":" + latest.number() + ",\"blockhash\":\"" + latest.hash() + "\",\"timestamp\":"
                            + latest.timestamp().getEpochSecond() + "}",
                    answer.body());
        }
    }

    @Test
    void theBlockIndexerAnswersOnlyGetOfItsPath() throws Exception {
        try (LocalLitNetwork network = naga()) {
            NodeClient.Answer post =
                    NodeClient.send(NodeClient.post(network.rpcUrl(), "/get_most_recent_valid_block", "{}"));
            NodeClient.Answer other = NodeClient.send(
                    HttpRequest.newBuilder(URI.create(network.rpcUrl() + "/get_most_recent_valid_block/x")));

            assertEquals(405, post.status());
            assertEquals(404, other.status());
            assertEquals(
                    "{\"error\":\"the block indexer answers only GET /get_most_recent_valid_block\"}", post.body());
        }
    }

    @Test
    void aDatilNetworkHasNoBlockIndexer() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(7).build()) {
            NodeClient.Answer answer = NodeClient.send(
                    HttpRequest.newBuilder(URI.create(network.rpcUrl() + "/get_most_recent_valid_block")));

            assertEquals(405, answer.status(), "only the JSON-RPC endpoint, which wants POST");
        }
    }

    private static LocalLitNetwork naga() {
        return LocalLitNetwork.builder()
                .protocol(NodeProtocol.NAGA)
                .nodeCount(3)
                .seed(7)
                .build();
    }

    private static String call(String to, String data) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_call\",\"params\":[{\"to\":\"" + to + "\",\"data\":\""
                + data + "\"},\"latest\"]}";
    }

    private static String result(NodeClient.Answer answer) {
        assertEquals(200, answer.status());
        String prefix = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"";
        assertTrue(answer.body().startsWith(prefix), answer.body());
        return answer.body().substring(prefix.length(), answer.body().length() - 2);
    }
}
