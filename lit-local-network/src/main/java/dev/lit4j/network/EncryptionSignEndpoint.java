package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.network.bls.BlsKeyShare;
import dev.lit4j.network.condition.ConditionEvaluator;
import dev.lit4j.network.condition.RequestConditions;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /web/encryption/sign/}: a Datil node's decryption step (operations spec §3.5). In the node's
 * order: the conditions (at most 30), their hash and the resource
 * {@code lit-accesscontrolcondition://<hash>/<dataToEncryptHash>}; the session sig, checked exactly as a
 * Datil node checks it ({@link SessionSigVerifier}, node-faithful) for {@code access-control-condition-decryption}
 * on that resource; the conditions, evaluated for the session's user against the local chain
 * ({@link ConditionEvaluator}); then this node's BLS share over the identity (the resource key's UTF-8 bytes).
 *
 * <p>Request: {@code {"<conditions kind>":[…],"dataToEncryptHash":"<64 hex>","chain":"ethereum","authSig":{…},
 * "epoch":N}}. Answer: {@code {"result":"success","signatureShare":{"ProofOfPossession":"<194 hex>"},
 * "shareIndex":i}}. A user who does not meet the conditions gets 401
 * {@code NodeAccessControlConditionsReturnedNotAuthorized}; a refused session sig, its node error.
 *
 * <p>Not emulated: the lenient fallback of a Datil node's unversioned routes, which, when the strict check
 * fails, accepts the last capability's claimed address without verifying its signature (node spec §2.10);
 * a local node always applies the strict check. Bare (non-session) AuthSigs are refused as the verifier
 * refuses them. Thread-safe.
 */
public final class EncryptionSignEndpoint implements NodeEndpoint {
    private final SessionSigCheck sessionSigs = new SessionSigCheck("decrypt");

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        JsonObject body = request.body();
        RequestConditions conditions = RequestConditions.read(body);
        DataHash dataHash = dataHash(request.requiredString("dataToEncryptHash"));
        LitResource resource = conditions.conditions().resource(dataHash);
        EthAddress user = sessionSigs.userOf(SessionSigCheck.parse(body.get("authSig")), node, resource,
                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        if (!new ConditionEvaluator(node.chain()).isMet(conditions, user)) {
            NodeErrorCode code = NodeErrorCode.NODE_ACCESS_CONTROL_CONDITIONS_RETURNED_NOT_AUTHORIZED;
            throw LitNodeError.of(code, code.message());
        }
        byte[] identity = resource.key().getBytes(StandardCharsets.UTF_8);
        BlsKeyShare keyShare = node.blsShare();
        BlsSignatureShare share = node.faults().isWrongBlsShare() ? keyShare.signWrongly(identity)
                : keyShare.sign(identity);
        JsonObject answer = new JsonObject();
        answer.addProperty("result", "success");
        answer.add("signatureShare", JsonParser.parseString(share.toJson()));
        answer.addProperty("shareIndex", share.shareIndex());
        return answer;
    }

    private static DataHash dataHash(String hex) {
        try {
            return new DataHash(hex);
        } catch (InvalidInputException e) {
            throw NodeRequest.invalidBody(e.getMessage());
        }
    }
}
