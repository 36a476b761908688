package dev.lit4j.adapters.signer.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A seeded three-node {@link LocalLitNetwork} and the real client in front of it: {@link HttpNodeTransport}
 * configured with the nodes' URLs, and {@link Lit4j} over it with a fresh {@link FakeSessionStore} per call
 * of {@link #lit()}. The nodes, the transport and Lit4j share one {@link FakeClock}, so a test can let a
 * session expire. One per test class.
 */
final class EndToEndNetwork implements AutoCloseable {
    /** When every test class's clock starts. */
    static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

    private static final SecureRandom RANDOM = new SecureRandom();

    final FakeClock clock = new FakeClock(START);
    final LocalLitNetwork network;
    final HttpNodeTransport transport;

    private EndToEndNetwork(long seed) {
        this.network =
                LocalLitNetwork.builder().nodeCount(3).seed(seed).clock(clock).build();
        this.transport = HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls())
                .handshakeTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10))
                .clock(clock)
                .build());
    }

    /** Starts the nodes; the transport connects on first use. */
    static EndToEndNetwork start(long seed) {
        return new EndToEndNetwork(seed);
    }

    /** The client, with an empty session store. */
    Lit4j lit() {
        return lit(clock);
    }

    /** The client whose clock is {@code clientClock} (e.g. behind the nodes'), with an empty session store. */
    Lit4j lit(Clock clientClock) {
        return Lit4j.builder()
                .nodes(transport)
                .store(new FakeSessionStore())
                .clock(clientClock)
                .build();
    }

    /** Mints a PKP owned by {@code owner} and returns its public key as the client names it. */
    PkpPublicKey mint(EthAddress owner) {
        return publicKey(network.pkps().mint(owner));
    }

    static PkpPublicKey publicKey(Pkp pkp) {
        return new PkpPublicKey(pkp.publicKey());
    }

    /** What {@code supplier} gives with the clock {@code later} ahead; the clock is put back afterwards. */
    <T> T later(Duration later, Supplier<T> supplier) {
        Instant now = clock.instant();
        clock.advance(later);
        try {
            return supplier.get();
        } finally {
            clock.set(now);
        }
    }

    /**
     * Every node of the network is given its own session sig on {@code /web/pkp/sign/v1} for a fresh digest,
     * accepts it, and answers its ECDSA share (or, outside the signing subset, the fail share); the shares
     * combine to a signature by {@code pkp}.
     */
    void assertEveryNodeSignsWith(SessionSigs sigs, PkpPublicKey pkp) {
        // in the transport's order: that of the handshake answers
        assertEquals(Set.copyOf(network.nodeUrls()), Set.copyOf(sigs.nodeUrls()), "one session sig per node");
        assertEquals(network.nodeCount(), sigs.nodeUrls().size());
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        digest[0] &= 0x7f; // below the group order n
        String requestId = PkpSignClient.newRequestId();
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        for (String url : network.nodeUrls()) {
            PkpSignClient.Answer answer =
                    PkpSignClient.sign(url, sigs.forNode(url).orElseThrow().authSig(), pkp, digest, requestId);
            assertEquals(200, answer.status(), answer.toString());
            answer.share().ifPresent(shares::add);
        }
        assertEquals(network.threshold(), shares.size(), "the signing subset's shares");
        DataToSign data = DataToSign.ofDigest(digest);
        assertEquals(
                pkp.ethAddress(),
                EcdsaShareCombiner.combine(shares, pkp, data).signature().recoverAddress(digest));
    }

    /**
     * Every node's session sig carries a capacity delegation to {@code user} that a Datil node's rate-limit
     * check accepts, beside the session's own capability for PKP signing with {@code pkp}.
     */
    void assertDelegatedTo(Lit4j lit, SessionSigs sigs, PkpPublicKey pkp, EthAddress user, AuthSig delegation) {
        for (String url : sigs.nodeUrls()) {
            SessionSig sig = sigs.forNode(url).orElseThrow();
            SessionSigVerification verification = lit.verifier(url, VerificationMode.NODE_FAITHFUL)
                    .verifyWithCapacityDelegation(
                            sig.authSig(), LitResource.pkp(pkp.tokenId()), LitAbility.PKP_SIGNING, user);
            assertTrue(verification.valid(), verification.describe());
            assertTrue(verification.capacityDelegation().orElseThrow().authorized(), verification.describe());
            assertEquals(
                    delegation,
                    verification.signedMessage().orElseThrow().capabilities().get(0),
                    "the delegation comes first, before the session's own capability");
        }
    }

    /**
     * {@code refusal} is the transport's report that the nodes refused to sign a session key: it names each
     * node that answered and that node's {@code errorCode}, every one of them {@code errorCode} with HTTP
     * {@code status}, and enough of them that the threshold could not be met.
     */
    void assertRefusedByTheNodes(NodeException refusal, String errorCode, int status) {
        List<NodeFailure> failures = refusal.failures();
        assertTrue(
                refusal.getMessage()
                        .startsWith("signSessionKey: 0 of 3 nodes returned a valid share, 2 are" + " needed"),
                refusal.getMessage());
        assertTrue(failures.size() >= network.nodeCount() - network.threshold() + 1, refusal.getMessage());
        assertEquals(
                failures.size(),
                failures.stream().map(NodeFailure::nodeUrl).distinct().count());
        for (NodeFailure failure : failures) {
            assertTrue(network.nodeUrls().contains(failure.nodeUrl()), failure.describe());
            assertEquals(NodeFailure.Kind.LIT_ERROR, failure.kind(), failure.describe());
            assertEquals(errorCode, failure.errorCode(), failure.describe());
            assertEquals(status, failure.httpStatus(), failure.describe());
            assertTrue(
                    refusal.getMessage().contains(failure.nodeUrl() + ": " + errorCode + " (HTTP " + status),
                    refusal.getMessage());
        }
    }

    @Override
    public void close() {
        network.close();
    }
}
