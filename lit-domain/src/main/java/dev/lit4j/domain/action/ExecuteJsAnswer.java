package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node's successful answer to {@code executeJs} (operations spec §2.4: HTTP 200,
 * {@code "success": true}).
 *
 * @param nodeUrl the node that answered
 * @param signedData the node's shares, by {@code sigName}, in the node's order (kept)
 * @param claimData the node's claims, by key id
 * @param response what the action passed to {@code setResponse}, {@code ""} if nothing
 * @param logs what the action logged, {@code ""} if nothing
 */
public record ExecuteJsAnswer(
        String nodeUrl,
        Map<String, SignedDataShare> signedData,
        Map<String, ClaimData> claimData,
        String response,
        String logs) {

    public ExecuteJsAnswer {
        InvalidInputException.requireNonNull("answer.nodeUrl", nodeUrl);
        signedData = Collections.unmodifiableMap(
                new LinkedHashMap<>(InvalidInputException.requireNonNull("answer.signedData", signedData)));
        claimData = Collections.unmodifiableMap(
                new LinkedHashMap<>(InvalidInputException.requireNonNull("answer.claimData", claimData)));
        InvalidInputException.requireNonNull("answer.response", response);
        InvalidInputException.requireNonNull("answer.logs", logs);
        signedData.forEach((name, share) -> {
            if (!name.equals(share.sigName())) {
                throw new InvalidInputException(
                        "answer.signedData", "the entry \"" + name + "\" is named \"" + share.sigName() + "\" inside");
            }
        });
    }
}
