package dev.lit4j.network;

import com.google.gson.JsonElement;
import dev.lit4j.network.error.LitNodeError;

/**
 * The logic behind one POST endpoint of a local node, e.g. {@code /web/sign_session_key/v1}.
 *
 * <p>The node has already matched the path and {@code Content-Type}, applied the request guards
 * (correlation id, SDK version), parsed the body as a JSON object and applied the node's faults;
 * the endpoint only decides the answer. One endpoint instance serves every node of a network, in
 * parallel: it tells the nodes apart by {@link NodeContext#index()} and must be thread-safe.
 */
@FunctionalInterface
public interface NodeEndpoint {

    /**
     * Answers one request.
     *
     * @param request the request
     * @param node the node that received it, with the network's shared services
     * @return the JSON body of the HTTP 200 answer
     * @throws LitNodeError to answer with a Lit error; any other exception is answered as an uncoded
     *     {@code Unexpected} error (HTTP 500)
     */
    JsonElement handle(NodeRequest request, NodeContext node);
}
