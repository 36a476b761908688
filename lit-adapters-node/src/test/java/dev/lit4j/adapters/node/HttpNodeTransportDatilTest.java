package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.network.NodeRequest;
import dev.lit4j.testkit.fakes.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Datil network end to end on loopback: the node list, threshold and epoch come from a Staking contract
 * answer served by a stand-in JSON-RPC endpoint, and the nodes are a {@code LocalLitNetwork} (reached over
 * http, as {@code nodeProtocol} allows).
 */
class HttpNodeTransportDatilTest {
    private static final StakingEpoch EPOCH = new StakingEpoch(3600, 31_316, 1_737_000_000L, 0, 60);

    private TestNetwork local;
    private FakeYellowstone rpc;
    private final FakeClock clock = new FakeClock(EPOCH.startTime().plus(Duration.ofMinutes(10)));

    @BeforeEach
    void start() throws Exception {
        local = TestNetwork.start(3);
        rpc = FakeYellowstone.start(answer(EPOCH, 3, 0, 1, 2));
    }

    @AfterEach
    void stop() {
        rpc.close();
        local.close();
    }

    private String answer(StakingEpoch epoch, int minNodeCount, int... nodes) {
        List<StakingAnswer.Validator> validators = new ArrayList<>();
        for (int i : nodes) {
            validators.add(new StakingAnswer.Validator(
                    StakingAnswer.ip(127, 0, 0, 1),
                    local.network.node(i).port(),
                    "00000000000000000000000000000000000000a" + i,
                    0,
                    0));
        }
        return StakingAnswer.encode(epoch, minNodeCount, validators);
    }

    private NodeTransportConfig.Builder config() {
        return NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
                .rpcUrl(rpc.url())
                .nodeProtocol("http")
                .clock(clock)
                .handshakeTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(TestNetwork.QUICK_RETRY);
    }

    @Test
    void connectsToTheNodesAndThresholdOfTheStakingContract() {
        HttpNodeTransport transport = HttpNodeTransport.create(config().build());

        NodeConnection connection = transport.connection();

        assertEquals(
                Set.copyOf(local.network.nodeUrls()),
                Set.copyOf(connection.network().nodeUrls()));
        assertEquals(3, connection.network().threshold(), "the contract's minNodeCount, not the client's rule");
        assertEquals(OptionalLong.of(31_316), connection.epoch());
        List<JsonObject> calls = rpc.requests();
        assertEquals("eth_chainId", calls.get(0).get("method").getAsString());
        JsonObject call = calls.get(1);
        assertEquals("eth_call", call.get("method").getAsString());
        JsonArray params = call.getAsJsonArray("params");
        assertEquals(
                "0xD4507CD392Af2c80919219d7896508728f6A623F",
                params.get(0).getAsJsonObject().get("to").getAsString());
        assertEquals("0xc51d020e", params.get(0).getAsJsonObject().get("data").getAsString());
        assertEquals("latest", params.get(1).getAsString());
    }

    @Test
    void requestsCarryTheEpoch() {
        HttpNodeTransport transport = HttpNodeTransport.create(config().build());

        transport.signSessionKey(local.request(transport.latestBlockhash()));

        for (NodeRequest request : local.endpoint.requests()) {
            assertEquals(31_316, request.body().get("epoch").getAsLong());
        }
    }

    @Test
    void anRpcOfAnotherChainIsRefused() {
        rpc.chainId(1);

        NodeException e = assertThrows(
                NodeException.class,
                () -> HttpNodeTransport.create(config().build()).network());

        assertEquals(
                "the JSON-RPC endpoint " + rpc.url() + " serves chain 1, not Chronicle Yellowstone (175188),"
                        + " where the datil-dev Staking contract lives",
                e.getMessage());
    }

    @Test
    void anRpcErrorIsReported() {
        rpc.error("{\"code\":-32000,\"message\":\"execution reverted\"}");

        NodeException e = assertThrows(
                NodeException.class,
                () -> HttpNodeTransport.create(config().build()).network());

        assertEquals(
                "JSON-RPC " + rpc.url() + ": eth_chainId answered an error:"
                        + " \"{\"code\":-32000,\"message\":\"execution reverted\"}\"",
                e.getMessage());
    }

    @Test
    void anAddressWithoutAContractIsReported() {
        rpc.returnData("0x");

        NodeException e = assertThrows(
                NodeException.class,
                () -> HttpNodeTransport.create(config().build()).network());

        assertEquals(
                "the datil-dev Staking contract 0xD4507CD392Af2c80919219d7896508728f6A623F on " + rpc.url()
                        + " answered getActiveUnkickedValidatorStructsAndCounts() with nothing usable: the call returned no"
                        + " data; is there a Datil Staking contract at this address on this chain?",
                e.getMessage());
    }

    @Test
    void anUnreachableRpcIsReported() {
        HttpNodeTransport transport = HttpNodeTransport.create(config().build());
        rpc.close();

        NodeException e = assertThrows(NodeException.class, transport::network);

        assertTrue(
                e.getMessage()
                        .startsWith("JSON-RPC eth_chainId failed: " + rpc.url() + ": connection refused"
                                + " (nothing listens at " + rpc.url().getAuthority() + ")"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(after 2 attempts)"), e.getMessage());
    }

    @Test
    void afterTheEpochEndsTheNodeListIsReadAgain() {
        HttpNodeTransport transport = HttpNodeTransport.create(config().build());
        assertEquals(3, transport.network().nodeUrls().size());
        StakingEpoch next = new StakingEpoch(3600, 31_317, EPOCH.endTime() + 3600, 0, 60);
        rpc.returnData(answer(next, 2, 0, 1));

        clock.set(Instant.ofEpochSecond(EPOCH.endTime()).plus(Duration.ofMinutes(1)));
        NodeConnection connection = transport.connection();

        assertEquals(
                Set.of(local.url(0), local.url(1)),
                Set.copyOf(connection.network().nodeUrls()));
        assertEquals(OptionalLong.of(31_317), connection.epoch());
    }

    @Test
    void ifReadingTheNextEpochFailsTheNodesOfTheLastOneAreKeptForAMinute() {
        HttpNodeTransport transport = HttpNodeTransport.create(config().build());
        NodeConnection first = transport.connection();
        rpc.error("{\"code\":-32603,\"message\":\"internal error\"}");
        clock.set(Instant.ofEpochSecond(EPOCH.endTime()).plus(Duration.ofMinutes(1)));

        assertEquals(first.network(), transport.network());
        int rpcCalls = rpc.requests().size();
        clock.advance(Duration.ofSeconds(59));
        assertEquals(first.network(), transport.network());
        assertEquals(rpcCalls, rpc.requests().size(), "no new attempt within the minute");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(first.network(), transport.network());
        assertTrue(rpc.requests().size() > rpcCalls, "tried again after the minute");
    }
}
