package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.port.NodeFailure;

/** What one node call came to, after any retries: the node's JSON answer, or why there is none. */
public sealed interface NodeReply {

    /** The URL of the node that was called. */
    String nodeUrl();

    /**
     * An HTTP 2xx answer whose body is a JSON object.
     *
     * @param body the parsed body
     */
    public record Answer(String nodeUrl, JsonValue.Obj body) implements NodeReply {}

    /**
     * No usable answer.
     *
     * @param failure why, as the caller reports it
     * @param transience whether trying again could help
     * @param errorBody the error answer's body when it is a JSON object (e.g. for what a Lit Action logged),
     *     else null
     */
    public record Failure(NodeFailure failure, Transience transience, JsonValue.Obj errorBody) implements NodeReply {

        public Failure(NodeFailure failure, Transience transience) {
            this(failure, transience, null);
        }

        @Override
        public String nodeUrl() {
            return failure.nodeUrl();
        }
    }

    /** Whether a failed call may succeed when tried again. */
    public enum Transience {
        /** The same request would fail the same way (a 4xx Lit error, a malformed answer). */
        PERMANENT,
        /** The node may have seen the request, and a later attempt may succeed (timeout, 5xx, reset). */
        TRANSIENT,
        /** The connection was never opened, so the node cannot have seen the request. */
        NOT_SENT
    }
}
