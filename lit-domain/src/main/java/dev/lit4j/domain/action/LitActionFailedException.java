package dev.lit4j.domain.action;

import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import java.util.List;

/**
 * A Lit Action that failed on the nodes: it threw, or passed a node's time or memory limit. Besides every
 * node's failure ({@link #failures()}), it carries the action's error in its own words and what it logged
 * before it failed, as the nodes reported them (operations spec §2.4).
 */
public class LitActionFailedException extends NodeException {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String logs;

    /**
     * @param message what failed, naming each node and its reason
     * @param failures each node's failure
     * @param error the action's error as most nodes reported it, e.g. {@code Error: nope}
     * @param logs what the action logged before it failed, as most nodes reported it; {@code ""} if nothing
     */
    public LitActionFailedException(String message, List<NodeFailure> failures, String error, String logs) {
        super(message, failures);
        this.error = error;
        this.logs = logs;
    }

    /** The action's error, e.g. {@code Error: nope}, or the node's message for a time or memory limit. */
    public String error() {
        return error;
    }

    /** What the action logged before it failed; {@code ""} if nothing. */
    public String logs() {
        return logs;
    }
}
