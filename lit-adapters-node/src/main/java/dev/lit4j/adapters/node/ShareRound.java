package dev.lit4j.adapters.node;

import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes the replies of one BLS signing request sent to every node, as they arrive, until a threshold of
 * valid shares combine to a verified signature — or until the nodes still pending could no longer make up
 * the threshold; then it reports every node's failure in one {@link NodeException}.
 */
final class ShareRound {
    private ShareRound() {
    }

    /**
     * Runs the round and abandons the nodes not awaited.
     *
     * @param operation the operation's name for the failure message, e.g. {@code signSessionKey}
     * @param parse reads a node's 2xx answer into its share; throws {@link MalformedAnswerException} or
     *     {@link InvalidShareException} to refuse it
     * @throws NodeException naming every node that failed, if no threshold of shares verified
     */
    static ShareQuorum.Combined run(String operation, FanOut fanOut, ShareQuorum quorum, ConnectedNetwork network,
            Duration requestTimeout, Function<NodeReply.Answer, SignedShare> parse) {
        List<NodeFailure> failures = new ArrayList<>();
        try {
            while (quorum.largestGroup() + fanOut.pendingCount() >= network.threshold()) {
                Optional<NodeReply> reply = fanOut.next();
                if (reply.isEmpty()) {
                    break;
                }
                Optional<ShareQuorum.Combined> combined = offer(reply.get(), quorum, failures, parse);
                if (combined.isPresent()) {
                    return combined.get();
                }
            }
        } finally {
            fanOut.abandon();
        }
        throw failed(operation, network, fanOut, quorum, failures, requestTimeout);
    }

    private static Optional<ShareQuorum.Combined> offer(NodeReply reply, ShareQuorum quorum, List<NodeFailure> failures,
            Function<NodeReply.Answer, SignedShare> parse) {
        if (reply instanceof NodeReply.Failure failure) {
            failures.add(failure.failure());
            return Optional.empty();
        }
        NodeReply.Answer answer = (NodeReply.Answer) reply;
        try {
            return quorum.offer(parse.apply(answer));
        } catch (MalformedAnswerException e) {
            failures.add(NodeFailure.of(answer.nodeUrl(), NodeFailure.Kind.MALFORMED_ANSWER, e.getMessage()));
        } catch (InvalidShareException e) {
            failures.add(NodeFailure.of(answer.nodeUrl(), NodeFailure.Kind.INVALID_SHARE, e.getMessage()));
        }
        return Optional.empty();
    }

    private static NodeException failed(String operation, ConnectedNetwork network, FanOut fanOut,
            ShareQuorum quorum, List<NodeFailure> failures, Duration requestTimeout) {
        List<NodeFailure> all = new ArrayList<>(failures);
        all.addAll(quorum.unusedShares());
        String notAwaited = "";
        if (fanOut.hasPending()) {
            if (quorum.largestGroup() + fanOut.pendingCount() < network.threshold()) {
                notAwaited = " (" + fanOut.pendingCount() + " more could not have made up the difference and were"
                        + " not awaited: " + fanOut.pendingUrls() + ")";
            } else {
                fanOut.pendingUrls().forEach(url -> all.add(NodeFailure.of(url, NodeFailure.Kind.TIMEOUT,
                        "no answer within " + requestTimeout.toMillis() + " ms")));
            }
        }
        return new NodeException(operation + ": " + quorum.validShares() + " of " + network.nodeUrls().size()
                + " nodes returned a valid share, " + network.threshold() + " are needed (the threshold) and must"
                + " combine to a signature valid under the network key" + notAwaited + "; the others: "
                + NodeFailures.describe(all), all);
    }
}
