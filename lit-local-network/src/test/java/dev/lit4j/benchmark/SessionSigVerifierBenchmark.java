package dev.lit4j.benchmark;

import com.google.gson.JsonObject;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.domain.verify.VerifiedSigCache;
import dev.lit4j.network.TestVectors;
import dev.lit4j.testkit.fakes.FakeClock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One node's session-sig check of the JS SDK's session-sig vector (an EOA wallet capability): cold —
 * Ed25519, the JSON, the SIWE, EIP-191 recovery and the ReCap every time — and with a cache of
 * already-verified signatures, as a server that sees the same session sig on every request would run it.
 * Targets: at least 3,000 cold and 20,000 cached checks per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionSigVerifierBenchmark {
    private SessionSigVerifier cold;
    private SessionSigVerifier cached;
    private AuthSig sessionSig;
    private final LitResource resource = LitResource.wildcard(ResourcePrefix.PKP);

    @Setup
    public void setUp() {
        JsonObject vector =
                TestVectors.load("session-sig-flow.json").getAsJsonObject().getAsJsonObject("sessionSig");
        sessionSig = new AuthSig(
                vector.get("sig").getAsString(),
                vector.get("derivedVia").getAsString(),
                vector.get("signedMessage").getAsString(),
                vector.get("address").getAsString(),
                vector.get("algo").getAsString());
        FakeClock clock = new FakeClock(Instant.parse("2025-01-15T10:00:05.123Z"));
        NodeAddress node = NodeAddress.fromUrl(vector.get("nodeUrl").getAsString());
        cold = SessionSigVerifier.builder(node, VerificationMode.NODE_FAITHFUL)
                .clock(clock)
                .build();
        cached = SessionSigVerifier.builder(node, VerificationMode.NODE_FAITHFUL)
                .clock(clock)
                .cache(new VerifiedSigCache(10_000))
                .build();
        requireValid(cold.verify(sessionSig, resource, LitAbility.PKP_SIGNING));
        requireValid(cached.verify(sessionSig, resource, LitAbility.PKP_SIGNING));
    }

    /** Every check from scratch. */
    @Benchmark
    public SessionSigVerification cold() {
        return cold.verify(sessionSig, resource, LitAbility.PKP_SIGNING);
    }

    /** The signatures found in the cache; the time, node, URI and ReCap rules still run. */
    @Benchmark
    public SessionSigVerification cached() {
        return cached.verify(sessionSig, resource, LitAbility.PKP_SIGNING);
    }

    private static void requireValid(SessionSigVerification verification) {
        if (!verification.valid()) {
            throw new IllegalStateException("the benchmark's session sig does not verify: " + verification.describe());
        }
    }
}
