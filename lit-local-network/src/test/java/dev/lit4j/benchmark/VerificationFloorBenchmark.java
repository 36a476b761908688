package dev.lit4j.benchmark;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.internal.Eip191;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
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
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;

/**
 * The floor under {@link ColdVerificationBenchmark}: the two signature checks a cold session-sig
 * verification cannot avoid, on the same corpus of distinct session sigs — one plain Ed25519
 * verification of the session key's signature (BouncyCastle, no strictness checks) and one EIP-191
 * public-key recovery of the wallet's signature (web3j). Nothing else a verifier does is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerificationFloorBenchmark {
    /** How many distinct session sigs the corpus holds. */
    @Param({"512"})
    public int corpus;

    private Signed[] sessionSignatures;
    private Recoverable[] walletSignatures;
    private int next;

    private record Signed(byte[] publicKey, byte[] message, byte[] signature) {}

    private record Recoverable(int recoveryId, ECDSASignature signature, byte[] digest) {}

    @Setup
    public void setUp() {
        AuthSig[] sigs = ColdVerificationBenchmark.distinctSessionSigs(corpus);
        sessionSignatures = new Signed[corpus];
        walletSignatures = new Recoverable[corpus];
        for (int i = 0; i < corpus; i++) {
            AuthSig sig = sigs[i];
            sessionSignatures[i] = new Signed(
                    Hex.decode("address", sig.address()),
                    sig.signedMessage().getBytes(StandardCharsets.UTF_8),
                    Hex.decode("sig", sig.sig()));
            JsonObject capability = JsonParser.parseString(sig.signedMessage())
                    .getAsJsonObject()
                    .getAsJsonArray("capabilities")
                    .get(0)
                    .getAsJsonObject();
            byte[] rsv = Hex.decode("sig", capability.get("sig").getAsString().substring(2));
            walletSignatures[i] = new Recoverable(
                    rsv[64] - 27,
                    new ECDSASignature(
                            new BigInteger(1, Arrays.copyOfRange(rsv, 0, 32)),
                            new BigInteger(1, Arrays.copyOfRange(rsv, 32, 64))),
                    Eip191.hash(capability.get("signedMessage").getAsString()));
        }
    }

    /** One plain Ed25519 verification of a session key's signature over its message. */
    @Benchmark
    public boolean ed25519Verify() {
        Signed s = sessionSignatures[advance()];
        return Ed25519.verify(s.signature(), 0, s.publicKey(), 0, s.message(), 0, s.message().length);
    }

    /** One EIP-191 public-key recovery of a wallet's SIWE signature. */
    @Benchmark
    public BigInteger ecRecover() {
        Recoverable r = walletSignatures[advance()];
        return Sign.recoverFromSignature(r.recoveryId(), r.signature(), r.digest());
    }

    private int advance() {
        int i = next;
        next = (next + 1) % corpus;
        return i;
    }
}
