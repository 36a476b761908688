package dev.lit4j.benchmark;

import com.google.gson.JsonObject;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.encryption.LitEncryption;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import dev.lit4j.network.TestVectors;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;
import supranational.blst.PT;

/**
 * The client's cost of {@code encrypt} and of {@code decrypt} once the node shares are in (combine the
 * threshold of shares, verify the result against the network key, unseal), on the keys and shares of
 * {@code encryption-datil.json}; and beside them their floors: one pairing with final exponentiation, and
 * one G1 scalar multiplication. Encrypting is one pairing, two G1 multiplications and a hash to G2;
 * combine+decrypt is two G2 multiplications, a verification (two pairings), one pairing and one G1
 * multiplication.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncryptionBenchmark {
    private static final byte[] PLAINTEXT = "Hello Lit".getBytes(StandardCharsets.UTF_8);

    private AccessControlConditions conditions;
    private BlsPublicKey key;
    private EncryptedData data;
    private List<BlsSignatureShare> shares;
    private P1_Affine g1Point;
    private P2_Affine g2Point;
    private BigInteger scalar;

    @Setup
    public void setUp() {
        JsonObject vector = TestVectors.load("encryption-datil.json").getAsJsonObject();
        conditions = AccessControlConditions.of(
                Kind.EVM_BASIC, vector.get("accessControlConditions").toString());
        key = BlsPublicKey.parse(
                "key",
                vector.getAsJsonObject("networkKey").get("subnetPublicKey").getAsString());
        data = EncryptedData.fromJson(
                vector.getAsJsonObject("sdkEncryptRandomExample").toString());
        shares = new ArrayList<>();
        vector.getAsJsonObject("decrypt")
                .getAsJsonArray("nodeResponses")
                .asList()
                .subList(0, 2)
                .forEach(answer -> shares.add(BlsSignatureShare.fromJson(
                        "share", answer.getAsJsonObject().get("signatureShare").toString())));
        scalar = new BigInteger(
                vector.getAsJsonObject("deterministicCiphertext").get("rHex").getAsString(), 16);
        g1Point = P1.generator().mult(scalar).to_affine();
        g2Point = new P2().hash_to(PLAINTEXT, "bench").to_affine();
        if (!"Hello Lit"
                .equals(new String(LitEncryption.decrypt(data, conditions, shares, key), StandardCharsets.UTF_8))) {
            throw new IllegalStateException("the vector's shares do not decrypt its ciphertext");
        }
    }

    @Benchmark
    public EncryptedData encrypt() {
        return LitEncryption.encrypt(conditions, PLAINTEXT, key);
    }

    @Benchmark
    public byte[] combineAndDecrypt() {
        return LitEncryption.decrypt(data, conditions, shares, key);
    }

    @Benchmark
    public byte[] floorOnePairing() {
        return new PT(g1Point, g2Point).final_exp().to_bendian();
    }

    @Benchmark
    public byte[] floorOneG1ScalarMultiplication() {
        return P1.generator().mult(scalar).compress();
    }
}
