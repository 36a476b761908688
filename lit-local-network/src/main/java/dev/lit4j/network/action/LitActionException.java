package dev.lit4j.network.action;

import dev.lit4j.domain.LitException;

/**
 * A Lit Action that did not finish: it threw, or it ran past its time or memory limit. Carries what it logged
 * until then, so that a node can return it (Lit adds a {@code logs} key to such errors).
 */
public final class LitActionException extends LitException {
    private static final long serialVersionUID = 1L;

    /** Why the action did not finish. */
    public enum Failure {
        /** The code threw, or did not compile. */
        SCRIPT_ERROR,
        /** The code ran longer than the runner's time limit and was stopped. */
        TIMEOUT,
        /** The code took more memory than the runner's memory limit and was stopped. */
        MEMORY_LIMIT
    }

    private final Failure failure;
    private final String error;
    private final String logs;

    LitActionException(Failure failure, String message, String error, String logs, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.error = error;
        this.logs = logs;
    }

    /**
     * What went wrong in the action's own words, as a node reports it to the client: the JavaScript error
     * (e.g. {@code Error: nope}), or the limit that stopped it.
     */
    public String error() {
        return error;
    }

    /** Why the action did not finish. */
    public Failure failure() {
        return failure;
    }

    /** What the action logged before it stopped. */
    public String logs() {
        return logs;
    }
}
