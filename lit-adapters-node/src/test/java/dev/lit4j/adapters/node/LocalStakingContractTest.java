package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.chain.StakingContractView;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * LocalLitNetwork's JSON-RPC endpoint read by Lit4j's own, independent Staking reader ({@link EthJsonRpc} and
 * {@link StakingContract}, web3j's ABI decoder underneath): the chain is Chronicle Yellowstone's and the contract
 * lists every node, in order, with the network's threshold.
 */
class LocalStakingContractTest {
    private final NodeHttp http = new NodeHttp(HttpClient.newHttpClient(), RetryPolicy.NONE, "7.4.0");

    @Test
    void theLocalStakingContractDecodesToTheNetworksNodesAndThreshold() {
        try (LocalLitNetwork network =
                LocalLitNetwork.builder().nodeCount(5).seed(11).build()) {
            EthJsonRpc rpc = new EthJsonRpc(http, URI.create(network.rpcUrl()), Duration.ofSeconds(5));

            assertEquals(LitNetwork.CHRONICLE_YELLOWSTONE_CHAIN_ID, rpc.chainId());
            ValidatorSet set = StakingContract.decode(rpc.call(StakingContractView.ADDRESS, StakingContract.CALL_DATA));

            assertEquals(network.nodeUrls(), set.nodeUrls(LitNetwork.CUSTOM, Optional.empty()));
            assertEquals(network.threshold(), set.minNodeCount());
            Instant start = network.chain().blocks().get(0).timestamp();
            assertEquals(new StakingEpoch(3600, 1, start.getEpochSecond() + 3600, 0, 60), set.epoch());
        }
    }

    @Test
    void anotherAddressHoldsNoContract() {
        try (LocalLitNetwork network = LocalLitNetwork.builder().seed(11).build()) {
            EthJsonRpc rpc = new EthJsonRpc(http, URI.create(network.rpcUrl()), Duration.ofSeconds(5));
            String empty =
                    rpc.call(new EthAddress("0x5758aDa5a1dC05e659eF0B5062fbcF093Ec572D1"), StakingContract.CALL_DATA);

            assertEquals("0x", empty);
            assertEquals(
                    "the call returned no data; is there a Datil Staking contract at this address on this chain?",
                    assertThrows(MalformedAnswerException.class, () -> StakingContract.decode(empty))
                            .getMessage());
        }
    }

    @Test
    void theSameReaderSeesTheNodesOfAnyNetworkSize() {
        for (int nodes : List.of(1, 3, 10)) {
            try (LocalLitNetwork network =
                    LocalLitNetwork.builder().nodeCount(nodes).seed(nodes).build()) {
                EthJsonRpc rpc = new EthJsonRpc(http, URI.create(network.rpcUrl()), Duration.ofSeconds(5));
                ValidatorSet set =
                        StakingContract.decode(rpc.call(StakingContractView.ADDRESS, StakingContract.CALL_DATA));

                assertEquals(network.nodeUrls(), set.nodeUrls(LitNetwork.CUSTOM, Optional.empty()), nodes + " nodes");
                assertEquals(network.threshold(), set.minNodeCount(), nodes + " nodes");
            }
        }
    }
}
