package dev.lit4j.domain.port;

import dev.lit4j.domain.LitException;
import java.util.List;

/**
 * The Lit nodes could not be reached or refused a request. The message names each failing node; when
 * the failure concerns several nodes, {@link #failures()} gives each node's reason as data.
 */
public class NodeException extends LitException {
    private static final long serialVersionUID = 1L;

    private final List<NodeFailure> failures;

    public NodeException(String message) {
        this(message, List.of());
    }

    public NodeException(String message, Throwable cause) {
        super(message, cause);
        this.failures = List.of();
    }

    /**
     * @param message what failed overall, naming each node and its reason
     * @param failures each node's failure, in the order they were observed
     */
    public NodeException(String message, List<NodeFailure> failures) {
        super(message);
        this.failures = List.copyOf(failures);
    }

    /** Each failing node's reason; empty when the failure is not about particular nodes. */
    public List<NodeFailure> failures() {
        return failures;
    }
}
