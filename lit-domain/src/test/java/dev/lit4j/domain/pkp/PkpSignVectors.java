package dev.lit4j.domain.pkp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import java.util.ArrayList;
import java.util.List;

/** The cases of {@code vectors/pkp-sign-datil.json} as the domain's values. */
final class PkpSignVectors {
    static final JsonObject FILE =
            JsonParser.parseString(Vectors.text("pkp-sign-datil.json")).getAsJsonObject();

    private PkpSignVectors() {}

    /** Each {@code ecdsaCombine} case by name. */
    static JsonObject combineCase(String name) {
        for (JsonElement element : FILE.getAsJsonArray("ecdsaCombine")) {
            if (element.getAsJsonObject().get("name").getAsString().equals(name)) {
                return element.getAsJsonObject();
            }
        }
        throw new IllegalArgumentException("no ecdsaCombine case " + name);
    }

    /** Each {@code hdKeyDerivation} case by name. */
    static JsonObject hdCase(String name) {
        for (JsonElement element : FILE.getAsJsonArray("hdKeyDerivation")) {
            if (element.getAsJsonObject().get("name").getAsString().equals(name)) {
                return element.getAsJsonObject();
            }
        }
        throw new IllegalArgumentException("no hdKeyDerivation case " + name);
    }

    /** The shares of a case given as bare {@code signatureShares}, from nodes named node-0, node-1, … */
    static List<EcdsaSignatureShare> shares(JsonObject testCase, String publicKey) {
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        JsonArray hex = testCase.getAsJsonArray("signatureShares");
        for (int i = 0; i < hex.size(); i++) {
            shares.add(EcdsaSignatureShare.of(
                    "node-" + i,
                    hex.get(i).getAsString(),
                    testCase.get("bigR").getAsString(),
                    publicKey,
                    testCase.get("messageHash").getAsString()));
        }
        return shares;
    }

    /** The quotes Datil nodes put around k256 values, removed. */
    static String unquoted(JsonObject share, String key) {
        return share.get(key).getAsString().replace("\"", "");
    }
}
