package dev.lit4j.adapters.node.internal;

import dev.lit4j.adapters.node.AttestationPolicy;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.port.NodeFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading the replies of a handshake fan-out, the same on both wires: a failed or malformed reply and an
 * attestation that fails the policy become the node's failure; a node that does not answer in time is reported.
 */
public final class HandshakeReplies {
    private HandshakeReplies() {}

    /**
     * Every usable answer of {@code fanOut}, waiting for all nodes, in arrival order; the others are added to
     * {@code failures}. Stops waiting at the fan-out's deadline.
     *
     * @param parse reads one answer, throwing {@link MalformedAnswerException} if it is not usable
     * @param attestation the attestation an answer states
     */
    public static <T> List<T> all(
            FanOut fanOut,
            byte[] challenge,
            AttestationPolicy policy,
            Function<NodeReply.Answer, T> parse,
            Function<T, JsonValue> attestation,
            List<NodeFailure> failures) {
        List<T> answers = new ArrayList<>();
        try {
            for (Optional<NodeReply> reply = fanOut.next(); reply.isPresent(); reply = fanOut.next()) {
                read(reply.get(), challenge, policy, parse, attestation, failures)
                        .ifPresent(answers::add);
            }
            fanOut.pendingUrls()
                    .forEach(url ->
                            failures.add(NodeFailure.of(url, NodeFailure.Kind.TIMEOUT, "no handshake answer in time")));
        } finally {
            fanOut.abandon();
        }
        return answers;
    }

    /**
     * One reply's usable answer; otherwise empty, with the node's failure added to {@code failures}.
     *
     * @param parse reads the answer, throwing {@link MalformedAnswerException} if it is not usable
     * @param attestation the attestation an answer states
     */
    public static <T> Optional<T> read(
            NodeReply reply,
            byte[] challenge,
            AttestationPolicy policy,
            Function<NodeReply.Answer, T> parse,
            Function<T, JsonValue> attestation,
            List<NodeFailure> failures) {
        if (reply instanceof NodeReply.Failure failure) {
            failures.add(failure.failure());
            return Optional.empty();
        }
        NodeReply.Answer answer = (NodeReply.Answer) reply;
        T parsed;
        try {
            parsed = parse.apply(answer);
        } catch (MalformedAnswerException e) {
            failures.add(NodeFailure.of(answer.nodeUrl(), NodeFailure.Kind.MALFORMED_ANSWER, e.getMessage()));
            return Optional.empty();
        }
        if (policy == AttestationPolicy.FIELDS_ONLY) {
            Optional<String> problem =
                    SevSnpAttestationFields.problem(answer.nodeUrl(), attestation.apply(parsed), challenge);
            if (problem.isPresent()) {
                failures.add(NodeFailure.of(answer.nodeUrl(), NodeFailure.Kind.ATTESTATION, problem.get()));
                return Optional.empty();
            }
        }
        return Optional.of(parsed);
    }
}
