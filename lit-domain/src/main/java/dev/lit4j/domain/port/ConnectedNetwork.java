package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import java.util.List;

/**
 * What a client knows about the Lit network once connected: the nodes that answered the handshake,
 * how many of them must agree, and the network's BLS key.
 *
 * @param nodeUrls the node URLs exactly as reached (e.g. {@code https://15.235.83.220:7470}), in the
 *     order their handshakes completed; every session sig is signed once per URL
 * @param threshold how many nodes must sign a session key ({@code minNodeCount})
 * @param networkPublicKey the BLS root key that {@code lit.bls} capabilities verify against
 */
public record ConnectedNetwork(List<String> nodeUrls, int threshold, BlsPublicKey networkPublicKey) {

    public ConnectedNetwork {
        nodeUrls = List.copyOf(InvalidInputException.requireNonNull("network.nodeUrls", nodeUrls));
        InvalidInputException.requireNonNull("network.networkPublicKey", networkPublicKey);
        if (nodeUrls.isEmpty()) {
            throw new InvalidInputException("network.nodeUrls", "no node is connected");
        }
        if (nodeUrls.stream().distinct().count() != nodeUrls.size()) {
            throw new InvalidInputException("network.nodeUrls", "a node URL appears twice: " + nodeUrls);
        }
        if (threshold < 1 || threshold > nodeUrls.size()) {
            throw new InvalidInputException(
                    "network.threshold",
                    "must be between 1 and the " + nodeUrls.size() + " connected nodes, got " + threshold);
        }
    }

    /**
     * Datil's threshold for {@code nodeCount} nodes, as its Staking contract computes {@code minNodeCount}:
     * floor(2n/3), and 1 for one or two nodes (client spec §8.2).
     *
     * @throws InvalidInputException if {@code nodeCount} is less than 1
     */
    public static int datilThreshold(int nodeCount) {
        if (nodeCount < 1) {
            throw new InvalidInputException("nodeCount", "must be at least 1, got " + nodeCount);
        }
        return Math.max(1, 2 * nodeCount / 3);
    }
}
