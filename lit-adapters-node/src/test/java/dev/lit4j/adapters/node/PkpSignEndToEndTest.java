package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.usecase.PkpSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.network.NodeFaults;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.transport.TransportAssertions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code pkpSign} end to end: a wallet makes PKP session sigs through the nodes, then the PKP signs a message
 * through {@link HttpNodeTransport} against a local network of 5 nodes with threshold 3, 2 of them faulty in
 * each way a local network can inject; the signature always recovers to the PKP's address.
 */
class PkpSignEndToEndTest {
    private static final DataToSign MESSAGE =
            DataToSign.hashOf("Hello Lit, sign me".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256);

    /** A way for a node to be faulty. */
    enum Fault {
        DOWN(NodeFaults::down),
        SLOW(faults -> faults.slow(Duration.ofMillis(300))),
        SERVER_ERROR(NodeFaults::answerServerError),
        LIT_ERROR(faults -> faults.answerError(LitNodeError.of(NodeErrorCode.NODE_NOT_AUTHORIZED, "injected"))),
        GARBAGE(NodeFaults::answerGarbage),
        WRONG_BLS_SHARE(faults -> faults.wrongBlsShare(true)),
        WRONG_ECDSA_SHARE(faults -> faults.wrongEcdsaShare(true)),
        MISSING_ECDSA_SHARE(faults -> faults.missingEcdsaShare(true));

        private final Consumer<NodeFaults> inject;

        Fault(Consumer<NodeFaults> inject) {
            this.inject = inject;
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void theSignatureRecoversToThePkpWithTwoOfFiveNodesFaulty(Fault fault) {
        try (TestNetwork local = TestNetwork.start(5)) {
            assertEquals(3, local.network.threshold());
            HttpNodeTransport transport = local.transport();
            SessionSigs sigs = pkpSessionSigs(local, transport);
            fault.inject.accept(local.network.node(1).faults());
            fault.inject.accept(local.network.node(3).faults());

            PkpSignRequest request = new PkpSignRequest(MESSAGE, local.pkp, sigs);
            TransportAssertions.assertPkpSigned(request, new PkpSigner(transport, Clock.systemUTC()).pkpSign(request));
        }
    }

    @Test
    void returnsWithoutWaitingForNodesOutsideTheSigningSubset() {
        try (TestNetwork local = TestNetwork.start(5)) {
            HttpNodeTransport transport = local.transport();
            SessionSigs sigs = pkpSessionSigs(local, transport);
            // a slow node is a signing peer; one answering garbage is not, so it never signs: make it slow too
            local.network.node(4).faults().answerGarbage();
            local.network.node(4).faults().slow(Duration.ofSeconds(4));

            long start = System.nanoTime();
            PkpSignature signature =
                    new PkpSigner(transport, Clock.systemUTC()).pkpSign(new PkpSignRequest(MESSAGE, local.pkp, sigs));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(local.pkp.ethAddress(), signature.signature().recoverAddress(MESSAGE.bytes()));
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "did not wait for the slow node: " + took);
        }
    }

    @Test
    void wrongSharesFailNamingEveryNodeAndTheSharesCombined() {
        try (TestNetwork local = TestNetwork.start(5)) {
            HttpNodeTransport transport = local.transport();
            SessionSigs sigs = pkpSessionSigs(local, transport);
            // with every node faulty, the faulty nodes sign, and the others forge shares instead of the fail share
            for (int node = 0; node < 5; node++) {
                local.network.node(node).faults().wrongEcdsaShare(true);
            }

            NodeException e = assertThrows(
                    NodeException.class,
                    () -> new PkpSigner(transport, Clock.systemUTC())
                            .pkpSign(new PkpSignRequest(MESSAGE, local.pkp, sigs)));

            List<String> sorted = local.network.nodeUrls().stream().sorted().toList();
            assertTrue(
                    e.getMessage()
                            .startsWith(
                                    "pkpSign: 5 of 5 nodes returned a valid share, 3 are needed (the"
                                            + " threshold) and must combine to a signature that recovers to the PKP's key; the others: "),
                    e.getMessage());
            assertEquals(
                    local.network.nodeUrls().stream()
                            .map(url -> url + ": its share is in no combination of 3"
                                    + " shares whose signature recovers to the PKP's key; the shares of " + sorted
                                    + " were combined")
                            .collect(Collectors.toSet()),
                    e.failures().stream().map(NodeFailure::describe).collect(Collectors.toSet()));
            assertEquals(
                    Set.of(NodeFailure.Kind.INVALID_SHARE),
                    e.failures().stream().map(NodeFailure::kind).collect(Collectors.toSet()));
        }
    }

    @Test
    void withheldSharesFailNamingTheNodesThatAnsweredTheFailShare() {
        try (TestNetwork local = TestNetwork.start(5)) {
            HttpNodeTransport transport = local.transport();
            SessionSigs sigs = pkpSessionSigs(local, transport);
            for (int node = 0; node < 5; node++) {
                local.network.node(node).faults().missingEcdsaShare(true);
            }

            NodeException e = assertThrows(
                    NodeException.class,
                    () -> new PkpSigner(transport, Clock.systemUTC())
                            .pkpSign(new PkpSignRequest(MESSAGE, local.pkp, sigs)));

            // the first three fail shares leave too few nodes to reach the threshold: the rest are not awaited
            assertTrue(
                    e.getMessage()
                            .matches("pkpSign: 0 of 5 nodes returned a valid share, 3 are needed \\(the"
                                    + " threshold\\) and must combine to a signature that recovers to the PKP's key( \\(\\d more could"
                                    + " not have made up the difference and were not awaited: \\[.*\\]\\))?; \\d answered the fail"
                                    + " share \\(not signing\\): \\[.*\\]"),
                    e.getMessage());
            assertEquals(List.of(), e.failures());
        }
    }

    @Test
    void aMissingSessionSigIsRefusedBeforeAnythingIsSent() {
        try (TestNetwork local = TestNetwork.start(3)) {
            HttpNodeTransport transport = local.transport();
            SessionSigs sigs = pkpSessionSigs(local, transport);
            String missing = local.url(2);
            SessionSigs partial = new SessionSigs(sigs.byNodeUrl().entrySet().stream()
                    .filter(entry -> !entry.getKey().equals(missing))
                    .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue())));

            Exception e = assertThrows(
                    dev.lit4j.domain.InvalidInputException.class,
                    () -> transport.pkpSign(new PkpSignRequest(MESSAGE, local.pkp, partial)));

            assertTrue(
                    e.getMessage()
                            .startsWith(
                                    "sessionSigs: has no session sig for the node " + missing + "; they" + " are for "),
                    e.getMessage());
        }
    }

    private static SessionSigs pkpSessionSigs(TestNetwork local, HttpNodeTransport transport) {
        Clock clock = Clock.systemUTC();
        PkpAuthSigner pkp = new PkpAuthSigner(
                transport,
                clock,
                local.pkp,
                List.of(Fixtures.walletAuthMethod(transport.latestBlockhash(), TestNetwork.OWNER)));
        return new SessionSigIssuer(transport, new FakeSessionStore(), clock)
                .getSessionSigs(
                        SessionSigsRequest.builder()
                                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                                .build(),
                        pkp);
    }
}
