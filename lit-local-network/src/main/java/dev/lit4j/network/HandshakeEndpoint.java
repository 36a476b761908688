package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import java.util.List;

/**
 * {@code POST /web/handshake} (node spec §4): the network's public keys, the chain's latest block hash, the echoed
 * SDK version and no attestation (there is no SEV-SNP here).
 *
 * <p>Datil answers the plain object. Naga (operations spec §5.2) adds {@code nodeVersion}, the node's X25519
 * {@code nodeIdentityKey}, {@code epoch} and {@code gitCommitHash}, and wraps it all in a {@code GenericResponse}
 * {@code {"ok":true,"error":null,"errorObject":null,"data":{…}}}; there a missing {@code challenge} is HTTP 400
 * with the failure form, {@code "error":""} and the {@code "ERR"} keys in {@code errorObject}, as lit-peer answers.
 *
 * <p>The request must have a string {@code clientPublicKey}; its {@code challenge}, if given, must be 64 hex
 * digits (the 32-byte attestation nonce).
 */
final class HandshakeEndpoint implements NodeEndpoint {
    /** The {@code nodeVersion} a Naga-mode local node reports. */
    static final String NODE_VERSION = "lit4j-local-network";
    /** The {@code gitCommitHash} a Naga-mode local node reports: it is not built from lit-peer's sources. */
    static final String GIT_COMMIT_HASH = "";
    /** The key epoch a Naga-mode local node reports: it never reshares. */
    static final long EPOCH = 1;

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        request.requiredString("clientPublicKey");
        var challenge = request.optionalString("challenge");
        challenge.ifPresent(HandshakeEndpoint::requireChallenge);
        if (!node.isNaga()) {
            return datilFields(
                    request, node, node.keys().blsPublicKey(), node.keys().hdRootPubkeys());
        }
        if (challenge.isEmpty()) {
            JsonObject failed = datilFields(request, node, "ERR", List.of());
            failed.addProperty("serverPublicKey", "ERR");
            failed.addProperty("latestBlockhash", "");
            nagaFields(failed, "", 0);
            throw ErrorAnswer.raw(
                    400, GenericResponse.failure("", failed.toString()).toJson());
        }
        JsonObject data = datilFields(
                request, node, node.keys().blsPublicKey(), node.keys().hdRootPubkeys());
        nagaFields(data, node.identityKey().publicKey().hex(), EPOCH);
        return JsonParser.parseString(GenericResponse.success(data.toString()).toJson());
    }

    private static JsonObject datilFields(
            NodeRequest request, NodeContext node, String blsPublicKey, List<String> hdRoots) {
        JsonObject answer = new JsonObject();
        answer.addProperty("serverPublicKey", "");
        answer.addProperty("subnetPublicKey", blsPublicKey);
        answer.addProperty("networkPublicKey", blsPublicKey);
        answer.addProperty("networkPublicKeySet", blsPublicKey);
        answer.addProperty("clientSdkVersion", request.sdkVersion());
        JsonArray hdRootPubkeys = new JsonArray();
        hdRoots.forEach(hdRootPubkeys::add);
        answer.add("hdRootPubkeys", hdRootPubkeys);
        answer.add("attestation", JsonNull.INSTANCE);
        answer.addProperty("latestBlockhash", node.chain().latestBlockhash());
        return answer;
    }

    private static void nagaFields(JsonObject answer, String identityKey, long epoch) {
        answer.addProperty("nodeVersion", NODE_VERSION);
        answer.addProperty("nodeIdentityKey", identityKey);
        answer.addProperty("epoch", epoch);
        answer.addProperty("gitCommitHash", GIT_COMMIT_HASH);
    }

    // A Datil node without SEV-SNP never decodes the challenge; rejecting a malformed one here lets
    // client tests catch a challenge a real attesting node would fail to read.
    private static void requireChallenge(String challenge) {
        if (challenge.length() != 64 || !Hex.isHexDigits(challenge)) {
            throw LitNodeError.uncoded(
                            ErrorKind.CONVERSION,
                            "challenge must be 64 hex digits (32 bytes, no 0x), got \""
                                    + (challenge.length() <= 80 ? challenge : challenge.substring(0, 80) + "…") + "\"")
                    .withStatus(400);
        }
    }
}
