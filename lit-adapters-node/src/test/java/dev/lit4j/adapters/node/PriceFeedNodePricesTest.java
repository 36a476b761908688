package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.FixedNodePrices;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.chain.NagaPriceFeedView;
import java.math.BigInteger;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PriceFeed contract of a Naga LocalLitNetwork, read over its JSON-RPC endpoint as a client reads a real one. */
class PriceFeedNodePricesTest {
    private LocalLitNetwork network;

    @BeforeEach
    void start() {
        network = LocalLitNetwork.builder()
                .protocol(NodeProtocol.NAGA)
                .nodeCount(4)
                .prices(FixedNodePrices.defaults().with(NagaProduct.SIGN, BigInteger.valueOf(42)))
                .build();
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private NodeTransportConfig config() {
        return NodeTransportConfig.custom(network.nodeUrls())
                .protocol(NodeProtocol.NAGA)
                .rpcUrl(URI.create(network.rpcUrl()))
                .retryPolicy(TestNetwork.QUICK_RETRY)
                .build();
    }

    @Test
    void readsEveryNodesPriceForEachProductAsTheNetworkStatesIt() {
        PriceFeedNodePrices prices = new PriceFeedNodePrices(config(), NagaPriceFeedView.ADDRESS);

        for (NagaProduct product : NagaProduct.values()) {
            assertEquals(network.nodePrices().prices(product), prices.prices(product), product.toString());
        }
        assertEquals(
                BigInteger.valueOf(42), prices.prices(NagaProduct.SIGN).get(0).price());
    }

    @Test
    void anAddressWithoutThePriceFeedIsReportedWithWhatItAnswered() {
        EthAddress nothing = EthAddress.parseAnyCase("address", "0x" + "12".repeat(20));
        PriceFeedNodePrices prices = new PriceFeedNodePrices(config(), nothing);

        NodeException e = assertThrows(NodeException.class, () -> prices.prices(NagaProduct.DECRYPTION));

        assertEquals(
                "the PriceFeed contract " + nothing.checksummed() + " on " + network.rpcUrl() + " answered "
                        + "getNodesForRequest(uint256,uint256[]) with nothing usable: no return data, as from an address"
                        + " without a contract; the answer began 0x",
                e.getMessage());
    }

    @Test
    void aNagaTransportConfiguredWithAPriceFeedPricesTheNodesByIt() {
        NodeTransportConfig.Builder config = NodeTransportConfig.custom(network.nodeUrls())
                .protocol(NodeProtocol.NAGA)
                .rpcUrl(URI.create(network.rpcUrl()))
                .retryPolicy(TestNetwork.QUICK_RETRY);
        EthAddress nothing = EthAddress.parseAnyCase("address", "0x" + "12".repeat(20));

        assertEquals(
                network.nodeUrls().size(),
                NodeTransports.create(
                                config.priceFeed(NagaPriceFeedView.ADDRESS).build())
                        .sessionMaxPrices()
                        .size());
        NodeException e = assertThrows(
                NodeException.class,
                () -> NodeTransports.create(config.priceFeed(nothing).build()).sessionMaxPrices());
        assertTrue(e.getMessage().startsWith("the PriceFeed contract " + nothing.checksummed()), e.getMessage());
    }

    @Test
    void aDatilNetworkHasNoPriceFeed() {
        InvalidInputException notNaga = assertThrows(
                InvalidInputException.class,
                () -> NodeTransportConfig.custom(network.nodeUrls())
                        .priceFeed(NagaPriceFeedView.ADDRESS)
                        .build());
        assertEquals(
                "priceFeed: prices the nodes of a Naga network, and this network speaks DATIL", notNaga.getMessage());

        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> new PriceFeedNodePrices(
                        NodeTransportConfig.custom(network.nodeUrls()).build(), NagaPriceFeedView.ADDRESS));

        assertEquals(
                "config.protocol: a PriceFeed contract prices the nodes of a Naga network, and this network"
                        + " speaks DATIL",
                e.getMessage());
    }
}
