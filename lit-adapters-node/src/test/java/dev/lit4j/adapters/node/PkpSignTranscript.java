package dev.lit4j.adapters.node;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulated 3-node transcript of {@code vectors/pkp-sign-datil.json}. */
final class PkpSignTranscript {
    static final JsonObject FILE = load();
    static final JsonObject TRANSCRIPT = FILE.getAsJsonObject("simulatedTranscript");

    private PkpSignTranscript() {}

    /** Request {@code node}'s exact body. */
    static String body(int node) {
        return TRANSCRIPT
                .getAsJsonArray("requests")
                .get(node)
                .getAsJsonObject()
                .get("body")
                .getAsString();
    }

    /** Node {@code node}'s answer, as the JSON object the node sent (a copy the caller may change). */
    static JsonObject answer(int node) {
        return TRANSCRIPT
                .getAsJsonArray("nodeResponses")
                .get(node)
                .getAsJsonObject()
                .deepCopy();
    }

    /** The transcript's request with each node's session sig, keyed by {@code nodeUrls} in node order. */
    static PkpSignRequest request(List<String> nodeUrls) {
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        for (int i = 0; i < nodeUrls.size(); i++) {
            JsonObject authSig =
                    JsonParser.parseString(body(i)).getAsJsonObject().getAsJsonObject("authSig");
            sigs.put(nodeUrls.get(i), SessionSig.of("sessionSig", AuthSigJson.parse("authSig", authSig.toString())));
        }
        return new PkpSignRequest(
                DataToSign.parse("toSign", TRANSCRIPT.get("toSignHex").getAsString()),
                PkpPublicKey.parse("pkp", TRANSCRIPT.get("pkpPublicKey").getAsString()),
                new SessionSigs(sigs));
    }

    /** The node URLs of the transcript. */
    static List<String> nodeUrls() {
        JsonArray nodes = TRANSCRIPT.getAsJsonArray("nodes");
        return List.of(
                nodes.get(0).getAsString(),
                nodes.get(1).getAsString(),
                nodes.get(2).getAsString());
    }

    private static JsonObject load() {
        try (InputStream in = PkpSignTranscript.class.getResourceAsStream("/vectors/pkp-sign-datil.json")) {
            if (in == null) {
                throw new IllegalStateException("no test vector vectors/pkp-sign-datil.json");
            }
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
