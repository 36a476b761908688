package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The nodes that sign one ECDSA request: exactly {@code threshold} of the active peers, chosen from a hash of
 * the digest and the request id, so that every node of the network picks the same ones (Datil's
 * {@code DeterministicSubset}, operations spec §1.3 step 8.4). The others answer the "fail share".
 *
 * @param nodeIndices the signing nodes' indices (their share index; participant id = index + 1), ascending
 */
public record SigningSubset(List<Integer> nodeIndices) {

    public SigningSubset {
        nodeIndices = List.copyOf(InvalidInputException.requireNonNull("nodeIndices", nodeIndices));
        if (nodeIndices.isEmpty()) {
            throw new InvalidInputException("nodeIndices", "a signing subset has at least one node");
        }
        for (int i = 0; i < nodeIndices.size(); i++) {
            if (nodeIndices.get(i) < 0 || (i > 0 && nodeIndices.get(i) <= nodeIndices.get(i - 1))) {
                throw new InvalidInputException(
                        "nodeIndices", "must be distinct node indices 0.. in ascending" + " order, got " + nodeIndices);
            }
        }
    }

    /**
     * The {@code threshold} nodes of {@code peers} that sign {@code toSign} (the request's bytes, whatever
     * their length: nodes choose before they check it) for the request {@code requestId}:
     * the peers ordered by {@code sha256(sha256(toSign ‖ requestId) ‖ index)}, the first {@code threshold},
     * ascending.
     *
     * @throws InvalidInputException if there are fewer peers than {@code threshold}
     */
    public static SigningSubset choose(byte[] toSign, String requestId, List<Integer> peers, int threshold) {
        InvalidInputException.requireNonNull("toSign", toSign);
        InvalidInputException.requireNonNull("requestId", requestId);
        InvalidInputException.requireNonNull("peers", peers);
        if (threshold < 1 || peers.size() < threshold) {
            throw new InvalidInputException(
                    "peers", "a subset of " + threshold + " needs at least as many peers, got " + peers);
        }
        MessageDigest sha256 = sha256();
        sha256.update(toSign);
        byte[] seed = sha256.digest(requestId.getBytes(StandardCharsets.UTF_8));
        List<Integer> shuffled = new ArrayList<>(peers);
        shuffled.sort(Comparator.comparing((Integer index) -> rank(seed, index), Arrays::compareUnsigned)
                .thenComparing(Comparator.naturalOrder()));
        List<Integer> subset = new ArrayList<>(shuffled.subList(0, threshold));
        subset.sort(Comparator.naturalOrder());
        return new SigningSubset(subset);
    }

    /** Whether node {@code index} signs. */
    public boolean contains(int index) {
        return nodeIndices.contains(index);
    }

    /** How many nodes sign. */
    public int size() {
        return nodeIndices.size();
    }

    private static byte[] rank(byte[] seed, int index) {
        MessageDigest sha256 = sha256();
        sha256.update(seed);
        return sha256.digest(ByteBuffer.allocate(4).putInt(index).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
