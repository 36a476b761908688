package dev.lit4j.domain.port;

/**
 * The Lit network as the session use cases see it: which nodes are connected, and a fresh block hash
 * for SIWE nonces.
 *
 * <p><b>Contract.</b> Implementations are thread-safe. {@link #network()} connects on first use
 * (handshake with every node) and returns the current connection afterwards without a round trip.
 * {@link #latestBlockhash()} may answer from a cache while the hash is fresh (nodes treat old ones as
 * stale). Failures are {@link NodeException}s naming every node that failed and why.
 *
 * <p>Adapters are named {@code <Tech>NodeTransport}; {@code HttpNodeTransport} talks to real nodes.
 */
public interface NodeTransport {

    /**
     * The connected network, connecting first if needed.
     *
     * @throws NodeException if fewer nodes than the threshold answered the handshake, or they disagree
     */
    ConnectedNetwork network();

    /**
     * A recent Ethereum block hash, {@code 0x} followed by 64 hex digits: the nonce of every SIWE.
     *
     * @throws NodeException if no block hash could be obtained
     */
    String latestBlockhash();
}
