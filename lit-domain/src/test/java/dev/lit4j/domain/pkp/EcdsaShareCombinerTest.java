package dev.lit4j.domain.pkp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** Every {@code ecdsaCombine} case and the transcript's answers of {@code pkp-sign-datil.json}. */
class EcdsaShareCombinerTest {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    @Test
    void wasmTestVectorWithACompressedPublicKeyGivesRAndSAndRecid() {
        JsonObject testCase = PkpSignVectors.combineCase("wasm-test-vector");
        // the vector's key is compressed; PKP keys are uncompressed, so compare with its uncompressed form
        String uncompressed = Hex.encode(Sign.CURVE_PARAMS
                .getCurve()
                .decodePoint(
                        Hex.decode("k", testCase.get("publicKey").getAsString().toLowerCase()))
                .getEncoded(false));
        PkpSignature signature = EcdsaShareCombiner.combine(
                PkpSignVectors.shares(testCase, uncompressed),
                PkpPublicKey.parse("k", uncompressed),
                DataToSign.parse("m", testCase.get("messageHash").getAsString()));

        JsonObject expected = testCase.getAsJsonObject("expected");
        assertEquals(expected.get("r").getAsString(), signature.r());
        assertEquals(expected.get("s").getAsString(), signature.s());
        assertEquals(expected.get("recid").getAsInt(), signature.recid());
    }

    @Test
    void getSignaturesFormatGivesTheSdksSignature() {
        JsonObject testCase = PkpSignVectors.combineCase("getSignatures-format");
        String key = testCase.get("publicKey").getAsString();
        PkpSignature signature = EcdsaShareCombiner.combine(
                PkpSignVectors.shares(testCase, key),
                PkpPublicKey.parse("k", key),
                DataToSign.parse("m", testCase.get("messageHash").getAsString()));

        JsonObject expected = testCase.getAsJsonObject("expected");
        assertEquals(expected.get("r").getAsString(), signature.r());
        assertEquals(expected.get("s").getAsString(), signature.s());
        assertEquals(expected.get("recid").getAsInt(), signature.recid());
        assertEquals(expected.get("signature").getAsString(), signature.rsv());
    }

    @Test
    void realNodeAnswersNeedTheLowSFlipOfTheRecoveryIdAndGiveTheSdkResultJson() {
        JsonObject testCase = PkpSignVectors.combineCase("node-response-format");
        List<EcdsaSignatureShare> shares = sharesOfAnswers(testCase.getAsJsonArray("rawNodeResponses"));
        JsonObject expected = testCase.getAsJsonObject("expectedSdkResult");
        EcdsaSignatureShare first = shares.get(0);
        BigInteger sum = shares.stream()
                .map(EcdsaSignatureShare::share)
                .reduce(BigInteger.ZERO, BigInteger::add)
                .mod(N);
        assertTrue(sum.compareTo(N.shiftRight(1)) > 0, "the case is the one where s is flipped");
        int parity = first.bigRPoint().getAffineYCoord().toBigInteger().testBit(0) ? 1 : 0;

        PkpSignature signature = EcdsaShareCombiner.combine(shares, first.publicKey(), first.dataSigned());

        assertEquals(1 - parity, signature.recid(), "the flip");
        assertEquals(expected.toString(), signature.toJson());
    }

    @Test
    void transcriptAnswersGiveTheSdkResultAndRecoverToThePkp() {
        JsonObject transcript = PkpSignVectors.FILE.getAsJsonObject("simulatedTranscript");
        List<EcdsaSignatureShare> shares = sharesOfAnswers(transcript.getAsJsonArray("nodeResponses"));
        PkpPublicKey pkp =
                PkpPublicKey.parse("k", transcript.get("pkpPublicKey").getAsString());
        DataToSign data = DataToSign.parse("m", transcript.get("toSignHex").getAsString());

        PkpSignature signature = EcdsaShareCombiner.combine(shares, pkp, data);

        assertEquals(transcript.getAsJsonObject("sdkResult").toString(), signature.toJson());
        assertEquals(pkp.ethAddress(), signature.signature().recoverAddress(data.bytes()));
    }

