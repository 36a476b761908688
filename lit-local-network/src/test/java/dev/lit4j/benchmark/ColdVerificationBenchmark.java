package dev.lit4j.benchmark;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A node's cold check of session sigs it has never seen, as a server meets them: a corpus of distinct
 * session sigs — each from its own wallet and its own session key — checked in turn by a verifier
 * without a cache, so no per-key or per-signature work can be reused between calls. Compare with
 * {@link SessionSigVerifierBenchmark#cold()}, which checks one vector again and again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ColdVerificationBenchmark {
    private static final String NODE_URL = "https://10.0.0.1:443";
    private static final FakeClock CLOCK = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));

    /** How many distinct session sigs the corpus holds. */
    @Param({"512"})
    public int corpus;

    private final LitResource resource = LitResource.wildcard(ResourcePrefix.PKP);
    private SessionSigVerifier verifier;
    private AuthSig[] sessionSigs;
    private int next;

    @Setup
    public void setUp() {
        sessionSigs = distinctSessionSigs(corpus);
        verifier = SessionSigVerifier.builder(NodeAddress.fromUrl(NODE_URL), VerificationMode.NODE_FAITHFUL)
                .clock(CLOCK)
                .build();
        for (AuthSig sessionSig : sessionSigs) {
            SessionSigVerification verification = verifier.verify(sessionSig, resource, LitAbility.PKP_SIGNING);
            if (!verification.valid()) {
                throw new IllegalStateException("a corpus session sig does not verify: " + verification.describe());
            }
        }
    }

    /**
     * {@code count} session sigs for the node at {@link #NODE_URL}, each from a new random wallet and a new
     * session key, granting {@code pkp-signing} on every PKP for a day from {@link #CLOCK}'s time.
     */
    static AuthSig[] distinctSessionSigs(int count) {
        FakeNodeTransport transport = new FakeNodeTransport(
                new ConnectedNetwork(
                        List.of(NODE_URL), 1, BlsThresholdKey.fromSeed(2, 3, 1).publicKey()),
                "0x" + "ab".repeat(32));
        SessionSigsRequest request = SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .expiration(CLOCK.instant().plus(Duration.ofHours(24)))
                .build();
        AuthSig[] sigs = new AuthSig[count];
        for (int i = 0; i < count; i++) {
            SessionSigIssuer issuer = new SessionSigIssuer(transport, new FakeSessionStore(), CLOCK);
            WalletAuthSigner wallet = new WalletAuthSigner(FakeWalletSigner.random(), CLOCK);
            sigs[i] = issuer.getSessionSigs(request, wallet)
                    .forNode(NODE_URL)
                    .orElseThrow()
                    .authSig();
        }
        return sigs;
    }

    /** The next session sig of the corpus, checked from scratch. */
    @Benchmark
    public SessionSigVerification verifyDistinct() {
        AuthSig sessionSig = sessionSigs[next];
        next = (next + 1) % sessionSigs.length;
        return verifier.verify(sessionSig, resource, LitAbility.PKP_SIGNING);
    }
}
