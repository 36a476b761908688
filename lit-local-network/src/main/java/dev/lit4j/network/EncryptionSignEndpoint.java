package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.encryption.DataHash;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
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
 * Decryption shares: {@code POST /web/encryption/sign/}, a Datil node's decryption step (operations spec §3.5),
 * and the inner request of {@code POST /web/encryption/sign/v2} as a Naga node answers it (operations spec §5.9).
 * In the node's order: the conditions (at most 30), their hash and the resource
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
 * refuses them.
 *
 * <p>On Naga the session's {@code maxPrice} must also cover the {@link NagaProduct#DECRYPTION} price, and the
 * answer is {@code {"result":"success","signatureShare":{"ProofOfPossession":{"identifier","value"}},
 * "shareId":"<peer id>"}}; each failure carries lit-peer's short text. Thread-safe.
 */
public final class EncryptionSignEndpoint implements NodeEndpoint {
    private static final String INVALID_USER = "couldn't validate user address";

    private final SessionSigCheck sessionSigs = new SessionSigCheck("decrypt");

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        JsonObject body = request.body();
        RequestConditions conditions = NagaStep.run("failed condition count check", () -> RequestConditions.read(body));
        DataHash dataHash = dataHash(request.requiredString("dataToEncryptHash"));
        LitResource resource = conditions.conditions().resource(dataHash);
        AuthSig authSig = NagaStep.run(INVALID_USER, () -> SessionSigCheck.parse(body.get("authSig")));
        EthAddress user = NagaStep.run(
                INVALID_USER,
                () -> sessionSigs.userOf(authSig, node, resource, LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION));
        if (node.isNaga()) {
            NagaStep.check(
                    "unable to get payment method",
                    () -> sessionSigs.requirePayment(
                            node,
                            authSig,
                            resource,
                            LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION,
                            user,
                            NagaProduct.DECRYPTION));
        }
        if (!new ConditionEvaluator(node.chain()).isMet(conditions, user)) {
            NodeErrorCode code = NodeErrorCode.NODE_ACCESS_CONTROL_CONDITIONS_RETURNED_NOT_AUTHORIZED;
            throw LitNodeError.of(code, code.message()).withShortText("failed access control conditions");
        }
        byte[] identity = resource.key().getBytes(StandardCharsets.UTF_8);
        BlsKeyShare keyShare = node.blsShare();
        boolean wrong = node.faults().isWrongBlsShare();
        JsonObject answer = new JsonObject();
        answer.addProperty("result", "success");
        if (node.isNaga()) {
            BlsIdentifiedShare share =
                    wrong ? keyShare.signWronglyIdentified(identity) : keyShare.signIdentified(identity);
            answer.add("signatureShare", JsonParser.parseString(share.toJson()));
            answer.addProperty("shareId", NagaShareId.of(node));
        } else {
            BlsSignatureShare share = wrong ? keyShare.signWrongly(identity) : keyShare.sign(identity);
            answer.add("signatureShare", JsonParser.parseString(share.toJson()));
            answer.addProperty("shareIndex", share.shareIndex());
        }
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
