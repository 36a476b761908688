package dev.lit4j.network;

import dev.lit4j.network.bls.BlsKeyShare;
import dev.lit4j.network.action.LitActions;
import dev.lit4j.network.chain.LocalChain;
import dev.lit4j.network.pkp.PkpRegistry;
import java.time.Clock;
import java.util.List;

/**
 * What an endpoint knows about the node that received a request, and the services the whole network
 * shares.
 *
 * @param index the node's index, 0-based; Datil's {@code shareIndex}
 * @param url the node's URL, {@code http://127.0.0.1:<port>}
 * @param nodeCount how many nodes the network has
 * @param threshold how many node answers a client needs ({@code minNodeCount})
 * @param keys the public keys of the network
 * @param blsShare this node's share of the network's BLS key (identifier {@code index + 1}); it signs without
 *     revealing the secret
 * @param clock the network's clock, the node's "now"
 * @param chain the fake chain
 * @param pkps the PKPs and their permissions
 * @param actions the Lit Action registry and runner
 * @param faults this node's faults, e.g. {@link NodeFaults#isWrongBlsShare()}
 * @param peers the network's nodes as signing peers
 */
public record NodeContext(int index, String url, int nodeCount, int threshold, NetworkKeys keys,
        BlsKeyShare blsShare, Clock clock, LocalChain chain, PkpRegistry pkps, LitActions actions, NodeFaults faults,
        SigningPeers peers) {

    /** The nodes of the network that take part in threshold signing now. */
    @FunctionalInterface
    public interface SigningPeers {
        /**
         * The indices, ascending, of the nodes that {@link NodeFaults#takesPartInSigning() take part}; if fewer
         * than the threshold do, every node that is up, and if fewer than that are, every node.
         */
        List<Integer> indices();
    }

    /**
     * The node's own address as it compares a session sig's {@code nodeAddress} (node spec §2.5):
     * {@code 127.0.0.1:<port>}.
     */
    public String address() {
        return url.substring("http://".length());
    }
}
