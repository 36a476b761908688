package dev.lit4j.adapters.node;

import dev.lit4j.testkit.bls.BlsThresholdKey;
import dev.lit4j.testkit.network.LocalLitNetwork;
import java.time.Duration;

/**
 * A {@link LocalLitNetwork} whose nodes sign session keys with shares of a threshold key dealt for
 * Datil's threshold rule, and a transport configuration for it with test-sized timeouts.
 */
final class TestNetwork implements AutoCloseable {
    /** Quick retries, so failure tests stay fast while still retrying once. */
    static final RetryPolicy QUICK_RETRY = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10));

    final BlsThresholdKey key;
    final DatilSessionKeyEndpoint endpoint;
    final LocalLitNetwork network;

    private TestNetwork(int nodeCount) {
        this.key = BlsThresholdKey.generate(NodeTransportConfig.datilThreshold(nodeCount), nodeCount);
        this.endpoint = new DatilSessionKeyEndpoint(key);
        this.network = LocalLitNetwork.builder()
                .nodeCount(nodeCount)
                .networkPublicKey(key.publicKey().hex())
                .signSessionKeyEndpoint(endpoint)
                .build();
    }

    /** Starts {@code nodeCount} nodes with a freshly dealt key. */
    static TestNetwork start(int nodeCount) {
        return new TestNetwork(nodeCount);
    }

    /** A custom-network configuration of every node, with test-sized timeouts and {@link #QUICK_RETRY}. */
    NodeTransportConfig.Builder config() {
        return NodeTransportConfig.custom(network.nodeUrls())
                .handshakeTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(QUICK_RETRY);
    }

    /** A transport over {@link #config()}. */
    HttpNodeTransport transport() {
        return HttpNodeTransport.create(config().build());
    }

    /** Node {@code index}'s URL. */
    String url(int index) {
        return network.node(index).url();
    }

    @Override
    public void close() {
        network.close();
    }
}
