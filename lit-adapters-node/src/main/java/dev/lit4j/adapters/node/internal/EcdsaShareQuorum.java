package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the nodes' valid ECDSA shares for one {@code pkpSign} and finds the signing subset's: shares are
 * grouped by their nonce point R, and once a group has {@code threshold} shares (the size of a Datil signing
 * subset), each new share is tried in every combination of {@code threshold} with the earlier ones, until one
 * combines to a signature that recovers to the PKP's key ({@link EcdsaShareCombiner}). So a node that forges a
 * share, or answers a wrong one, is left out when the others suffice; the JS SDK instead sums every share it
 * gets and fails. Not thread-safe: one thread offers the answers.
 */
public final class EcdsaShareQuorum {
    /** The most combinations tried for one request, as {@link ShareQuorum#MAX_VERIFICATIONS} for BLS. */
    public static final int MAX_COMBINATIONS = ShareQuorum.MAX_VERIFICATIONS;

    private final int threshold;
    private final PkpSignRequest request;
    // by R, in order of first arrival
    private final Map<String, List<EcdsaSignatureShare>> groups = new LinkedHashMap<>();
    private final List<String> failShares = new ArrayList<>();
    private int combinations;

    public EcdsaShareQuorum(int threshold, PkpSignRequest request) {
        this.threshold = threshold;
        this.request = request;
    }

    /**
     * {@code share}, after checking that it is by the requested PKP's key and of the requested bytes.
     *
     * @throws InvalidShareException if it is by another key or of another digest
     */
    public static EcdsaSignatureShare requireRequested(EcdsaSignatureShare share, PkpSignRequest request) {
        if (!share.publicKey().equals(request.pkpPublicKey())) {
            throw new InvalidShareException(
                    "it signed with the key " + share.publicKey() + ", not with the PKP " + request.pkpPublicKey());
        }
        if (!share.dataSigned().equals(request.toSign())) {
            throw new InvalidShareException(
                    "it signed " + share.dataSigned() + ", not the requested " + request.toSign());
        }
        return share;
    }

    /**
     * Adds a node's share and tries the new combinations it makes possible.
     *
     * @return the verified signature, once there is one
     */
    public Optional<PkpSignature> offer(EcdsaSignatureShare share) {
        List<EcdsaSignatureShare> group = groups.computeIfAbsent(share.bigR(), r -> new ArrayList<>());
        group.add(share);
        if (group.size() < threshold) {
            return Optional.empty();
        }
        // every combination without the newest share was tried when its last member arrived
        EcdsaSignatureShare newest = group.get(group.size() - 1);
        int[] pick = Combinations.first(threshold - 1);
        do {
            if (combinations >= MAX_COMBINATIONS) {
                return Optional.empty();
            }
            combinations++;
            List<EcdsaSignatureShare> members = new ArrayList<>(threshold);
            for (int index : pick) {
                members.add(group.get(index));
            }
            members.add(newest);
            try {
                return Optional.of(EcdsaShareCombiner.combine(members, request.pkpPublicKey(), request.toSign()));
            } catch (InvalidInputException e) {
                // this combination is not the signing subset's; another may be
            }
        } while (Combinations.next(pick, group.size() - 1));
        return Optional.empty();
    }

    /** Records that a node answered the fail share: it is not in the signing subset, or withholds its share. */
    public void failShare(String nodeUrl) {
        failShares.add(nodeUrl);
    }

    /** The nodes that answered the fail share, in order of arrival. */
    public List<String> failShares() {
        return List.copyOf(failShares);
    }

    /** The size of the largest group of shares with one R. */
    public int largestGroup() {
        return groups.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** How many valid shares arrived. */
    public int validShares() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    /** How many combinations were tried. */
    public int combinationsTried() {
        return combinations;
    }

    /**
     * The nodes whose valid shares could not be used, with the reason: a nonce point R that differs from the
     * one most nodes used, or shares in no combination of {@code threshold} that verifies.
     */
    public List<NodeFailure> unusedShares() {
        List<NodeFailure> failures = new ArrayList<>();
        List<EcdsaSignatureShare> largest = groups.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElse(List.of());
        for (List<EcdsaSignatureShare> group : groups.values()) {
            for (EcdsaSignatureShare share : group) {
                if (group != largest) {
                    failures.add(NodeFailure.of(
                            share.nodeUrl(),
                            NodeFailure.Kind.INVALID_SHARE,
                            "its nonce point R = " + share.bigR() + " differs from the one " + largest.size()
                                    + " other nodes used"));
                } else if (group.size() >= threshold) {
                    failures.add(NodeFailure.of(
                            share.nodeUrl(),
                            NodeFailure.Kind.INVALID_SHARE,
                            "its share is in no"
                                    + " combination of " + threshold
                                    + " shares whose signature recovers to the PKP's key"
                                    + (combinations >= MAX_COMBINATIONS
                                            ? " (after " + combinations + " combinations, the most Lit4j tries)"
                                            : "")
                                    + "; the shares of "
                                    + group.stream()
                                            .map(EcdsaSignatureShare::nodeUrl)
                                            .sorted()
                                            .toList()
                                    + " were combined"));
                }
            }
        }
        return failures;
    }
}
