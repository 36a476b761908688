package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.NodeFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the nodes' valid shares as they arrive and combines them as soon as {@code threshold} of
 * them, all for the same message (the SIWE of a session key, the identity of encrypted data), combine to
 * a signature that verifies under the network key.
 *
 * <p>A share cannot be checked on its own (Datil nodes publish no per-node verification keys), so a
 * wrong share shows only as a combination that does not verify. When that happens, later shares are
 * tried in every combination with the earlier ones that has not been tried, so that one wrong node
 * costs one extra answer instead of failing the request; the number of pairing checks is bounded.
 * Not thread-safe: one thread offers the answers.
 */
public final class ShareQuorum {
    /** The most combinations verified for one request: each costs a pairing check, about a millisecond. */
    public static final int MAX_VERIFICATIONS = 64;

    /**
     * A verified network signature.
     *
     * @param signature the combined signature, valid under the network key for {@code signedText}
     * @param signedText what the nodes signed, e.g. the SIWE text
     * @param signers the nodes whose shares were combined
     */
    public record Combined(BlsSignature signature, String signedText, List<String> signers) {
        /**
         * The {@code lit.bls} AuthSig of the PKP at {@code pkpAddress} that this signature of its session-key SIWE
         * makes (node spec §3): the signature as ProofOfPossession JSON, derived via BLS.
         */
        public AuthSig pkpAuthSig(EthAddress pkpAddress) {
            return new AuthSig(
                    signature.toProofOfPossessionJson(),
                    AuthSig.DERIVED_VIA_BLS,
                    signedText,
                    pkpAddress.checksummed(),
                    AuthSig.ALGO_BLS);
        }
    }

    private final int threshold;
    private final BlsPublicKey networkKey;
    private final String signedWhat;
    // shares grouped by the text they sign, groups in order of first arrival
    private final Map<String, List<SignedShare>> groups = new LinkedHashMap<>();
    private int verifications;

    /** A quorum of shares of session-key SIWEs. */
    public ShareQuorum(int threshold, BlsPublicKey networkKey) {
        this(threshold, networkKey, "SIWE");
    }

    /**
     * @param signedWhat what the shares sign, for messages (e.g. {@code "SIWE"}, {@code "identity"})
     */
    public ShareQuorum(int threshold, BlsPublicKey networkKey, String signedWhat) {
        this.threshold = threshold;
        this.networkKey = networkKey;
        this.signedWhat = signedWhat;
    }

    /**
     * Adds a node's share and tries the new combinations it makes possible.
     *
     * @return the verified signature, once there is one
     * @throws InvalidShareException if another node already gave a share with this identifier for the same text
     */
    public Optional<Combined> offer(SignedShare answer) {
        List<SignedShare> group = groups.computeIfAbsent(answer.signedText(), k -> new ArrayList<>());
        for (SignedShare earlier : group) {
            if (earlier.identifiedShare()
                    .identifier()
                    .equals(answer.identifiedShare().identifier())) {
                throw new InvalidShareException(
                        "its " + answer.shareLabel() + " is the one " + earlier.nodeUrl() + " already gave");
            }
        }
        group.add(answer);
        if (group.size() < threshold) {
            return Optional.empty();
        }
        // every combination without the newest share was tried when its last member arrived
        return combinationsWithNewest(group);
    }

    /** The size of the largest group of shares for one signed text. */
    public int largestGroup() {
        return groups.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** How many valid shares arrived, over every signed text. */
    public int validShares() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The nodes whose valid shares could not be used, with the reason: a signed text that differs from the
     * one most nodes signed, or shares in no verifying combination.
     */
    public List<NodeFailure> unusedShares() {
        List<NodeFailure> failures = new ArrayList<>();
        List<SignedShare> largest = groups.values().stream()
                .max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElse(List.of());
        for (List<SignedShare> group : groups.values()) {
            for (SignedShare answer : group) {
                if (group != largest) {
                    failures.add(NodeFailure.of(
                            answer.nodeUrl(),
                            NodeFailure.Kind.INVALID_SHARE,
                            "it signed a "
                                    + signedWhat + " that differs from the one " + largest.size()
                                    + " other nodes signed, at "
                                    + firstDifference(
                                            answer.signedText(), largest.get(0).signedText())));
                } else if (group.size() >= threshold) {
                    failures.add(NodeFailure.of(
                            answer.nodeUrl(),
                            NodeFailure.Kind.INVALID_SHARE,
                            "its share is in no"
                                    + " combination of " + threshold + " shares that verifies under the network key"
                                    + (verifications >= MAX_VERIFICATIONS
                                            ? " (after " + verifications + " combinations, the most Lit4j tries)"
                                            : "")));
                }
            }
        }
        return failures;
    }

    private Optional<Combined> combinationsWithNewest(List<SignedShare> group) {
        SignedShare newest = group.get(group.size() - 1);
        int others = group.size() - 1;
        int[] pick = Combinations.first(threshold - 1);
        do {
            if (verifications >= MAX_VERIFICATIONS) {
                return Optional.empty();
            }
            List<SignedShare> members = new ArrayList<>(threshold);
            for (int index : pick) {
                members.add(group.get(index));
            }
            members.add(newest);
            Optional<Combined> combined = verify(members);
            if (combined.isPresent()) {
                return combined;
            }
        } while (Combinations.next(pick, others));
        return Optional.empty();
    }

    private Optional<Combined> verify(List<SignedShare> members) {
        verifications++;
        List<BlsIdentifiedShare> shares =
                members.stream().map(SignedShare::identifiedShare).toList();
        BlsSignature signature;
        try {
            signature = BlsShareCombiner.combineIdentified(shares);
        } catch (InvalidInputException e) {
            // the shares summed to the identity: some share is wrong
            return Optional.empty();
        }
        SignedShare first = members.get(0);
        if (!BlsPopScheme.verify(networkKey, first.signedBytes(), signature)) {
            return Optional.empty();
        }
        return Optional.of(new Combined(
                signature,
                first.signedText(),
                members.stream().map(SignedShare::nodeUrl).toList()));
    }

    private static String firstDifference(String mine, String theirs) {
        String[] a = mine.split("\n", -1);
        String[] b = theirs.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ": " + AnswerJson.quote(a[i]) + " where they have " + AnswerJson.quote(b[i]);
            }
        }
        return "line " + (Math.min(a.length, b.length) + 1) + " (one SIWE is longer)";
    }
}
