package dev.lit4j.adapters.node;

import dev.lit4j.domain.port.NodeFailure;
import java.util.List;
import java.util.stream.Collectors;

/** The per-node part of a {@link dev.lit4j.domain.port.NodeException} message. */
final class NodeFailures {
    private NodeFailures() {
    }

    /** Every failure's {@link NodeFailure#describe()}, joined with {@code "; "}. */
    static String describe(List<NodeFailure> failures) {
        return failures.stream().map(NodeFailure::describe).collect(Collectors.joining("; "));
    }
}
