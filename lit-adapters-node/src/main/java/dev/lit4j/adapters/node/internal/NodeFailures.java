package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.port.NodeFailure;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Node failures: reading an answer into one, and the per-node part of a {@link dev.lit4j.domain.port.NodeException} message. */
public final class NodeFailures {
    private NodeFailures() {}

    /**
     * Reads a node's answer with {@code read}; a {@link MalformedAnswerException} or {@link InvalidShareException}
     * becomes the node's failure in {@code failures} (and empty is returned).
     */
    public static <T> Optional<T> read(String nodeUrl, Supplier<Optional<T>> read, List<NodeFailure> failures) {
        try {
            return read.get();
        } catch (MalformedAnswerException e) {
            failures.add(NodeFailure.of(nodeUrl, NodeFailure.Kind.MALFORMED_ANSWER, e.getMessage()));
        } catch (InvalidShareException e) {
            failures.add(NodeFailure.of(nodeUrl, NodeFailure.Kind.INVALID_SHARE, e.getMessage()));
        }
        return Optional.empty();
    }

    /** Every failure's {@link NodeFailure#describe()}, joined with {@code "; "}. */
    public static String describe(List<NodeFailure> failures) {
        return failures.stream().map(NodeFailure::describe).collect(Collectors.joining("; "));
    }
}
