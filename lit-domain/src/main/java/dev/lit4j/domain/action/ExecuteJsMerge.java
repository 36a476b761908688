package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
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
    private ExecuteJsMerge() {
    }

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
        return new ExecuteJsResult(response, claims(answers), logs(answers));
    }

    /**
     * The most common non-empty logs (the SDK's {@code mostCommonString}: on a tie, the latest node's), or
     * {@code ""} when no node logged.
     */
    static String logs(List<ExecuteJsAnswer> answers) {
        List<String> logs = answers.stream().map(ExecuteJsAnswer::logs).filter(text -> !text.isEmpty()).toList();
        return logs.isEmpty() ? "" : ResponseStrategy.MOST_COMMON.choose(logs);
    }

    /** Every claimed key id with every node's signature, as the SDK's {@code getClaims}. */
    static Map<String, LitActionClaim> claims(List<ExecuteJsAnswer> answers) {
        Map<String, List<EcdsaSignature>> signatures = new LinkedHashMap<>();
        Map<String, String> derivedKeyIds = new LinkedHashMap<>();
        for (ExecuteJsAnswer answer : answers) {
            answer.claimData().forEach((keyId, claim) -> {
                signatures.computeIfAbsent(keyId, id -> new ArrayList<>()).add(EcdsaSignature.parseRsvHex(
                        "claimData." + keyId + ".signature of " + answer.nodeUrl(),
                        SignedDataShare.unquoted(claim.signature())));
                derivedKeyIds.putIfAbsent(keyId, SignedDataShare.unquoted(claim.derivedKeyId()));
            });
        }
        Map<String, LitActionClaim> claims = new LinkedHashMap<>();
        signatures.forEach((keyId, sigs) -> claims.put(keyId, new LitActionClaim(keyId, sigs,
                derivedKeyIds.get(keyId))));
        return claims;
    }
}
