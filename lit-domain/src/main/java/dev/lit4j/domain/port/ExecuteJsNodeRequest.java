package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import java.util.List;

/**
 * What {@link NodeTransport#executeJs} sends: the action, and the nodes it goes to, each with its own
 * session sig.
 *
 * @param request the action, its {@code jsParams}
 * @param sessionSigs the caller's session sigs; each node gets its own entry as {@code authSig}
 * @param nodeUrls the nodes to run the action on, each with an entry in {@code sessionSigs}
 */
public record ExecuteJsNodeRequest(ExecuteJsRequest request, SessionSigs sessionSigs, List<String> nodeUrls) {

    public ExecuteJsNodeRequest {
        InvalidInputException.requireNonNull("request", request);
        InvalidInputException.requireNonNull("sessionSigs", sessionSigs);
        nodeUrls = List.copyOf(InvalidInputException.requireNonNull("nodeUrls", nodeUrls));
        if (nodeUrls.isEmpty()) {
            throw new InvalidInputException("nodeUrls", "name at least one node to run the action on");
        }
        for (String url : nodeUrls) {
            if (sessionSigs.forNode(url).isEmpty()) {
                throw new InvalidInputException(
                        "sessionSigs",
                        "there is no session sig for node " + url + "; the session sigs are for "
                                + sessionSigs.nodeUrls());
            }
        }
    }

    /**
     * {@code nodeUrl}'s session sig.
     *
     * @throws InvalidInputException naming {@code executeJs.sessionSigs} if there is none, e.g. for a node a
     *     transport chose that the session sigs were not made for
     */
    public SessionSig sessionSigFor(String nodeUrl) {
        return sessionSigs
                .forNode(nodeUrl)
                .orElseThrow(() -> new InvalidInputException(
                        "executeJs.sessionSigs",
                        "has no session sig for the connected node " + nodeUrl + "; it has " + sessionSigs.nodeUrls()));
    }
}
