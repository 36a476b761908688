package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.ActionFailures;
import dev.lit4j.adapters.node.internal.LitErrorBody;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.naga.NagaEnvelope;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.domain.port.NodeFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Opens a node's reply to a sealed {@code /v2} request (operations spec §5.3): the envelope must come from the
 * node's identity key and open with the key pair made for that node; inside is a {@code GenericResponse} whose
 * {@code data} is the answer. An error reply is opened the same way, so that the node's short error and its
 * {@code errorObject} (a {@code PublicError}, node spec §6) become the node's failure; a plain {@code can't decrypt}
 * answer (the node could not open the request) and a plain Lit error body (e.g. 410 on an old route) are reported
 * as they are. Everything a node wrote is escaped and bounded before it enters a message.
 */
public final class NagaReplies {
    private NagaReplies() {}

    /**
     * The {@code data} JSON of a node's successful reply, for the operation's own reader; otherwise empty, with
     * the node's failure added to {@code failures}.
     */
    public static Optional<String> open(NodeReply reply, NagaNode node, List<NodeFailure> failures) {
        return open(reply, node, failures, new ArrayList<>());
    }

    /**
     * As {@link #open(NodeReply, NagaNode, List)}, for {@code execute/v2}: an error whose {@code errorObject} is
     * not a {@code PublicError} is the Lit Action's own failure — its {@code error} the action's error and its
     * {@code errorObject} the logs — and is also added to {@code actionFailures}.
     */
    public static Optional<String> open(
            NodeReply reply, NagaNode node, List<NodeFailure> failures, List<ActionFailures.Reported> actionFailures) {
        if (reply instanceof NodeReply.Failure failure) {
            failures.add(failure.errorBody() == null ? failure.failure() : errorAnswer(failure, node, actionFailures));
            return Optional.empty();
        }
        JsonValue.Obj body = ((NodeReply.Answer) reply).body();
        GenericResponse response;
        try {
            response = GenericResponse.parse(openEnvelope(body, node));
        } catch (InvalidInputException e) {
            failures.add(NodeFailure.of(node.url(), NodeFailure.Kind.MALFORMED_ANSWER, e.getMessage()));
            return Optional.empty();
        }
        if (!response.ok()) {
            failures.add(failureOf(node.url(), 0, response));
            return Optional.empty();
        }
        return response.optionalData();
    }

    private static NodeFailure errorAnswer(
            NodeReply.Failure failure, NagaNode node, List<ActionFailures.Reported> actionFailures) {
        JsonValue.Obj body = failure.errorBody();
        int status = failure.failure().httpStatus();
        try {
            if (body.has("payload")) {
                GenericResponse response = GenericResponse.parse(openEnvelope(body, node));
                actionFailure(node, response).ifPresent(actionFailures::add);
                return failureOf(node.url(), status, response);
            }
            if (body.has("ok")) {
                GenericResponse plain = GenericResponse.parse(JsJson.stringify(body));
                NodeFailure read = failureOf(node.url(), status, plain);
                return new NodeFailure(
                        read.nodeUrl(),
                        read.kind(),
                        read.httpStatus(),
                        read.errorKind(),
                        read.errorCode(),
                        read.message() + " (an unencrypted answer: the node could not open the" + " sealed request)",
                        read.details());
            }
        } catch (InvalidInputException e) {
            return new NodeFailure(
                    node.url(),
                    NodeFailure.Kind.MALFORMED_ANSWER,
                    status,
                    null,
                    null,
                    "answered HTTP " + status + " with an error that does not open: " + e.getMessage(),
                    List.of());
        }
        return failure.failure();
    }

    // a sealed error whose errorObject is not a PublicError: the Lit Action's error and logs
    private static Optional<ActionFailures.Reported> actionFailure(NagaNode node, GenericResponse response) {
        Optional<String> logs = response.optionalErrorObject();
        if (response.ok()
                || logs.isEmpty()
                || LitErrorBody.parse(node.url(), 0, logs.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ActionFailures.Reported(response.optionalError().orElse(""), logs.get()));
    }

    // the envelope's plaintext, after checking that the node's identity key sealed it
    private static String openEnvelope(JsonValue.Obj body, NagaNode node) {
        NagaEnvelope envelope = NagaEnvelope.parse(JsJson.stringify(body));
        if (!envelope.verificationKey().equals(node.identityKey())) {
            throw new InvalidInputException(
                    "payload.verification_key",
                    "the reply is sealed by "
                            + envelope.verificationKey().hex() + ", not by the node's identity key "
                            + node.identityKey().hex()
                            + " from its handshake");
        }
        return envelope.open(node.jitKey()).plaintext();
    }

    /**
     * The failure a {@code GenericResponse} error describes: the short {@code error}, then the {@code PublicError}
     * of {@code errorObject} (its {@code errorKind}, {@code errorCode}, message and details) when it is one.
     */
    static NodeFailure failureOf(String nodeUrl, int status, GenericResponse response) {
        String error = PrintableText.of(response.optionalError().orElse("(no error)"));
        Optional<String> errorObject = response.optionalErrorObject();
        Optional<NodeFailure> publicError = errorObject.flatMap(json -> LitErrorBody.parse(nodeUrl, status, json));
        if (publicError.isPresent()) {
            NodeFailure lit = publicError.get();
            return new NodeFailure(
                    nodeUrl,
                    NodeFailure.Kind.LIT_ERROR,
                    status,
                    printable(lit.errorKind()),
                    printable(lit.errorCode()),
                    error + ": " + PrintableText.of(lit.message()),
                    lit.details().stream().map(PrintableText::of).toList());
        }
        return new NodeFailure(
                nodeUrl,
                NodeFailure.Kind.LIT_ERROR,
                status,
                null,
                null,
                error + errorObject.map(o -> " " + PrintableText.of(o)).orElse(""),
                List.of());
    }

    private static @Nullable String printable(@Nullable String text) {
        return text == null ? null : PrintableText.of(text);
    }
}
