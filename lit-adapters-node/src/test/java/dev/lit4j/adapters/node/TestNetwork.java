package dev.lit4j.adapters.node;

import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Duration;

/**
 * A {@code LocalLitNetwork} with Datil's {@code sign_session_key} (recorded), a PKP owned by Hardhat
 * account 0, and a transport configuration for it with test-sized timeouts.
 */
final class TestNetwork implements AutoCloseable {
    /** Quick retries, so failure tests stay fast while still retrying once. */
    static final RetryPolicy QUICK_RETRY = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10));
    /** The PKP's owner, whose wallet signature the nodes accept for it. */
    static final FakeWalletSigner OWNER = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    final RecordingEndpoint endpoint;
    final LocalLitNetwork network;
    final PkpPublicKey pkp;

    private TestNetwork(int nodeCount) {
        this.endpoint = new RecordingEndpoint(nodeCount);
        this.network = LocalLitNetwork.builder()
                .nodeCount(nodeCount)
                .signSessionKeyEndpoint(endpoint)
                .build();
        Pkp minted = network.pkps().mint(OWNER.address());
        this.pkp = new PkpPublicKey(minted.publicKey());
    }

    /** Starts {@code nodeCount} nodes with a freshly dealt key. */
    static TestNetwork start(int nodeCount) {
        return new TestNetwork(nodeCount);
    }

    /** The network's BLS key, as its handshake publishes it. */
    BlsPublicKey networkKey() {
        return BlsPublicKey.parse("networkKey", network.keys().blsPublicKey());
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

    /** A request for a session of the PKP, authenticated by its owner's wallet, with {@code nonce}. */
    SignSessionKeyRequest request(String nonce) {
        return Fixtures.pkpRequest(nonce, OWNER, pkp);
    }

    /** A request for a session of the PKP, authenticated by {@code wallet}. */
    SignSessionKeyRequest request(String nonce, WalletSigner wallet) {
        return Fixtures.pkpRequest(nonce, wallet, pkp);
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
