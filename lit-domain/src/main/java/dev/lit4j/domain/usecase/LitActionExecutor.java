package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.ExecuteJsMerge;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.session.SessionSigs;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * {@code executeJs}: runs a Lit Action on the connected nodes with the caller's session sigs and merges
 * their answers (operations spec §2): every node, or one random node with
 * {@link ExecuteJsRequest#useSingleNode()}; each node gets its own session sig, which must grant
 * {@code lit-action-execution} on the action's {@link ExecuteJsRequest#resource()}.
 *
 * <p>Thread-safe when the node transport is.
 */
public final class LitActionExecutor {
    private final NodeTransport nodes;
    private final RandomGenerator random;

    /** An executor over {@code nodes}. */
    @Inject
    public LitActionExecutor(NodeTransport nodes) {
        this(nodes, new SecureRandom());
    }

    /** An executor that picks the single node with {@code random} (for tests). */
    public LitActionExecutor(NodeTransport nodes, RandomGenerator random) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
        this.random = InvalidInputException.requireNonNull("random", random);
    }

    /**
     * Runs the action and merges the answers.
     *
     * @throws InvalidInputException if {@code sessionSigs} has no session sig for a node the action is sent to
     * @throws dev.lit4j.domain.action.LitActionFailedException if the action failed on a node (its error and logs)
     * @throws dev.lit4j.domain.port.NodeException if a node failed otherwise, or a signature's shares are too few
     *     or do not combine
     */
    public ExecuteJsResult executeJs(ExecuteJsRequest request, SessionSigs sessionSigs) {
        InvalidInputException.requireNonNull("request", request);
        InvalidInputException.requireNonNull("sessionSigs", sessionSigs);
        ConnectedNetwork network = nodes.network();
        List<String> targets = request.useSingleNode()
                ? List.of(
                        network.nodeUrls().get(random.nextInt(network.nodeUrls().size())))
                : network.nodeUrls();
        List<ExecuteJsAnswer> answers = nodes.executeJs(new ExecuteJsNodeRequest(request, sessionSigs, targets));
        return ExecuteJsMerge.merge(
                answers, request.useSingleNode() ? 1 : network.threshold(), request.responseStrategy());
    }
}
