package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;

/**
 * {@code POST /web/handshake}, Datil style (node spec §4): the network's public keys, the chain's
 * latest block hash, the echoed SDK version and no attestation (there is no SEV-SNP here).
 *
 * <p>The request must have a string {@code clientPublicKey}; its optional {@code challenge}, if given,
 * must be 64 hex digits (the 32-byte attestation nonce).
 */
final class HandshakeEndpoint implements NodeEndpoint {

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        request.requiredString("clientPublicKey");
        request.optionalString("challenge").ifPresent(HandshakeEndpoint::requireChallenge);
        NetworkKeys keys = node.keys();
        JsonObject answer = new JsonObject();
        answer.addProperty("serverPublicKey", "");
        answer.addProperty("subnetPublicKey", keys.blsPublicKey());
        answer.addProperty("networkPublicKey", keys.blsPublicKey());
        answer.addProperty("networkPublicKeySet", keys.blsPublicKey());
        answer.addProperty("clientSdkVersion", request.sdkVersion());
        JsonArray hdRootPubkeys = new JsonArray();
        keys.hdRootPubkeys().forEach(hdRootPubkeys::add);
        answer.add("hdRootPubkeys", hdRootPubkeys);
        answer.add("attestation", JsonNull.INSTANCE);
        answer.addProperty("latestBlockhash", node.chain().latestBlockhash());
        return answer;
    }

    // A Datil node without SEV-SNP never decodes the challenge; rejecting a malformed one here lets
    // client tests catch a challenge a real attesting node would fail to read.
    private static void requireChallenge(String challenge) {
        if (challenge.length() != 64 || !Hex.isHexDigits(challenge)) {
            throw LitNodeError.uncoded(ErrorKind.CONVERSION, "challenge must be 64 hex digits (32 bytes, no 0x), got \""
                    + (challenge.length() <= 80 ? challenge : challenge.substring(0, 80) + "…") + "\"")
                    .withStatus(400);
        }
    }
}
