package dev.lit4j.domain.encryption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.TimeLockCiphertext;
import dev.lit4j.domain.bls.TimeLockDecryptionException;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** encrypt / decrypt against {@code encryption-datil.json}: identity, hashes, shares, combination, verification. */
class LitEncryptionTest {
    private static final JsonObject VECTOR =
            JsonParser.parseString(Vectors.text("encryption-datil.json")).getAsJsonObject();
    private static final BlsPublicKey KEY = BlsPublicKey.parse(
            "subnetPublicKey",
            VECTOR.getAsJsonObject("networkKey").get("subnetPublicKey").getAsString());
    private static final AccessControlConditions CONDITIONS = AccessControlConditions.of(
            Kind.EVM_BASIC, VECTOR.get("accessControlConditions").toString());
    private static final byte[] PLAINTEXT = "Hello Lit".getBytes(StandardCharsets.UTF_8);

    private static List<BlsSignatureShare> nodeShares() {
        List<BlsSignatureShare> shares = new ArrayList<>();
        VECTOR.getAsJsonObject("decrypt")
                .getAsJsonArray("nodeResponses")
                .forEach(answer -> shares.add(BlsSignatureShare.fromJson(
                        "signatureShare",
                        answer.getAsJsonObject().get("signatureShare").toString())));
        return shares;
    }

    private static EncryptedData fixed() {
        return new EncryptedData(
                TimeLockCiphertext.fromBase64(
                        "ciphertext",
                        VECTOR.getAsJsonObject("deterministicCiphertext")
                                .get("ciphertextBase64")
                                .getAsString()),
                DataHash.of(PLAINTEXT));
    }

    @Test
    void theIdentityIsTheResourceOfTheConditionsHashAndTheDataHash() {
        assertEquals(VECTOR.get("hashOfConditions").getAsString(), CONDITIONS.hash());
        assertEquals(
                VECTOR.get("dataToEncryptHash").getAsString(),
                DataHash.of(PLAINTEXT).hex());
        assertEquals(
                VECTOR.get("identityParam").getAsString(),
                new String(CONDITIONS.identity(DataHash.of(PLAINTEXT)), StandardCharsets.UTF_8));
        assertEquals(
                "[{\"contractAddress\":\"\",\"chain\":\"ethereum\",\"standardContractType\":\"\",\"method\":"
                        + "\"eth_getBalance\",\"parameters\":[\":userAddress\",\"latest\"],\"returnValueTest\":{\"comparator\":"
                        + "\">=\",\"value\":\"0\"}}]",
                CONDITIONS.canonicalJson());
        assertEquals("ethereum", CONDITIONS.firstChain().orElseThrow());
    }

    @Test
    void anyTwoOfTheThreeNodeSharesCombineToTheKnownSignature() {
        String expected =
                VECTOR.getAsJsonObject("decrypt").get("combinedSignature").getAsString();
        List<BlsSignatureShare> shares = nodeShares();
        assertEquals(expected, BlsShareCombiner.combine(shares).hex());
        for (int left = 0; left < 3; left++) {
            List<BlsSignatureShare> two = new ArrayList<>(shares);
            two.remove(left);
            assertEquals(expected, BlsShareCombiner.combine(two).hex());
        }
    }

    @Test
    void theNodeSharesDecryptTheFixedAndTheSdkCiphertexts() {
        assertEquals(
                "Hello Lit",
                new String(LitEncryption.decrypt(fixed(), CONDITIONS, nodeShares(), KEY), StandardCharsets.UTF_8));
        JsonObject sdk = VECTOR.getAsJsonObject("sdkEncryptRandomExample");
        EncryptedData sdkData = EncryptedData.fromJson(sdk.toString());
        assertEquals(
                "Hello Lit",
                new String(LitEncryption.decrypt(sdkData, CONDITIONS, nodeShares(), KEY), StandardCharsets.UTF_8));
    }

    @Test
    void aWrongShareIsCaughtByVerificationBeforeTheSignatureIsUsed() {
        List<BlsSignatureShare> shares = nodeShares().subList(0, 2);
        BlsSignatureShare foreign = nodeShares().get(2);
        List<BlsSignatureShare> wrong = List.of(shares.get(0), new BlsSignatureShare(2, foreign.signature()));
        InvalidSignatureException e = assertThrows(
                InvalidSignatureException.class, () -> LitEncryption.decrypt(fixed(), CONDITIONS, wrong, KEY));
        assertEquals(
                "identitySignature: is not the network's signature over "
                        + VECTOR.get("identityParam").getAsString() + " under the network key " + KEY.hex()
                        + "; it was not used to decrypt",
                e.getMessage());
    }

    @Test
    void theSignatureIsTiedToTheDataHash() {
        BlsSignature sigma = BlsShareCombiner.combine(nodeShares());
        EncryptedData otherHash = new EncryptedData(fixed().ciphertext(), DataHash.of(new byte[] {1}));
        assertThrows(InvalidSignatureException.class, () -> LitEncryption.decrypt(otherHash, CONDITIONS, sigma, KEY));
    }

    @Test
    void aTamperedCiphertextIsNeverReturnedAsPlaintext() {
        byte[] bytes = fixed().ciphertext().toBytes();
        bytes[100] ^= 0x20;
        EncryptedData tampered =
                new EncryptedData(TimeLockCiphertext.fromBytes("ciphertext", bytes), DataHash.of(PLAINTEXT));
        assertThrows(
                TimeLockDecryptionException.class,
                () -> LitEncryption.decrypt(tampered, CONDITIONS, nodeShares(), KEY));
    }

    @Test
    void encryptingIsRandomisedAndRoundTripsUnderTheRootSecret() {
        EncryptedData first = LitEncryption.encrypt(CONDITIONS, PLAINTEXT, KEY);
        EncryptedData second = LitEncryption.encrypt(CONDITIONS, PLAINTEXT, KEY);
        assertNotEquals(first.ciphertext(), second.ciphertext());
        assertEquals(
                VECTOR.get("dataToEncryptHash").getAsString(),
                first.dataToEncryptHash().hex());
        assertEquals(114, first.ciphertext().length());
        assertArrayEquals(PLAINTEXT, LitEncryption.decrypt(first, CONDITIONS, nodeShares(), KEY));
    }

    @Test
    void encryptedDataIsTheJsSdkJson() {
        EncryptedData data = fixed();
        String json = data.toJson();
        assertEquals(
                "{\"ciphertext\":\"" + data.ciphertext().base64() + "\",\"dataToEncryptHash\":\""
                        + VECTOR.get("dataToEncryptHash").getAsString() + "\"}",
                json);
        assertEquals(data, EncryptedData.fromJson(json));
        assertEquals(
                "encryptedData: needs \"ciphertext\" and \"dataToEncryptHash\"; missing \"dataToEncryptHash\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> EncryptedData.fromJson(
                                        "{\"ciphertext\":\"" + data.ciphertext().base64() + "\"}"))
                        .getMessage());
        assertEquals(
                "dataToEncryptHash: must be lowercase hex as the JS SDK writes it, got \""
                        + "77DE0FC5F98095B9DB6AB72E00AE93EE1D2AF94F9FEE25C3D3B95CC3BD5DA4D0\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> new DataHash("77DE0FC5F98095B9DB6AB72E00AE93EE1D2AF94F9FEE25C3D3B95CC3BD5DA4D0"))
                        .getMessage());
    }
}
