package dev.lit4j.domain.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.TimeLockCiphertext;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.encryption.LitEncryption;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code naga-operations.json} → {@code blsDecryptionShares}: Naga-format shares of the Datil decryption key. */
class NagaBlsShareTest {
    private static final JsonObject VECTOR = JsonParser.parseString(Vectors.text("naga-operations.json"))
            .getAsJsonObject()
            .getAsJsonObject("blsDecryptionShares");
    private static final JsonObject DATIL =
            JsonParser.parseString(Vectors.text("encryption-datil.json")).getAsJsonObject();

    private static List<BlsIdentifiedShare> shares() {
        List<BlsIdentifiedShare> shares = new ArrayList<>();
        VECTOR.getAsJsonArray("shareJsonStrings")
                .forEach(json -> shares.add(BlsIdentifiedShare.fromJson("signatureShare", json.getAsString())));
        return shares;
    }

    @Test
    void identifiersAreTheHashesOfThePeerIds() {
        JsonArray entries = VECTOR.getAsJsonArray("shares");
        List<BlsIdentifiedShare> shares = shares();
        for (int i = 0; i < entries.size(); i++) {
            JsonObject entry = entries.get(i).getAsJsonObject();
            PeerId peer = PeerId.parse("peerId", entry.get("peerId").getAsString());
            assertEquals(VECTOR.getAsJsonArray("peerIds").get(i).getAsString(), peer.hex());
            assertEquals(new BigInteger(entry.get("identifierScalarBE").getAsString(), 16), peer.blsShareIdentifier());
            assertEquals(peer.blsShareIdentifier(), shares.get(i).identifier());
            assertEquals(
                    entry.getAsJsonObject("share")
                            .getAsJsonObject("ProofOfPossession")
                            .get("identifier")
                            .getAsString(),
                    shares.get(i).identifierHex());
        }
    }

    @Test
    void sharesReEmitByteForByte() {
        List<BlsIdentifiedShare> shares = shares();
        for (int i = 0; i < shares.size(); i++) {
            assertEquals(
                    VECTOR.getAsJsonArray("shareJsonStrings").get(i).getAsString(),
                    shares.get(i).toJson());
        }
    }

    @Test
    void theSharesCombineToTheDatilSignatureWhichDecrypts() {
        BlsSignature combined = BlsShareCombiner.combineIdentified(shares());
        assertEquals(VECTOR.get("combinedSignature").getAsString(), combined.hex());
        assertEquals(DATIL.getAsJsonObject("decrypt").get("combinedSignature").getAsString(), combined.hex());
        BlsPublicKey key = BlsPublicKey.parse(
                "subnetPublicKey",
                DATIL.getAsJsonObject("networkKey").get("subnetPublicKey").getAsString());
        AccessControlConditions conditions = AccessControlConditions.of(
                Kind.EVM_BASIC, DATIL.get("accessControlConditions").toString());
        EncryptedData data = new EncryptedData(
                TimeLockCiphertext.fromBase64(
                        "ciphertext",
                        DATIL.getAsJsonObject("deterministicCiphertext")
                                .get("ciphertextBase64")
                                .getAsString()),
                DataHash.of("Hello Lit".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                VECTOR.get("decryptDatilDeterministicCiphertext").getAsString(),
                new String(LitEncryption.decrypt(data, conditions, combined, key), StandardCharsets.UTF_8));
    }

    @Test
    void datilFormSharesAreReadToo() {
        List<BlsIdentifiedShare> shares = new ArrayList<>();
        DATIL.getAsJsonObject("decrypt")
                .getAsJsonArray("nodeResponses")
                .forEach(answer -> shares.add(BlsIdentifiedShare.fromJson(
                        "signatureShare",
                        answer.getAsJsonObject().get("signatureShare").toString())));
        assertEquals(
                VECTOR.get("combinedFromDatilFormatShares").getAsString(),
                BlsShareCombiner.combineIdentified(shares).hex());
        BlsSignatureShare datil = BlsSignatureShare.fromJson(
                "signatureShare",
                DATIL.getAsJsonObject("decrypt")
                        .getAsJsonArray("nodeResponses")
                        .get(0)
                        .getAsJsonObject()
                        .get("signatureShare")
                        .toString());
        assertEquals(BlsIdentifiedShare.of(datil), shares.get(0));
    }

    @Test
    void aNodeWritesItsShareFromItsPeerId() {
        BlsIdentifiedShare share = shares().get(1);
        PeerId peer =
                PeerId.parse("peerId", VECTOR.getAsJsonArray("peerIds").get(1).getAsString());
        assertEquals(
                VECTOR.getAsJsonArray("shareJsonStrings").get(1).getAsString(),
                new BlsIdentifiedShare(peer.blsShareIdentifier(), share.signature()).toJson());
    }

    private static String error(String json) {
        return assertThrows(InvalidInputException.class, () -> BlsIdentifiedShare.fromJson("signatureShare", json))
                .getMessage();
    }

    @Test
    void malformedSharesAreRefused() {
        String value = shares().get(0).signature().hex();
        String id = shares().get(0).identifierHex();
        assertEquals(
                "signatureShare: unsupported BLS scheme \"Bls\"; only ProofOfPossession is accepted",
                error("{\"Bls\":{}}"));
        assertEquals(
                "signatureShare.ProofOfPossession.identifier: is missing",
                error("{\"ProofOfPossession\":{\"value\":\"" + value + "\"}}"));
        assertEquals(
                "signatureShare.ProofOfPossession.value: is missing",
                error("{\"ProofOfPossession\":{\"identifier\":\"" + id + "\"}}"));
        assertEquals(
                "signatureShare.ProofOfPossession.extra: unexpected key; a share has only identifier and value",
                error("{\"ProofOfPossession\":{\"identifier\":\"" + id + "\",\"extra\":1}}"));
        assertEquals(
                "signatureShare.ProofOfPossession.identifier: expected 32 bytes (64 hex characters), got 31" + " bytes",
                error("{\"ProofOfPossession\":{\"identifier\":\"" + id.substring(2) + "\",\"value\":\"" + value
                        + "\"}}"));
        assertEquals(
                "signatureShare.ProofOfPossession.identifier: must be a non-zero scalar below the BLS12-381"
                        + " group order r (32 bytes little-endian), got " + "ff".repeat(32),
                error("{\"ProofOfPossession\":{\"identifier\":\"" + "ff".repeat(32) + "\",\"value\":\"" + value
                        + "\"}}"));
        assertEquals(
                "signatureShare.ProofOfPossession.identifier: must be a non-zero scalar below the BLS12-381"
                        + " group order r (32 bytes little-endian), got " + "00".repeat(32),
                error("{\"ProofOfPossession\":{\"identifier\":\"" + "00".repeat(32) + "\",\"value\":\"" + value
                        + "\"}}"));
        assertEquals(
                "signatureShare: expected {\"ProofOfPossession\":{\"identifier\":\"<64 hex>\",\"value\":"
                        + "\"<192 hex>\"}}, found an array",
                error("[]"));
    }

    @Test
    void combiningRefusesARepeatedIdentifier() {
        List<BlsIdentifiedShare> shares = shares();
        List<BlsIdentifiedShare> twice = List.of(shares.get(0), shares.get(1), shares.get(0));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> BlsShareCombiner.combineIdentified(twice));
        assertEquals(
                "signatureShares: identifier 0x" + shares.get(0).identifier().toString(16)
                        + " appears twice (at 0 and 2); each node's share may be given once",
                e.getMessage());
    }
}
