package dev.lit4j.testkit.transport;

import dev.lit4j.domain.port.NodeFailure;

/**
 * A way a node of a {@link NodeTransportFixture}'s network misbehaves, and the {@link NodeFailure.Kind} a
 * {@link dev.lit4j.domain.port.NodeTransport} must report for it.
 */
public enum NodeFault {
    /** The node refuses every request with a Lit error body (HTTP 401, {@code errorCode} {@link #REFUSAL_CODE}). */
    REFUSES(NodeFailure.Kind.LIT_ERROR),
    /** The node answers success with a body that is not JSON. */
    ANSWERS_GARBAGE(NodeFailure.Kind.MALFORMED_ANSWER),
    /** The node cannot be reached. */
    DOWN(NodeFailure.Kind.UNREACHABLE);

    /** The {@code errorCode} of a {@link #REFUSES} node (a Datil node's code for a refused auth). */
    public static final String REFUSAL_CODE = "NodeNotAuthorized";

    private final NodeFailure.Kind reported;

    NodeFault(NodeFailure.Kind reported) {
        this.reported = reported;
    }

    /** The kind of failure a transport reports for a node with this fault. */
    public NodeFailure.Kind reportedAs() {
        return reported;
    }
}
