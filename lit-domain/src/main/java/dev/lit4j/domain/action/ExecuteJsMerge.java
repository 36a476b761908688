package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.NodeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the nodes' {@code executeJs} answers into one result, as the JS SDK 7.4 does (operations spec
 * §2.5): the response by the request's {@link ResponseStrategy}, the most common non-empty logs, the claims
 * of every node, and each {@code sigName}'s signature combined from its valid shares. Stateless.
 */
public final class ExecuteJsMerge {
    private ExecuteJsMerge() {}

    /**
     * The merged result.
     *
     * @param answers every node's answer, in the order they answered; at least one
     * @param threshold how many valid shares each signature needs (the network's threshold; 1 for a
     *     single-node run)
     * @throws InvalidInputException if there is no answer
     * @throws NodeException if a {@code sigName} has fewer valid shares than the threshold, or its shares do
     *     not combine to a signature that verifies
     */
    public static ExecuteJsResult merge(List<ExecuteJsAnswer> answers, int threshold, ResponseStrategy strategy) {
        InvalidInputException.requireNonNull("answers", answers);
        InvalidInputException.requireNonNull("responseStrategy", strategy);
        if (answers.isEmpty()) {
            throw new InvalidInputException("answers", "no node answered; there is nothing to merge");
        }
        if (threshold < 1) {
            throw new InvalidInputException("threshold", "must be at least 1, got " + threshold);
        }
        List<String> responses = answers.stream().map(ExecuteJsAnswer::response).toList();
        String response = strategy.choose(responses);
        return new ExecuteJsResult(response, signatures(answers, threshold), claims(answers), logs(answers));
    }

    /**
     * Each {@code sigName}'s signature, as the SDK's {@code getSignatures} makes it: the fail shares of nodes
     * outside the signing subset are dropped, every name needs at least {@code threshold} valid shares, and
     * its shares are summed into one signature ({@link EcdsaShareCombiner}) that must recover to the PKP.
     */
    static Map<String, PkpSignature> signatures(List<ExecuteJsAnswer> answers, int threshold) {
        Map<String, List<EcdsaSignatureShare>> sharesByName = new LinkedHashMap<>();
        for (ExecuteJsAnswer answer : answers) {
            answer.signedData().forEach((name, share) -> {
                List<EcdsaSignatureShare> shares = sharesByName.computeIfAbsent(name, n -> new ArrayList<>());
                if (!share.isFailShare()) {
                    shares.add(validShare(answer.nodeUrl(), share));
                }
            });
        }
        Map<String, PkpSignature> signatures = new LinkedHashMap<>();
        sharesByName.forEach((name, shares) -> {
            if (shares.size() < threshold) {
                throw new NodeException("executeJs: the signature \"" + name + "\" has " + shares.size()
                        + " valid share(s) from " + answers.size() + " nodes, and " + threshold + " (the threshold)"
                        + " are needed");
            }
            EcdsaSignatureShare first = shares.get(0);
            try {
                signatures.put(name, EcdsaShareCombiner.combine(shares, first.publicKey(), first.dataSigned()));
            } catch (InvalidInputException e) {
                throw new NodeException(
                        "executeJs: the shares of the signature \"" + name + "\" do not combine: " + e.getMessage(), e);
            }
        });
        return signatures;
    }

    private static EcdsaSignatureShare validShare(String nodeUrl, SignedDataShare share) {
        try {
            return EcdsaSignatureShare.of(
                    nodeUrl,
                    SignedDataShare.unquoted(share.signatureShare()),
                    SignedDataShare.unquoted(share.bigR()),
                    SignedDataShare.unquoted(share.publicKey()),
                    SignedDataShare.unquoted(share.dataSigned()));
        } catch (InvalidInputException e) {
            throw new NodeException(
                    "executeJs: " + nodeUrl + " answered a malformed share of the signature \"" + share.sigName()
                            + "\": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The most common non-empty logs (the SDK's {@code mostCommonString}: on a tie, the latest node's), or
     * {@code ""} when no node logged.
     */
    static String logs(List<ExecuteJsAnswer> answers) {
        List<String> logs = answers.stream()
                .map(ExecuteJsAnswer::logs)
                .filter(text -> !text.isEmpty())
                .toList();
        return logs.isEmpty() ? "" : ResponseStrategy.MOST_COMMON.choose(logs);
    }

    /** Every claimed key id with every node's signature, as the SDK's {@code getClaims}. */
    static Map<String, LitActionClaim> claims(List<ExecuteJsAnswer> answers) {
        Map<String, List<EcdsaSignature>> signatures = new LinkedHashMap<>();
        Map<String, String> derivedKeyIds = new LinkedHashMap<>();
        for (ExecuteJsAnswer answer : answers) {
            answer.claimData().forEach((keyId, claim) -> {
                signatures
                        .computeIfAbsent(keyId, id -> new ArrayList<>())
                        .add(EcdsaSignature.parseRsvHex(
                                "claimData." + keyId + ".signature of " + answer.nodeUrl(),
                                SignedDataShare.unquoted(claim.signature())));
                derivedKeyIds.putIfAbsent(keyId, SignedDataShare.unquoted(claim.derivedKeyId()));
            });
        }
        Map<String, LitActionClaim> claims = new LinkedHashMap<>();
        signatures.forEach(
                (keyId, sigs) -> claims.put(keyId, new LitActionClaim(keyId, sigs, derivedKeyIds.get(keyId))));
        return claims;
    }
}
