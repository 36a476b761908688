package dev.lit4j.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.pkp.internal.HdKeyDerivation;
import dev.lit4j.network.pkp.EcdsaShareDealer;
import dev.lit4j.network.pkp.SigningSubset;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/**
 * The 3-node transcript of {@code pkp-sign-datil.json}: with the simulator's PKP secret (HD-derived from its
 * root secrets), nonce and Shamir coefficients, the dealer gives nodes 0 and 2 the transcript's shares, and the
 * answers the endpoint writes are the transcript's answers byte for byte, the fail share of node 1 included.
 */
class PkpSignTranscriptTest {
    private static final JsonObject FILE =
            TestVectors.load("pkp-sign-datil.json").getAsJsonObject();
    private static final JsonObject TRANSCRIPT = FILE.getAsJsonObject("simulatedTranscript");

    @Test
    void theDealersSharesAndTheAnswerWriterReproduceEveryNodesAnswer() {
        JsonObject simulation = TRANSCRIPT.getAsJsonObject("simulation");
        BigInteger secret = pkpSecret();
        EcdsaShareDealer dealer = EcdsaShareDealer.of(
                secret,
                scalar(simulation, "nonceKHex"),
                List.of(scalar(simulation, "bHex")),
                List.of(scalar(simulation, "cHex")));
        SigningSubset subset = new SigningSubset(List.of(0, 2));
        assertEquals(subset.nodeIndices(), ints(simulation.getAsJsonArray("subset")));
        DataToSign data = DataToSign.parse("toSign", TRANSCRIPT.get("toSignHex").getAsString());
        PkpPublicKey key =
                PkpPublicKey.parse("pkp", TRANSCRIPT.get("pkpPublicKey").getAsString());
        byte[] toSign = data.bytes();
        JsonArray expected = TRANSCRIPT.getAsJsonArray("nodeResponses");
        List<String> urls = strings(TRANSCRIPT.getAsJsonArray("nodes"));

        for (int node = 0; node < 3; node++) {
            JsonObject answer = subset.contains(node)
                    ? PkpSignAnswer.share(
                            toSign,
                            new EcdsaSignatureShare(
                                    urls.get(node), dealer.share(data, subset, node), dealer.bigR(), key, data))
                    : PkpSignAnswer.failShare(toSign);
            assertEquals(expected.get(node).toString(), answer.toString(), "node " + node);
        }
    }

    @Test
    void theSimulatorsPkpIsTheHdKeyOfItsRoots() {
        assertEquals(
                TRANSCRIPT.get("pkpPublicKey").getAsString(),
                Hex.encode(Sign.publicPointFromPrivate(pkpSecret()).getEncoded(false)));
    }

    /** The PKP secret, derived as the nodes derive it from the root secrets of the three-roots case. */
    private static BigInteger pkpSecret() {
        for (JsonElement element : FILE.getAsJsonArray("hdKeyDerivation")) {
            JsonObject testCase = element.getAsJsonObject();
            if (testCase.get("name").getAsString().equals("three-roots")) {
                List<BigInteger> roots = new ArrayList<>();
                testCase.getAsJsonArray("rootSecrets")
                        .forEach(root -> roots.add(new BigInteger(root.getAsString(), 16)));
                return HdKeyDerivation.deriveSecret(
                        roots, Hex.decode("keyId", testCase.get("keyIdHex").getAsString()));
            }
        }
        throw new IllegalStateException("no three-roots case");
    }

    private static BigInteger scalar(JsonObject object, String key) {
        return new BigInteger(object.get(key).getAsString(), 16);
    }

    private static List<Integer> ints(JsonArray array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(value -> out.add(value.getAsInt()));
        return out;
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(value -> out.add(value.getAsString()));
        return out;
    }
}
