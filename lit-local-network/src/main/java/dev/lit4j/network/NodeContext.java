package dev.lit4j.network;

import dev.lit4j.domain.naga.BoxKeyPair;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.action.LitActions;
import dev.lit4j.network.bls.BlsKeyShare;
import dev.lit4j.network.chain.LocalChain;
import dev.lit4j.network.keys.NodeWallet;
import dev.lit4j.network.pkp.PkpRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * What an endpoint knows about the node that received a request, and the services the whole network
 * shares.
 *
 * @param index the node's index, 0-based; Datil's {@code shareIndex}
 * @param url the node's URL, {@code http://127.0.0.1:<port>}
 * @param nodeCount how many nodes the network has
 * @param threshold how many node answers a client needs ({@code minNodeCount})
 * @param keys the public keys of the network
 * @param blsShare this node's share of the network's BLS key (identifier {@code index + 1} on Datil, the hash of
 *     its peer id on Naga); it signs without revealing the secret
 * @param clock the network's clock, the node's "now"
 * @param chain the fake chain
 * @param pkps the PKPs and their permissions
 * @param actions the Lit Action registry and runner
 * @param faults this node's faults, e.g. {@link NodeFaults#isWrongBlsShare()}
 * @param peers the network's nodes as signing peers
 * @param wallet the node's own Ethereum key, which signs what only this node vouches for (Lit Action claims)
 * @param protocol the wire the network speaks
 * @param prices what the node charges on the Naga wire
 * @param peerId the node's peer id, 64 lowercase hex digits: a Naga share's {@code shareId} and {@code peer_id}
 * @param nodeAddresses every node's {@link #address()}, in node order: how a Naga {@code nodeSet} names peers
 *     (read when a request comes, once every node listens)
 * @param identityKey the node's X25519 identity key ({@code nodeIdentityKey}), which opens and seals its Naga
 *     envelopes; its secret never leaves it
 * @param ledger who can pay the nodes on the Naga wire
 */
public record NodeContext(
        int index,
        String url,
        int nodeCount,
        int threshold,
        NetworkKeys keys,
        BlsKeyShare blsShare,
        Clock clock,
        LocalChain chain,
        PkpRegistry pkps,
        LitActions actions,
        NodeFaults faults,
        SigningPeers peers,
        NodeWallet wallet,
        NodeProtocol protocol,
        FixedNodePrices prices,
        String peerId,
        Supplier<List<String>> nodeAddresses,
        BoxKeyPair identityKey,
        NagaLedger ledger) {

    /** The nodes of the network that take part in threshold signing now. */
    @FunctionalInterface
    public interface SigningPeers {
        /**
         * The indices, ascending, of the nodes that {@link NodeFaults#takesPartInSigning() take part}; if fewer
         * than the threshold do, every node that is up, and if fewer than that are, every node.
         */
        List<Integer> indices();
    }

    /** Whether the network speaks the Naga wire. */
    public boolean isNaga() {
        return protocol == NodeProtocol.NAGA;
    }

    /**
     * The node's own address as it compares a session sig's {@code nodeAddress} (node spec §2.5):
     * {@code 127.0.0.1:<port>}.
     */
    public String address() {
        return url.substring("http://".length());
    }
}
