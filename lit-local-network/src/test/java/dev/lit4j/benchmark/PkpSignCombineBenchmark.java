package dev.lit4j.benchmark;

import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.network.pkp.EcdsaShareDealer;
import dev.lit4j.network.pkp.SigningSubset;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
import org.web3j.crypto.Sign;

/**
 * The client's cost of a {@code pkpSign} answer: the signing subset's ECDSA shares summed, low-s normalised
 * and checked to recover to the PKP's key ({@link EcdsaShareCombiner#combine}), for a subset of 3 (a small
 * network) and of 20 (about a Datil network's threshold). The shares are dealt by the local network's
 * {@link EcdsaShareDealer}, as its nodes answer them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class PkpSignCombineBenchmark {
    @Param({"3", "20"})
    public int threshold;

    private List<EcdsaSignatureShare> shares;
    private PkpPublicKey pkp;
    private DataToSign data;

    @Setup
    public void deal() {
        BigInteger secret = new BigInteger(1, Hex.decode("secret", "0f".repeat(32)));
        pkp = new PkpPublicKey(Hex.encode(Sign.publicPointFromPrivate(secret).getEncoded(false)));
        data = DataToSign.hashOf("benchmark".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256);
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < threshold; i++) {
            nodes.add(i);
        }
        SigningSubset subset = new SigningSubset(nodes);
        EcdsaShareDealer dealer = EcdsaShareDealer.fromSeed(secret, new byte[32], threshold);
        shares = new ArrayList<>();
        for (int node : nodes) {
            shares.add(new EcdsaSignatureShare(
                    "node-" + node, dealer.share(data, subset, node), dealer.bigR(), pkp, data));
        }
    }

    @Benchmark
    public PkpSignature combineAndVerify() {
        return EcdsaShareCombiner.combine(shares, pkp, data);
    }
}
