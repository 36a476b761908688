package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.action.LitActionFailedException;
import dev.lit4j.domain.action.ResponseStrategy;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import java.util.List;

/**
 * What an {@code executeJs} that some nodes failed throws, on either wire: a {@link LitActionFailedException} with
 * the action's error and logs (as most nodes reported them) when the action itself failed, else a plain
 * {@link NodeException} naming every node's failure.
 */
public final class ActionFailures {
    private static final int ERROR_TEXT_LIMIT = 1_000;

    /**
     * One node's report that the action ran and failed.
     *
     * @param error the action's error, e.g. {@code Error: nope}
     * @param logs what it logged before it failed; {@code ""} if nothing
     */
    public record Reported(String error, String logs) {}

    private ActionFailures() {}

    /**
     * The exception for a call whose nodes failed.
     *
     * @param nodes what failed, naming each node and its reason
     * @param cid the action's IPFS id
     */
    public static NodeException failed(
            String nodes, String cid, List<NodeFailure> failures, List<Reported> actionFailures) {
        if (actionFailures.isEmpty()) {
            return new NodeException(nodes, failures);
        }
        String error = ResponseStrategy.MOST_COMMON.choose(
                actionFailures.stream().map(Reported::error).toList());
        String logs = ResponseStrategy.MOST_COMMON.choose(
                actionFailures.stream().map(Reported::logs).toList());
        return new LitActionFailedException(
                "the Lit Action " + cid + " failed: " + bounded(error)
                        + (logs.isEmpty() ? "" : "; it logged: " + bounded(logs)) + ". " + nodes,
                failures,
                error,
                logs);
    }

    private static String bounded(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return "\"" + (escaped.length() <= ERROR_TEXT_LIMIT ? escaped : escaped.substring(0, ERROR_TEXT_LIMIT) + "…")
                + "\"";
    }
}