    @Test
    void aWrongShareIsReportedWithTheNodesWhoseSharesWereCombined() {
        JsonObject testCase = PkpSignVectors.combineCase("getSignatures-format");
        String key = testCase.get("publicKey").getAsString();
        List<EcdsaSignatureShare> shares = new ArrayList<>(PkpSignVectors.shares(testCase, key));
        EcdsaSignatureShare good = shares.get(1);
        shares.set(
                1,
                new EcdsaSignatureShare(
                        good.nodeUrl(),
                        good.share().add(BigInteger.ONE).mod(N),
                        good.bigR(),
                        good.publicKey(),
                        good.dataSigned()));

        InvalidSignatureException e = assertThrows(
                InvalidSignatureException.class,
                () -> EcdsaShareCombiner.combine(
                        shares,
                        PkpPublicKey.parse("k", key),
                        DataToSign.parse("m", testCase.get("messageHash").getAsString())));

        assertEquals(
                "pkpSign.signature: the shares of [node-0, node-1] combine to a signature that does not verify"
                        + " under the PKP's key " + key.toLowerCase() + ": it recovers to no key or another one",
                e.getMessage());
    }

    @Test
    void sharesForAnotherRDigestOrKeyAreRefusedNamingTheNode() {
        JsonObject testCase = PkpSignVectors.combineCase("getSignatures-format");
        String key = testCase.get("publicKey").getAsString();
        PkpPublicKey pkp = PkpPublicKey.parse("k", key);
        DataToSign data = DataToSign.parse("m", testCase.get("messageHash").getAsString());
        List<EcdsaSignatureShare> shares = new ArrayList<>(PkpSignVectors.shares(testCase, key));
        EcdsaSignatureShare good = shares.get(1);
        String otherR = PkpSignVectors.combineCase("wasm-test-vector")
                .get("bigR")
                .getAsString()
                .toLowerCase();
        shares.set(1, new EcdsaSignatureShare("node-1", good.share(), otherR, pkp, data));

        InvalidInputException wrongR =
                assertThrows(InvalidInputException.class, () -> EcdsaShareCombiner.combine(shares, pkp, data));
        InvalidInputException wrongData = assertThrows(
                InvalidInputException.class,
                () -> EcdsaShareCombiner.combine(
                        shares, pkp, DataToSign.hashOf(new byte[] {1}, DataToSign.MessageHash.SHA256)));
        InvalidInputException none =
                assertThrows(InvalidInputException.class, () -> EcdsaShareCombiner.combine(List.of(), pkp, data));

        assertEquals(
                "shares: node-1 used the nonce point R = " + otherR + ", but node-0 used "
                        + testCase.get("bigR").getAsString().toLowerCase(),
                wrongR.getMessage());
        assertEquals(
                "shares: node-0 signed " + data + ", not the requested "
                        + "4bf5122f344554c53bde2ebb8cd2b7e3d1600ad631c385a5d7cce23c7785459a",
                wrongData.getMessage());
        assertEquals("shares: no signature shares to combine", none.getMessage());
    }

    private static List<EcdsaSignatureShare> sharesOfAnswers(Iterable<JsonElement> answers) {
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        int node = 0;
        for (JsonElement answer : answers) {
            JsonObject share = answer.getAsJsonObject().getAsJsonObject("signatureShare");
            if (!PkpSignVectors.unquoted(share, "signature_share").isEmpty()) {
                shares.add(EcdsaSignatureShare.of(
                        "node-" + node,
                        PkpSignVectors.unquoted(share, "signature_share"),
                        PkpSignVectors.unquoted(share, "big_r"),
                        PkpSignVectors.unquoted(share, "public_key"),
                        PkpSignVectors.unquoted(share, "digest")));
            }
            node++;
        }
        return shares;
    }
}
