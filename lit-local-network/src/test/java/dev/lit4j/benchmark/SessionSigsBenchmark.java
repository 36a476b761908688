package dev.lit4j.benchmark;

import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;

/**
 * {@code getSessionSigs} for a whole network with the inner AuthSig already stored: what a server
 * pays for every fresh set of session sigs once its wallet has signed. The JS SDK spends about 150 ms
 * of CPU on this for 30 nodes; the target here is under 2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionSigsBenchmark {
    @Param({"30"})
    public int nodes;

    private FakeNodeTransport transport;
    private FakeClock clock;
    private SessionSigIssuer issuer;
    private WalletAuthSigner signer;
    private SessionSigsRequest request;
    private byte[][] signedMessages;
    private SessionKeyPair sessionKey;
    private ECKeyPair walletKey;
    private byte[] walletDigest;

    @Setup
    public void setUp() {
        clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            urls.add("https://10.0.0." + (i + 1) + ":443");
        }
        transport = new FakeNodeTransport(
                new ConnectedNetwork(
                        urls,
                        Math.max(1, 2 * nodes / 3),
                        BlsThresholdKey.fromSeed(2, 3, 1).publicKey()),
                "0x" + "ab".repeat(32));
        issuer = new SessionSigIssuer(transport, new FakeSessionStore(), clock);
        signer = new WalletAuthSigner(FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0), clock);
        request = SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .expiration(clock.instant().plus(Duration.ofHours(24)))
                .build();
        SessionSigs sigs = issuer.getSessionSigs(request, signer); // the wallet signs once; measured calls reuse it
        signedMessages = sigs.nodeUrls().stream()
                .map(url -> sigs.forNode(url)
                        .orElseThrow()
                        .authSig()
                        .signedMessage()
                        .getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        sessionKey = SessionKeyPair.generate();
        walletKey = Credentials.create(FakeWalletSigner.HARDHAT_KEY_0).getEcKeyPair();
        walletDigest = Hash.sha3("a SIWE message".getBytes(StandardCharsets.UTF_8));
    }

    /** Session sigs for every node, the AuthSig coming from the store. */
    @Benchmark
    public SessionSigs getSessionSigsWithStoredAuthSig() {
        return issuer.getSessionSigs(request, signer);
    }

    /**
     * Session sigs for every node from an empty store: a new session key, one wallet signature over the
     * SIWE (checked before it is used and stored), then the per-node signatures.
     */
    @Benchmark
    public SessionSigs getSessionSigsFresh() {
        return new SessionSigIssuer(transport, new FakeSessionStore(), clock).getSessionSigs(request, signer);
    }

    /** The floor of the stored path: one Ed25519 signature over each node's message, nothing else. */
    @Benchmark
    public byte[][] floorSignaturesOnly() {
        byte[][] out = new byte[signedMessages.length][];
        for (int i = 0; i < signedMessages.length; i++) {
            out[i] = sessionKey.sign(signedMessages[i]);
        }
        return out;
    }

    /** The floor of the fresh path: a new session key, one wallet signature (web3j, RFC 6979), the node signatures. */
    @Benchmark
    public byte[][] floorFresh() {
        SessionKeyPair fresh = SessionKeyPair.generate();
        byte[][] out = new byte[signedMessages.length + 1][];
        out[0] = walletKey.sign(walletDigest).s.toByteArray();
        for (int i = 0; i < signedMessages.length; i++) {
            out[i + 1] = fresh.sign(signedMessages[i]);
        }
        return out;
    }
}
