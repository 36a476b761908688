package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.ActionFailures;
import dev.lit4j.adapters.node.internal.FanOut;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.adapters.node.internal.NodeFailures;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.action.LitActionFailedException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One {@code executeJs} over HTTP: {@code POST /web/execute/v1} to every node of the request at once, each
 * with its own session sig, waiting for all of them as the JS SDK does. A node may act on the request, so a
 * request is repeated only if it was never sent.
 *
 * <p>A failing node is reported with its error; when the action itself failed (the node's answer carries the
 * action's {@code logs}), the call fails with a {@link LitActionFailedException} holding the action's error and
 * logs.
 */
final class ExecuteJsCall {
    /** The Datil path. */
    static final String PATH = "/web/execute/v1";

    private ExecuteJsCall() {}

    /**
     * Runs the call.
     *
     * @param epoch the {@code epoch} to send, when known
     * @throws LitActionFailedException if the action failed on a node
     * @throws NodeException if a node failed otherwise, or did not answer within the timeout
     */
    static List<ExecuteJsAnswer> run(
            NodeHttp http, NodeTransportConfig config, ExecuteJsNodeRequest request, OptionalLong epoch) {
        Map<String, String> bodies = new LinkedHashMap<>();
        request.nodeUrls()
                .forEach(url -> bodies.put(
                        url,
                        ExecuteJsBody.write(
                                request.request(), request.sessionSigFor(url).authSig(), epoch)));
        FanOut fanOut = FanOut.start(
                http, bodies, PATH, config.requestTimeout(), NodeHttp.Repeat.ONLY_IF_NOT_SENT, config.retryPolicy());
        List<ExecuteJsAnswer> answers = new ArrayList<>();
        List<NodeFailure> failures = new ArrayList<>();
        List<ActionFailures.Reported> actionFailures = new ArrayList<>();
        try {
            for (Optional<NodeReply> reply = fanOut.next(); reply.isPresent(); reply = fanOut.next()) {
                if (reply.get() instanceof NodeReply.Answer answer) {
                    try {
                        answers.add(ExecuteJsAnswerJson.parse(answer.nodeUrl(), answer.body()));
                    } catch (MalformedAnswerException e) {
                        failures.add(
                                NodeFailure.of(answer.nodeUrl(), NodeFailure.Kind.MALFORMED_ANSWER, e.getMessage()));
                    }
                } else {
                    NodeReply.Failure failure = (NodeReply.Failure) reply.get();
                    failures.add(failure.failure());
                    actionLogs(failure.errorBody())
                            .ifPresent(logs -> actionFailures.add(
                                    new ActionFailures.Reported(actionError(failure.failure()), logs)));
                }
            }
            Duration timeout = config.requestTimeout();
            fanOut.pendingUrls()
                    .forEach(url -> failures.add(NodeFailure.of(
                            url, NodeFailure.Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms")));
        } finally {
            fanOut.abandon();
        }
        if (failures.isEmpty()) {
            return answers;
        }
        throw failed(request, answers.size(), failures, actionFailures);
    }

    private static NodeException failed(
            ExecuteJsNodeRequest request,
            int succeeded,
            List<NodeFailure> failures,
            List<ActionFailures.Reported> actionFailures) {
        String nodes = "executeJs of Lit Action " + request.request().cid() + ": " + failures.size() + " of "
                + request.nodeUrls().size() + " nodes failed (" + succeeded + " succeeded, all are needed): "
                + NodeFailures.describe(failures);
        return ActionFailures.failed(nodes, request.request().cid().value(), failures, actionFailures);
    }

    /** The action's error as a node reported it: its message, and the details of a Lit error body. */
    private static String actionError(NodeFailure failure) {
        return failure.details().isEmpty()
                ? failure.message()
                : failure.message() + ": " + String.join("; ", failure.details());
    }

    /** The {@code logs} of an error answer that carries them: the action ran and failed. */
    private static Optional<String> actionLogs(JsonValue.Obj errorBody) {
        if (errorBody == null) {
            return Optional.empty();
        }
        return errorBody
                .get("logs")
                .filter(JsonValue.Str.class::isInstance)
                .map(logs -> ((JsonValue.Str) logs).value());
    }
}
