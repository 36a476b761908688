package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.EcdsaShareQuorum;
import dev.lit4j.adapters.node.internal.FanOut;
import dev.lit4j.adapters.node.internal.NodeFailures;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code pkpSign} over HTTP (operations spec §1): every connected node gets its own session sig in the body of
 * §1.2, all with one {@code X-Request-Id}; the signing subset's shares are combined as they arrive
 * ({@link EcdsaShareQuorum}) and the signature is returned as soon as one combination recovers to the PKP's key,
 * without waiting for the other nodes. Otherwise one {@link NodeException} names every node and why.
 * Thread-safe: each call has its own state.
 */
final class PkpSigning {
    /** The Datil PKP signing path. */
    static final String PATH = "/web/pkp/sign/v1";

    private final NodeHttp http;
    private final NodeTransportConfig config;

    PkpSigning(NodeHttp http, NodeTransportConfig config) {
        this.http = http;
        this.config = config;
    }

    /**
     * Signs {@code request} with the nodes of {@code network}.
     *
     * @param epoch the {@code epoch} to send, when the network has one
     * @throws dev.lit4j.domain.InvalidInputException if a node has no session sig in the request (nothing is sent)
     * @throws NodeException if no combination of the valid shares recovers to the PKP's key
     */
    PkpSignature sign(ConnectedNetwork network, PkpSignRequest request, OptionalLong epoch) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String url : network.nodeUrls()) {
            bodies.put(url, PkpSignBody.write(request, request.sessionSigFor(url), epoch));
        }
        FanOut fanOut = FanOut.start(
                http, bodies, PATH, config.requestTimeout(), NodeHttp.Repeat.ONLY_IF_NOT_SENT, config.retryPolicy());
        EcdsaShareQuorum quorum = new EcdsaShareQuorum(network.threshold(), request);
        List<NodeFailure> failures = new ArrayList<>();
        return fanOut.firstResult(
                        quorum::largestGroup, network.threshold(), reply -> offer(reply, request, quorum, failures))
                .orElseThrow(() -> failed(network, fanOut, quorum, failures));
    }

    private static Optional<PkpSignature> offer(
            NodeReply reply, PkpSignRequest request, EcdsaShareQuorum quorum, List<NodeFailure> failures) {
        if (reply instanceof NodeReply.Failure failure) {
            failures.add(failure.failure());
            return Optional.empty();
        }
        NodeReply.Answer answer = (NodeReply.Answer) reply;
        return NodeFailures.read(
                answer.nodeUrl(),
                () -> {
                    Optional<EcdsaSignatureShare> share =
                            EcdsaShareAnswer.parse(answer.nodeUrl(), answer.body(), request);
                    if (share.isEmpty()) {
                        quorum.failShare(answer.nodeUrl());
                        return Optional.empty();
                    }
                    return quorum.offer(share.get());
                },
                failures);
    }

    private NodeException failed(
            ConnectedNetwork network, FanOut fanOut, EcdsaShareQuorum quorum, List<NodeFailure> failures) {
        List<NodeFailure> all = new ArrayList<>(failures);
        all.addAll(quorum.unusedShares());
        String notAwaited =
                fanOut.accountForPending(quorum.largestGroup(), network.threshold(), config.requestTimeout(), all);
        String failShares = quorum.failShares().isEmpty()
                ? ""
                : "; " + quorum.failShares().size() + " answered the fail share (not signing): " + quorum.failShares();
        return new NodeException(
                "pkpSign: " + quorum.validShares() + " of " + network.nodeUrls().size()
                        + " nodes returned a valid share, " + network.threshold()
                        + " are needed (the threshold) and must"
                        + " combine to a signature that recovers to the PKP's key" + notAwaited + failShares
                        + (all.isEmpty() ? "" : "; the others: " + NodeFailures.describe(all)),
                all);
    }
}
