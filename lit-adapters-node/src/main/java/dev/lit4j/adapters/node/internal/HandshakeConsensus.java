package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, from the handshake answers, which nodes form the network: the largest group of nodes that
 * state the same {@link NetworkIdentity}, if no other group is as large and it reaches the threshold.
 * Nodes outside it are left out and reported; the group's most common block hash becomes the nonce.
 *
 * @param identity the agreed keys
 * @param agreeing the nodes that state them, in the order they answered
 * @param leftOut every node that failed, disagreed or was refused, with its reason
 * @param latestBlockhash the agreeing nodes' most common {@code latestBlockhash} (the earliest answer wins a tie)
 */
public record HandshakeConsensus(
        NetworkIdentity identity, List<HandshakeAnswer> agreeing, List<NodeFailure> leftOut, String latestBlockhash) {

    public HandshakeConsensus {
        agreeing = List.copyOf(agreeing);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * The consensus of {@code answers}.
     *
     * @param answers the usable answers, in arrival order
     * @param failures the nodes that gave no usable answer
     * @param nodeCount how many nodes were asked
     * @param threshold how many must agree
     * @throws NodeException naming every node and its reason if fewer than {@code threshold} agree or two
     *     groups of equal size disagree
     */
    public static HandshakeConsensus decide(
            List<HandshakeAnswer> answers, List<NodeFailure> failures, int nodeCount, int threshold) {
        Map<NetworkIdentity, List<HandshakeAnswer>> groups = new LinkedHashMap<>();
        answers.forEach(answer -> groups.computeIfAbsent(answer.identity(), k -> new ArrayList<>())
                .add(answer));
        List<NodeFailure> leftOut = new ArrayList<>(failures);
        if (groups.isEmpty()) {
            throw new NodeException(
                    "handshake: "
                            + (nodeCount == 1
                                    ? "the node gave no usable answer"
                                    : "none of the " + nodeCount + " nodes gave a usable answer (" + threshold
                                            + " must agree)")
                            + ": "
                            + NodeFailures.describe(leftOut),
                    leftOut);
        }
        List<HandshakeAnswer> largest = groups.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElseThrow();
        long equallyLarge = groups.values().stream()
                .filter(group -> group.size() == largest.size())
                .count();
        if (equallyLarge > 1) {
            for (HandshakeAnswer answer : answers) {
                leftOut.add(NodeFailure.of(
                        answer.nodeUrl(),
                        NodeFailure.Kind.DISAGREES,
                        "states networkPublicKey "
                                + answer.identity().networkPublicKey().hex() + ", in one of " + equallyLarge
                                + " equally large"
                                + " groups of nodes that state different network keys"));
            }
            throw new NodeException(
                    "handshake: the nodes state different network keys, and no group of nodes is"
                            + " larger than the others (" + equallyLarge + " groups of " + largest.size()
                            + "), so there is no"
                            + " majority to trust: " + NodeFailures.describe(leftOut),
                    leftOut);
        }
        NetworkIdentity majority = largest.get(0).identity();
        for (List<HandshakeAnswer> group : groups.values()) {
            if (group != largest) {
                for (HandshakeAnswer answer : group) {
                    leftOut.add(NodeFailure.of(
                            answer.nodeUrl(),
                            NodeFailure.Kind.DISAGREES,
                            "its network keys differ"
                                    + " from those of the " + largest.size() + " agreeing nodes: "
                                    + answer.identity().differencesFrom(majority)));
                }
            }
        }
        if (largest.size() < threshold) {
            throw new NodeException(
                    "handshake: only " + largest.size() + " of " + nodeCount + " nodes answered in"
                            + " agreement, and " + threshold + " are needed (the threshold); the others: "
                            + NodeFailures.describe(leftOut),
                    leftOut);
        }
        return new HandshakeConsensus(majority, largest, leftOut, mostCommonBlockhash(largest));
    }

    /** The most common block hash of {@code answers}; the earliest answer wins a tie. */
    public static String mostCommonBlockhash(List<HandshakeAnswer> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        answers.forEach(answer -> counts.merge(answer.latestBlockhash(), 1, Integer::sum));
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
