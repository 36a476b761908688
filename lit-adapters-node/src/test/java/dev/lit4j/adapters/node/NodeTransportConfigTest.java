package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.ConnectedNetwork;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeTransportConfigTest {
    private static final List<String> THREE =
            List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471", "https://10.0.0.3:443");

    @Test
    void aCustomNetworkHasDatilsThresholdRuleByDefault() {
        NodeTransportConfig config = NodeTransportConfig.custom(THREE).build();

        assertEquals(LitNetwork.CUSTOM, config.network());
        assertEquals(THREE, config.nodeUrls());
        assertEquals(OptionalInt.of(2), config.threshold());
        assertEquals(AttestationPolicy.NOT_CHECKED, config.attestationPolicy());
        assertEquals(RetryPolicy.DEFAULT, config.retryPolicy());
        assertEquals("7.4.0", config.sdkVersion());
        assertEquals(Duration.ofSeconds(30), config.blockhashMaxAge());
        assertEquals(Duration.ofSeconds(5), config.handshakeTimeout());
        assertEquals(Duration.ofSeconds(30), config.requestTimeout());
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,1", "3,2", "4,2", "5,3", "10,6", "30,20"})
    void datilsThresholdIsTwoThirdsRoundedDownAndAtLeastOne(int nodes, int threshold) {
        assertEquals(threshold, ConnectedNetwork.datilThreshold(nodes));
    }

    @Test
    void aCustomThresholdIsKept() {
        assertEquals(
                OptionalInt.of(3),
                NodeTransportConfig.custom(THREE).threshold(3).build().threshold());
    }

    @Test
    void aDatilNetworkTakesItsNodesFromTheContract() {
        NodeTransportConfig config =
                NodeTransportConfig.builder(LitNetwork.DATIL_DEV).build();

        assertEquals(List.of(), config.nodeUrls());
        assertEquals(OptionalInt.empty(), config.threshold());
        assertEquals(LitNetwork.CHRONICLE_YELLOWSTONE_RPC, config.rpcUrl());
        assertEquals(Optional.empty(), config.nodeProtocol());
        assertEquals(AttestationPolicy.NOT_CHECKED, config.attestationPolicy());
    }

    @Test
    void datilTestAndDatilNeedAnAttestationPolicyChosenKnowingly() {
        for (LitNetwork network : List.of(LitNetwork.DATIL_TEST, LitNetwork.DATIL)) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> NodeTransportConfig.builder(network).build());

            assertEquals("attestationPolicy", e.field());
            assertEquals(
                    "attestationPolicy: " + network.wireName() + " requires SEV-SNP attestation (client spec"
                            + " §8.1), and Lit4j cannot verify the AMD signature chain of the reports; choose"
                            + " AttestationPolicy.FIELDS_ONLY or NOT_CHECKED knowingly (docs/node-transport.md explains what"
                            + " each checks)",
                    e.getMessage());
            assertEquals(
                    AttestationPolicy.FIELDS_ONLY,
                    NodeTransportConfig.builder(network)
                            .attestationPolicy(AttestationPolicy.FIELDS_ONLY)
                            .build()
                            .attestationPolicy());
        }
    }

    @Test
    void aCustomNetworkNeedsNodes() {
        assertEquals(
                "nodeUrls: a custom network needs at least one node URL",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.builder(LitNetwork.CUSTOM)
                                        .build())
                        .getMessage());
    }

    @Test
    void aDatilNetworkRefusesNodesAndThreshold() {
        assertEquals(
                "nodeUrls: the datil nodes and threshold come from its Staking contract; use LitNetwork.CUSTOM"
                        + " to give them yourself",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.builder(LitNetwork.DATIL)
                                        .nodeUrls(THREE)
                                        .attestationPolicy(AttestationPolicy.NOT_CHECKED)
                                        .build())
                        .getMessage());
        assertEquals(
                "threshold: the datil-dev nodes and threshold come from its Staking contract; use"
                        + " LitNetwork.CUSTOM to give them yourself",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
                                        .threshold(2)
                                        .build())
                        .getMessage());
    }

    @Test
    void theThresholdMustFitTheNodes() {
        assertEquals(
                "threshold: must not exceed the 3 node URLs, got 4",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE)
                                        .threshold(4)
                                        .build())
                        .getMessage());
        assertEquals(
                "threshold: must be at least 1, got 0",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE).threshold(0))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://127.0.0.1:21",
                "http://127.0.0.1:7470/",
                "http://127.0.0.1:7470/web",
                "http://127.0.0.1:7470?x=1",
                "//127.0.0.1:7470",
                "http://user@127.0.0.1:7470",
                "http://127.0.0.1:7470#f"
            })
    void nodeUrlsAreSchemeHostAndPortOnly(String url) {
        assertEquals(
                "nodeUrls[1]: expected http(s)://host[:port] with nothing after it (as the node compares it"
                        + " with its own address), got \"" + url + "\"",
                assertThrows(InvalidInputException.class, () -> NodeTransportConfig.custom(List.of(THREE.get(0), url)))
                        .getMessage());
    }

    @Test
    void nodeUrlsAreNotUrlsAtAllOrTwice() {
        assertEquals(
                "nodeUrls[0]: \"http://[::1\" is not a URL: Expected closing bracket for IPv6 address",
                assertThrows(InvalidInputException.class, () -> NodeTransportConfig.custom(List.of("http://[::1")))
                        .getMessage());
        assertEquals(
                "nodeUrls: a node URL appears twice: [http://127.0.0.1:7470, http://127.0.0.1:7470]",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(
                                        List.of("http://127.0.0.1:7470", "http://127.0.0.1:7470")))
                        .getMessage());
    }

    @Test
    void timeoutsArePositiveAndBounded() {
        assertEquals(
                "handshakeTimeout: must be more than 0 and at most 10 min, got PT0S",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE).handshakeTimeout(Duration.ZERO))
                        .getMessage());
        assertEquals(
                "requestTimeout: must be more than 0 and at most 10 min, got PT11M",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE).requestTimeout(Duration.ofMinutes(11)))
                        .getMessage());
        assertEquals(
                "rpcTimeout: is missing",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE).rpcTimeout(null))
                        .getMessage());
        assertEquals(
                "blockhashMaxAge: must be 0..10 min (nodes use recent blocks as challenges), got PT-1S",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE).blockhashMaxAge(Duration.ofSeconds(-1)))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "7.4", "v7.4.0", "7.4.0-", "07.4.0", "0.0.0+build"})
    void theSdkVersionIsASemanticVersionTheNodesAccept(String version) {
        assertEquals(
                "sdkVersion: nodes answer 418 unless it is a semantic version other than 0.0.0, e.g. \"7.4.0\";"
                        + " got \"" + version + "\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.custom(THREE).sdkVersion(version))
                        .getMessage());
    }

    @Test
    void otherSdkVersionsAreKept() {
        assertEquals(
                "6.11.5-beta.1+lit4j",
                NodeTransportConfig.custom(THREE)
                        .sdkVersion("6.11.5-beta.1+lit4j")
                        .build()
                        .sdkVersion());
    }

    @Test
    void theRpcUrlAndNodeProtocolAreHttpOrHttps() {
        assertEquals(
                "rpcUrl: expected an http(s) URL with a host, got \"ws://rpc.example\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
                                        .rpcUrl(URI.create("ws://rpc.example")))
                        .getMessage());
        assertEquals(
                "nodeProtocol: expected \"http\" or \"https\", got \"http://\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
                                        .nodeProtocol("http://"))
                        .getMessage());
        assertEquals(
                Optional.of("http"),
                NodeTransportConfig.builder(LitNetwork.DATIL_DEV)
                        .nodeProtocol("http")
                        .build()
                        .nodeProtocol());
    }

    @Test
    void describesItselfWithoutSecrets() {
        assertEquals(
                "NodeTransportConfig[network=custom, nodeUrls=" + THREE + ", threshold=2, handshakeTimeout=PT5S,"
                        + " requestTimeout=PT30S, retryPolicy=" + RetryPolicy.DEFAULT
                        + ", attestationPolicy=NOT_CHECKED]",
                NodeTransportConfig.custom(THREE).build().toString());
    }
}
