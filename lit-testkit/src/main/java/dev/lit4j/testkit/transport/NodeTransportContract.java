package dev.lit4j.testkit.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link NodeTransport} must do — {@code HttpNodeTransport} against a local network, a fake, and your
 * own transport: connect to the network it is given, give a block hash, and have the nodes sign session keys,
 * sign with PKPs, give decryption signatures and run Lit Actions, each answer checked as a client checks it;
 * succeed with as many nodes failing as the threshold allows; and when too many fail, throw the documented
 * {@link NodeException} that reports each failing node (a refusal with its error code, a malformed answer, an
 * unreachable node) and only those, in its {@link NodeException#failures()} and its message.
 *
 * <p>The network comes from a {@link NodeTransportFixture}, one per test, so the same contract runs on every
 * network kind. A test of a transport is a short subclass:
 *
 * <pre>{@code
 * class MyNodeTransportTest extends NodeTransportContract {
 *     @Override
 *     protected NodeTransportFixture startNetwork() {
 *         return new MyNetworkFixture();   // a network of at least 3 nodes, and your transport connected to it
 *     }
 * }
 * }</pre>
 *
 * <p>The threshold tests need a network where some nodes may fail once the transport connected
 * ({@link NodeTransportFixture#sparesAfterConnecting()}, {@code nodes - threshold} unless the wire fixes its nodes
 * before it sends); they are reported as skipped otherwise. A Lit Action answers from
 * {@link NodeTransportFixture#litActionAnswers} of the request's nodes (all of them unless the wire chooses).
 */
public abstract class NodeTransportContract {

    /** A fresh network with a transport connected to it; the contract closes it after the test. */
    protected abstract NodeTransportFixture startNetwork();

    @Test
    void itConnectsToTheNetworkItIsGiven() {
        try (NodeTransportFixture fixture = startNetwork()) {
            ConnectedNetwork expected = fixture.expectedNetwork();
            ConnectedNetwork network = fixture.transport().network();
            assertEquals(Set.copyOf(expected.nodeUrls()), Set.copyOf(network.nodeUrls()), "the connected nodes");
            assertEquals(expected.threshold(), network.threshold(), "the threshold");
            assertEquals(expected.networkPublicKey(), network.networkPublicKey(), "the network key");
            assertEquals(network, fixture.transport().network(), "network() again gives the same connection");
        }
    }

    @Test
    void itGivesABlockhash() {
        try (NodeTransportFixture fixture = startNetwork()) {
            String blockhash = fixture.transport().latestBlockhash();
            assertNotNull(blockhash, "latestBlockhash()");
            assertTrue(blockhash.matches("0x[0-9a-fA-F]{64}"), "0x and 64 hex digits: " + blockhash);
        }
    }

    @Test
    void itHasTheNodesSignASessionKey() {
        try (NodeTransportFixture fixture = startNetwork()) {
            NodeTransport transport = fixture.transport();
            SignSessionKeyRequest request = fixture.signSessionKeyRequest(transport.latestBlockhash());
            TransportAssertions.assertSessionKeySigned(
                    fixture.expectedNetwork().networkPublicKey(), request, transport.signSessionKey(request));
        }
    }

    @Test
    void itHasTheNodesSignWithAPkp() {
        try (NodeTransportFixture fixture = startNetwork()) {
            PkpSignRequest request = fixture.pkpSignRequest();
            TransportAssertions.assertPkpSigned(request, fixture.transport().pkpSign(request));
        }
    }

    @Test
    void itHasTheNodesGiveADecryptionSignature() {
        try (NodeTransportFixture fixture = startNetwork()) {
            DecryptionRequest request = fixture.decryptionRequest();
            TransportAssertions.assertDecryptionSigned(
                    fixture.expectedNetwork().networkPublicKey(),
                    request,
                    fixture.transport().decryptionSignature(request));
        }
    }

    @Test
    void itRunsALitActionOnEveryNodeAndGivesEveryAnswer() {
        try (NodeTransportFixture fixture = startNetwork()) {
            ExecuteJsNodeRequest request = fixture.executeJsRequest("{\"hello\":\"from every node\"}");
            List<ExecuteJsAnswer> answers = fixture.transport().executeJs(request);
            Set<String> answered =
                    answers.stream().map(ExecuteJsAnswer::nodeUrl).collect(Collectors.toSet());
            assertEquals(fixture.litActionAnswers(request), answers.size(), "one answer per node: " + answers);
            assertEquals(answers.size(), answered.size(), "every node answers once: " + answers);
            assertTrue(request.nodeUrls().containsAll(answered), "only the request's nodes answer: " + answers);
            for (ExecuteJsAnswer answer : answers) {
                assertEquals("{\"hello\":\"from every node\"}", answer.response(), answer.nodeUrl() + "'s response");
            }
        }
    }

    /** With as many nodes down as the threshold allows, every threshold operation still succeeds. */
    @TestFactory
    Stream<DynamicTest> thresholdOperationsSucceedWithAsManyNodesDownAsTheThresholdAllows() {
        return Stream.of(ThresholdOperation.values())
                .map(operation -> DynamicTest.dynamicTest(operation.name, () -> {
                    try (NodeTransportFixture fixture = startNetwork()) {
                        ConnectedNetwork network = fixture.expectedNetwork();
                        int spare = fixture.sparesAfterConnecting();
                        Assumptions.assumeTrue(spare > 0, "the network has no node to spare once connected");
                        Runnable call = operation.prepare(fixture, Function.identity());
                        fixture.inject(NodeFault.DOWN, firstNodes(network, spare));
                        call.run();
                    }
                }));
    }

    /**
     * With one node too many faulty — refusing, answering garbage or down — every threshold operation throws a
     * {@link NodeException} reporting each faulty node, and only those.
     */
    @TestFactory
    Stream<DynamicTest> thresholdOperationsReportEveryFaultyNodeWhenTooManyFail() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ThresholdOperation operation : ThresholdOperation.values()) {
            for (NodeFault fault : NodeFault.values()) {
                tests.add(DynamicTest.dynamicTest(operation.name + ", nodes " + fault, () -> {
                    try (NodeTransportFixture fixture = startNetwork()) {
                        ConnectedNetwork network = fixture.expectedNetwork();
                        Set<String> faulty =
                                firstNodes(network, network.nodeUrls().size() - network.threshold() + 1);
                        Runnable call = operation.prepare(fixture, Function.identity());
                        fixture.inject(fault, faulty);
                        NodeException e = assertThrows(NodeException.class, call::run);
                        TransportAssertions.assertNamesEveryFaultyNode(e, fault, faulty);
                    }
                }));
            }
        }
        return tests.stream();
    }

    /**
     * A Lit Action waits for every node it runs on: one of them faulty fails it, reported as the threshold
     * operations do. The faulty node is one that answered a first run (a wire that chooses the nodes, as Naga does by
     * price, runs it on the same nodes again).
     */
    @TestFactory
    Stream<DynamicTest> aLitActionReportsAFaultyNode() {
        return Stream.of(NodeFault.values())
                .map(fault -> DynamicTest.dynamicTest("a node " + fault, () -> {
                    try (NodeTransportFixture fixture = startNetwork()) {
                        ExecuteJsNodeRequest request = fixture.executeJsRequest("\"ok\"");
                        Set<String> faulty = Set.of(
                                fixture.transport().executeJs(request).get(0).nodeUrl());
                        fixture.inject(fault, faulty);
                        NodeException e = assertThrows(
                                NodeException.class, () -> fixture.transport().executeJs(request));
                        TransportAssertions.assertNamesEveryFaultyNode(e, fault, faulty);
                    }
                }));
    }

    /** Session sigs that miss a connected node are refused before anything is sent, naming the node. */
    @TestFactory
    Stream<DynamicTest> sessionSigsMissingANodeAreRefused() {
        return Stream.of(ThresholdOperation.PKP_SIGN, ThresholdOperation.DECRYPTION)
                .map(operation -> DynamicTest.dynamicTest(operation.name, () -> {
                    try (NodeTransportFixture fixture = startNetwork()) {
                        String missing = fixture.expectedNetwork().nodeUrls().get(0);
                        Runnable call = operation.prepare(fixture, sigs -> without(sigs, missing));
                        InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
                        TransportAssertions.assertRefusesMissingSessionSig(e, missing);
                    }
                }));
    }

    private static Set<String> firstNodes(ConnectedNetwork network, int count) {
        return new HashSet<>(network.nodeUrls().subList(0, count));
    }

    private static SessionSigs without(SessionSigs sigs, String nodeUrl) {
        Map<String, SessionSig> kept = new LinkedHashMap<>(sigs.byNodeUrl());
        kept.remove(nodeUrl);
        return new SessionSigs(kept);
    }

    /** An operation that succeeds when a threshold of nodes answer validly. */
    private enum ThresholdOperation {
        SIGN_SESSION_KEY("signSessionKey"),
        PKP_SIGN("pkpSign"),
        DECRYPTION("decryptionSignature");

        private final String name;

        ThresholdOperation(String name) {
            this.name = name;
        }

        /**
         * Makes the request (before any fault is injected) and gives the call that sends it and checks a
         * success; {@code sessionSigs} may change the request's session sigs.
         */
        Runnable prepare(NodeTransportFixture fixture, Function<SessionSigs, SessionSigs> sessionSigs) {
            NodeTransport transport = fixture.transport();
            ConnectedNetwork network = fixture.expectedNetwork();
            return switch (this) {
                case SIGN_SESSION_KEY -> {
                    SignSessionKeyRequest request = fixture.signSessionKeyRequest(transport.latestBlockhash());
                    yield () -> TransportAssertions.assertSessionKeySigned(
                            network.networkPublicKey(), request, transport.signSessionKey(request));
                }
                case PKP_SIGN -> {
                    PkpSignRequest asked = fixture.pkpSignRequest();
                    PkpSignRequest request = new PkpSignRequest(
                            asked.toSign(), asked.pkpPublicKey(), sessionSigs.apply(asked.sessionSigs()));
                    yield () -> TransportAssertions.assertPkpSigned(request, transport.pkpSign(request));
                }
                case DECRYPTION -> {
                    DecryptionRequest asked = fixture.decryptionRequest();
                    DecryptionRequest request = new DecryptionRequest(
                            asked.conditions(),
                            asked.dataToEncryptHash(),
                            asked.chain(),
                            sessionSigs.apply(asked.sessionSigs()));
                    yield () -> TransportAssertions.assertDecryptionSigned(
                            network.networkPublicKey(), request, transport.decryptionSignature(request));
                }
            };
        }
    }
}
