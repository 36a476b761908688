package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.pkp.PkpSignature;
import dev.lit4j.network.sessionkey.PkpPermissionCheck;
import dev.lit4j.network.sessionkey.RequestedPkp;
import java.util.List;

/**
 * {@code POST /web/pkp/sign/v1}: the node checks the request's session sig exactly as a Datil node
 * does ({@link SessionSigVerifier}, node-faithful mode, for {@code pkp-signing} on
 * {@code lit-pkp://<token id>}) and, when it passes, signs the 32 bytes of {@code toSign} with the PKP.
 *
 * <p>Request: {@code {"toSign":[<32 numbers>],"pubkey":"0x04…","authSig":{<session sig>},…}} (client
 * spec §6.8). A refused session sig is answered with the node's error code, status and message, and
 * the verifier's reasons as {@code details}.
 *
 * <p>Answer: a real Datil node returns its share of a threshold ECDSA signature; the local network
 * holds each PKP's whole key, so every node answers the whole signature:
 * {@code {"success":true,"signedData":[…],"signatureShare":{"sigType":"K256","r":"<64 hex>","s":"<64 hex>",
 * "recid":<0|1>,"signature":"0x<r‖s‖v>","publicKey":"<04…>","dataSigned":"<64 hex>"}}}.
 *
 * <p>Stateless apart from a per-node verifier cache; thread-safe.
 */
public final class PkpSignEndpoint implements NodeEndpoint {
    private final SessionSigCheck sessionSigs = new SessionSigCheck();

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        JsonObject body = request.body();
        byte[] digest = toSign(body.get("toSign"));
        PkpPublicKey key = pkpPublicKey(request.requiredString("pubkey"));
        Pkp pkp = node.pkps().findByPublicKey(key.hex())
                .orElseThrow(() -> LitNodeError.of(NodeErrorCode.NODE_PKP_TOKEN_ID_NOT_FOUND,
                        "no PKP with public key " + key.hex0x()));
        EthAddress user = sessionSigs.userOf(body.get("authSig"), node, LitResource.pkp(key.tokenId()),
                LitAbility.PKP_SIGNING);
        requireAuthorized(node, pkp, user);
        PkpSignature signature = node.pkps().sign(pkp.tokenId(), digest);
        return answer(digest, pkp, signature);
    }

    private static byte[] toSign(JsonElement element) {
        if (element == null || !element.isJsonArray()) {
            throw NodeRequest.invalidBody("toSign: expected an array of 32 byte values");
        }
        JsonArray array = element.getAsJsonArray();
        if (array.size() != 32) {
            throw NodeRequest.invalidBody("toSign: expected 32 bytes (a digest), got " + array.size());
        }
        byte[] digest = new byte[32];
        for (int i = 0; i < 32; i++) {
            JsonElement value = array.get(i);
            int b = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsInt() : -1;
            if (b < 0 || b > 255 || value.getAsDouble() != b) {
                throw NodeRequest.invalidBody("toSign[" + i + "]: expected an integer from 0 to 255, got " + value);
            }
            digest[i] = (byte) b;
        }
        return digest;
    }

    /**
     * The session's user may use the PKP: it is the PKP itself (a PKP session, whose auth methods the nodes
     * checked when they signed its session key), or a wallet the PKP permits (its owner, or a permitted address).
     */
    private static void requireAuthorized(NodeContext node, Pkp pkp, EthAddress user) {
        if (user.equals(pkp.ethAddress())) {
            return;
        }
        AuthMethodContext wallet = new AuthMethodContext(user.checksummed(), "lit", AuthMethodType.ETH_WALLET.value(), false,
                null);
        PkpPermissionCheck.require(node.pkps(), new RequestedPkp(pkp.publicKey(), pkp.ethAddress()), List.of(wallet),
                List.of());
    }

    private static PkpPublicKey pkpPublicKey(String pubkey) {
        try {
            return PkpPublicKey.parse("pubkey", pubkey);
        } catch (InvalidInputException e) {
            throw NodeRequest.invalidBody(e.getMessage());
        }
    }

    private static JsonObject answer(byte[] digest, Pkp pkp, PkpSignature signature) {
        JsonArray signedData = new JsonArray();
        for (byte b : digest) {
            signedData.add(b & 0xff);
        }
        JsonObject share = new JsonObject();
        share.addProperty("sigType", "K256");
        share.addProperty("r", signature.r());
        share.addProperty("s", signature.s());
        share.addProperty("recid", signature.recoveryId());
        share.addProperty("signature", "0x" + signature.r() + signature.s() + Integer.toHexString(signature.v()));
        share.addProperty("publicKey", pkp.publicKey());
        share.addProperty("dataSigned", Hex.encode(digest));
        JsonObject answer = new JsonObject();
        answer.addProperty("success", true);
        answer.add("signedData", signedData);
        answer.add("signatureShare", share);
        return answer;
    }
}
