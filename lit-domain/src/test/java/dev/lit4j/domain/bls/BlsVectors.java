package dev.lit4j.domain.bls;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The BLS known answers, read from {@code docs/spec/vectors/} on the test class path. */
final class BlsVectors {

    /** {@code bls-combine-wasm.json}: the JS SDK's wasm test data (message: the identity bytes). */
    record Wasm(String publicKeyHex, String identityHex, List<String> signatureSharesHex, String signatureHex) {}

    /** One Datil {@code sign_session_key} answer from {@code bls-session-key-responses.json}. */
    record NodeAnswer(
            String signatureShareJson,
            String shareHex,
            int shareIndex,
            String siweMessage,
            String dataSigned,
            String blsRootPubkey) {}

    /** The combined signature of the three node answers (client spec Appendix A.5). */
    static final String DATIL_COMBINED =
            "8a39b3fec4614f95e320e773b5668c2afb6969e6b4093bb30fca3b635a098438d4b70d2f2938bb86432901bac71dd74f"
                    + "1820c14dd1dde11fb69b261fe6bad5efa6947c02a3399cca3b6ffd955652ab01213374699f1458d9611a8ee790e3e74c";

    private BlsVectors() {}

    static Wasm wasm() {
        JsonObject o = read("bls-combine-wasm.json").getAsJsonObject();
        List<String> shares = new ArrayList<>();
        o.getAsJsonArray("signatureSharesHex").forEach(e -> shares.add(e.getAsString()));
        return new Wasm(
                o.get("publicKeyHex").getAsString(),
                o.get("identityHex").getAsString(),
                shares,
                o.get("signatureHex").getAsString());
    }

    static List<NodeAnswer> datil() {
        JsonArray array = read("bls-session-key-responses.json").getAsJsonArray();
        List<NodeAnswer> answers = new ArrayList<>();
        for (JsonElement e : array) {
            JsonObject o = e.getAsJsonObject();
            JsonObject share = o.getAsJsonObject("signatureShare");
            answers.add(new NodeAnswer(
                    share.toString(),
                    share.get("ProofOfPossession").getAsString(),
                    o.get("shareIndex").getAsInt(),
                    o.get("siweMessage").getAsString(),
                    o.get("dataSigned").getAsString(),
                    o.get("blsRootPubkey").getAsString()));
        }
        return answers;
    }

    private static JsonElement read(String name) {
        try (InputStream in = BlsVectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /vectors/" + name);
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
