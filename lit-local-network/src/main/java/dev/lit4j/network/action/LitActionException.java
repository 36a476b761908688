package dev.lit4j.network.action;

import dev.lit4j.domain.LitException;

/**
 * A Lit Action that did not finish: it threw, or it ran past its time limit. Carries what it logged
 * until then, so that a node can return it (Lit adds a {@code logs} key to such errors).
 */
public final class LitActionException extends LitException {
    private static final long serialVersionUID = 1L;

    /** Why the action did not finish. */
    public enum Failure {
        /** The code threw, or did not compile. */
        SCRIPT_ERROR,
        /** The code ran longer than the runner's time limit and was stopped. */
        TIMEOUT
    }

    private final Failure failure;
    private final String logs;

    LitActionException(Failure failure, String message, String logs, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.logs = logs;
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
