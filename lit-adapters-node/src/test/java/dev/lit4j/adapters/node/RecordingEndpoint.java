package dev.lit4j.adapters.node;

import com.google.gson.JsonElement;
import dev.lit4j.network.NodeContext;
import dev.lit4j.network.NodeEndpoint;
import dev.lit4j.network.NodeRequest;
import dev.lit4j.network.SignSessionKeyEndpoint;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The local network's real {@code sign_session_key} endpoint, with a record of what it was sent: the
 * requests in arrival order and how many each node received.
 */
final class RecordingEndpoint implements NodeEndpoint {
    private final NodeEndpoint real = new SignSessionKeyEndpoint();
    private final AtomicIntegerArray calls;
    private final List<NodeRequest> requests = new CopyOnWriteArrayList<>();

    RecordingEndpoint(int nodeCount) {
        this.calls = new AtomicIntegerArray(nodeCount);
    }

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        calls.incrementAndGet(node.index());
        requests.add(request);
        return real.handle(request, node);
    }

    /** How many requests node {@code index} received. */
    int calls(int index) {
        return calls.get(index);
    }

    /** Every request received, in arrival order. */
    List<NodeRequest> requests() {
        return List.copyOf(requests);
    }
}
