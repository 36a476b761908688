package dev.lit4j.domain.naga.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.naga.NagaPkpSignature;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code naga-operations.json} → {@code ecdsaCombine}: Naga ECDSA shares, read, written and combined. */
class EcdsaSignedMessageShareTest {
    private static final JsonObject VECTOR = JsonParser.parseString(Vectors.text("naga-operations.json"))
            .getAsJsonObject()
            .getAsJsonObject("ecdsaCombine");
    private static final JsonArray SHARES = VECTOR.getAsJsonArray("shares");

    private static List<EcdsaSignedMessageShare> shares() {
        List<EcdsaSignedMessageShare> shares = new ArrayList<>();
        SHARES.forEach(share -> shares.add(EcdsaSignedMessageShare.fromJson("signatureShare", share.toString())));
        return shares;
    }

    private static NagaPkpSignature combined() {
        List<EcdsaSignedMessageShare> shares = shares();
        List<EcdsaSignatureShare> forCombiner = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            forCombiner.add(shares.get(i).toShare("https://node" + i));
        }
        PkpSignature signature = EcdsaShareCombiner.combine(
                forCombiner, shares.get(0).publicKey(), shares.get(0).digest());
        return new NagaPkpSignature(signature);
    }

    @Test
    void sharesReEmitByteForByte() {
        List<EcdsaSignedMessageShare> shares = shares();
        for (int i = 0; i < shares.size(); i++) {
            assertEquals(SHARES.get(i).toString(), shares.get(i).toJson());
        }
        assertEquals(
                "803b1895c5d6a6cb408f3639b127b392a53db3fdefbbf5bf26af99bd587f204f",
                shares.get(0).peerId().hex());
    }

    @Test
    void theSharesCombineToTheSdkResult() {
        NagaPkpSignature signature = combined();
        JsonObject sdk = VECTOR.getAsJsonObject("sdkCombinePKPSignNodeShares");
        JsonObject json = JsonParser.parseString(signature.toJson()).getAsJsonObject();
        for (String key : List.of("signature", "verifyingKey", "signedData", "recoveryId")) {
            assertEquals(sdk.get(key), json.get(key), key);
        }
        assertEquals(
                "0x0462f0b637ea546bc51c76e14166f7913fe23aeae276223d38508340ce2d9fa910ca3e5ddf149ce3d0f80adfa374f9d8f2"
                        + "81b0f6a72cd6e73932fd1edd67837383",
                json.get("publicKey").getAsString());
        assertEquals("EcdsaK256Sha256", json.get("sigType").getAsString());
        assertEquals(
                List.of("signature", "verifyingKey", "signedData", "recoveryId", "publicKey", "sigType"),
                List.copyOf(json.keySet()));
        assertEquals(VECTOR.get("wasmCombineAndVerifyOutput").getAsString(), signature.toWasmJson());
        JsonObject datil = VECTOR.getAsJsonObject("datilResult");
        assertEquals(datil.get("r").getAsString(), signature.signature().r());
        assertEquals(datil.get("s").getAsString(), signature.signature().s());
        assertEquals(datil.get("recid").getAsInt(), signature.signature().recid());
    }

    private static String withField(String name, String jsonValue) {
        JsonObject share = SHARES.get(0).deepCopy().getAsJsonObject();
        JsonObject inner = share.getAsJsonObject(EcdsaSignedMessageShare.TAG);
        if (jsonValue == null) {
            inner.remove(name);
        } else {
            inner.add(name, JsonParser.parseString(jsonValue));
        }
        return share.toString();
    }

    private static String error(String json) {
        return assertThrows(InvalidInputException.class, () -> EcdsaSignedMessageShare.fromJson("signatureShare", json))
                .getMessage();
    }

    @Test
    void malformedSharesAreRefused() {
        String p = "signatureShare.EcdsaSignedMessageShare.";
        assertEquals(
                "signatureShare: unsupported share kind \"FrostSignedMessageShare\"; only EcdsaSignedMessageShare"
                        + " (ECDSA) is combined here",
                error("{\"FrostSignedMessageShare\":{}}"));
        assertEquals("signatureShare: expected {\"EcdsaSignedMessageShare\":{…}}, found an empty object", error("{}"));
        assertEquals(p + "big_r: is missing", error(withField("big_r", null)));
        assertEquals(
                p + "result: the node reports a failed share (\"fail\"); only \"success\" shares combine",
                error(withField("result", "\"fail\"")));
        assertEquals(
                p + "sig_type: unsupported signing scheme \"EcdsaP256Sha256\"; Lit4j combines EcdsaK256Sha256",
                error(withField("sig_type", "\"EcdsaP256Sha256\"")));
        assertEquals(
                p + "signature_share: expected a quoted hex string as lit-peer writes it (\"\\\"<hex>\\\"\"), got"
                        + " \"0EDF\"",
                error(withField("signature_share", "\"0EDF\"")));
        assertEquals(
                p + "compressed_public_key: is not the compressed form of public_key 0462f0b637ea546bc51c76e14166f79"
                        + "13fe23aeae276223d38508340ce2d9fa910ca3e5ddf149ce3d0f80adfa374f9d8f281b0f6a72cd6e73932fd1edd67837383"
                        + " (expected 0362f0b637ea546bc51c76e14166f7913fe23aeae276223d38508340ce2d9fa910)",
                error(withField(
                        "compressed_public_key",
                        "\"\\\"0262f0b637ea546bc51c76e14166f7913fe23aeae276223d38508340ce2d9fa910\\\"\"")));
        assertEquals(p + "digest: expected a string, found a number", error(withField("digest", "1")));
        assertEquals(
                "share.signatureShare: must be a scalar below the secp256k1 group order n, got 0x" + "ff".repeat(32),
                error(withField("signature_share", "\"\\\"" + "FF".repeat(32) + "\\\"\"")));
    }
}
