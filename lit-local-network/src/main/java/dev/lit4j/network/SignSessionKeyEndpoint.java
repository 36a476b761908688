package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.action.LitAuthContext;
import dev.lit4j.network.bls.BlsKeyShare;
import dev.lit4j.network.chain.Block;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.sessionkey.AuthContextJson;
import dev.lit4j.network.sessionkey.AuthMethodVerifier;
import dev.lit4j.network.sessionkey.CustomAuthAction;
import dev.lit4j.network.sessionkey.NodeSessionSiwe;
import dev.lit4j.network.sessionkey.PkpPermissionCheck;
import dev.lit4j.network.sessionkey.RequestedPkp;
import dev.lit4j.network.sessionkey.SiweTimeRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /web/sign_session_key/v1} as a Datil node answers it (node spec §3.3–§3.8, client spec
 * §7.4–§7.6): checks the request, resolves the auth context from the auth methods and the optional custom-auth
 * Lit Action, checks the PKP's permissions, builds the SIWE every node signs alike ({@link NodeSessionSiwe})
 * and answers with this node's BLS signature share over it:
 * {@code {"result":"success","signatureShare":{"ProofOfPossession":"<194 hex>"},"shareIndex":<i>,
 * "curveType":"BLS","siweMessage":"…","dataSigned":"<64 hex>","blsRootPubkey":"<96 hex>"}}.
 *
 * <p>The steps run in the Datil node's order, and each failure is answered with the node's error code,
 * status and kind: the curve type; no {@code authSig}; the SIWE parses and claims no auth context; the auth
 * methods verify; the PKP's address is the SIWE's; the SIWE URI is the session key and its times are valid;
 * the Lit Action authenticates; the nonce is a recent block; the user's ReCap is there; the PKP permits the
 * auth. With the node's {@link NodeFaults#wrongBlsShare(boolean) wrongBlsShare} fault on, the share is signed
 * with a wrong key, so combinations that include it do not verify.
 *
 * <p>On Naga it is the inner request of {@code POST /web/sign_session_key/v2} (node spec §3.4): the body also
 * has {@code nodeSet} and {@code maxPrice}, which must cover the node's {@link NagaProduct#SIGN_SESSION_KEY} price
 * (checked after the PKP is known, as lit-peer does; else {@code PaymentFailed}); the answer has the Naga share
 * form ({@code {"ProofOfPossession":{"identifier","value"}}}), {@code shareId} (the peer id) and {@code curveType}
 * {@code BLS12381G1}; each failure carries lit-peer's short text.
 *
 * <p>Installed on every {@link LocalLitNetwork} unless the builder is given another endpoint. Stateless and
 * thread-safe.
 */
public final class SignSessionKeyEndpoint implements NodeEndpoint {
    /** The only curve this endpoint signs with. */
    public static final String CURVE_TYPE = "BLS";
    /** The curve a Naga node names in its answer: the Display form of {@code CurveType::BLS}. */
    public static final String NAGA_CURVE_TYPE = "BLS12381G1";

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        InvalidInputException.requireNonNull("request", request);
        InvalidInputException.requireNonNull("node", node);
        SignSessionKeyBody body = SignSessionKeyBody.parse(request, node.isNaga());
        if (!CURVE_TYPE.equals(body.curveType())) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_INVALID_CURVE_TYPE,
                            "Invalid curve_type: " + body.curveType()
                                    + " - only BLS curve type is allowed for this endpoint")
                    .withShortText("invalid curve type");
        }
        // Datil's request type allows an authSig and the handler it shares with the unversioned route would
        // validate one, but the v1 route itself refuses it before calling that handler (Node v1.0.18,
        // endpoints/versions/v1.rs), and the JS SDK v7 never sends one: refusing it is what a client meets.
        if (body.hasAuthSig()) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_INVALID_AUTH_SIG_FOR_SESSION_KEY,
                            "You can't provide an AuthSig"
                                    + " on this endpoint.  Instead, send it as an AuthMethod in the authMethods array.")
                    .withShortText("auth sig not supported");
        }
        SiweMessage siwe = NagaStep.run("malformed siwe", () -> parseSiwe(body.siweMessage()));
        Instant now = node.clock().instant();
        List<AuthMethodContext> authMethods =
                NagaStep.run("can't get auth context", () -> AuthMethodVerifier.verifyAll(body.authMethods(), now));
        RequestedPkp pkp = NagaStep.run(
                "invalid pkp public key",
                () -> body.pkpPublicKey() == null
                        ? RequestedPkp.ofFirstAuthMethod(node.pkps(), authMethods)
                        : RequestedPkp.fromRequest(body.pkpPublicKey(), siwe));
        if (node.isNaga()) {
            NagaStep.check("unable to get payment method", () -> {
                NagaPayment.requireCovered(node, body.maxPrice(), NagaProduct.SIGN_SESSION_KEY);
                NagaPayment.charge(node, pkp.ethAddress(), Optional.empty(), NagaProduct.SIGN_SESSION_KEY);
            });
        }
        if (!siwe.uri().equals(body.sessionKey())) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_SIWE_MESSAGE_ERROR,
                            "URI in SIWE message " + siwe.uri() + " does not match URI in request " + body.sessionKey())
                    .withShortText("invalid siwe uri message");
        }
        NagaStep.check("invalid siwe message", () -> SiweTimeRules.check(siwe, now));
        LitAuthContext auth = new LitAuthContext(List.of(), authMethods, null, List.of());
        String customAuthResource = null;
        if (body.code() != null || body.litActionIpfsId() != null) {
            CustomAuthAction.Passed action =
                    CustomAuthAction.run(node.actions(), body.code(), body.litActionIpfsId(), body.jsParams(), auth);
            auth = new LitAuthContext(List.of(action.cid().value()), authMethods, null, List.of());
            customAuthResource = action.response();
        }
        Block block = NagaStep.run("can't fetch blockhash", () -> node.chain().requireNonceBlock(siwe.nonce()));
        String nodeSiwe = NodeSessionSiwe.build(
                        siwe, pkp.ethAddress(), block, AuthContextJson.of(auth, customAuthResource))
                .render();
        List<String> actionIpfsIds = auth.actionIpfsIds();
        NagaStep.check(
                "pkp is not authorized",
                () -> PkpPermissionCheck.require(node.pkps(), pkp, authMethods, actionIpfsIds));
        return answer(node, nodeSiwe);
    }

    private static SiweMessage parseSiwe(String text) {
        SiweMessage siwe;
        try {
            siwe = SiweMessage.parse(text);
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, "Error parsing SIWE message", e.getMessage());
        }
        if (siwe.statement() != null && siwe.statement().contains(ResourcePrefix.RESOLVED_AUTH_CONTEXT.wireName())) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_INVALID_AUTH_CONTEXT_RESOURCE,
                    "Can't define Auth Context resources in capability");
        }
        return siwe;
    }

    private static JsonObject answer(NodeContext node, String nodeSiwe) {
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(nodeSiwe));
        BlsKeyShare keyShare = node.blsShare();
        boolean wrong = node.faults().isWrongBlsShare();
        JsonObject answer = new JsonObject();
        answer.addProperty("result", "success");
        if (node.isNaga()) {
            BlsIdentifiedShare share =
                    wrong ? keyShare.signWronglyIdentified(message.bytes()) : keyShare.signIdentified(message.bytes());
            answer.add("signatureShare", JsonParser.parseString(share.toJson()));
            answer.addProperty("shareId", NagaShareId.of(node));
            answer.addProperty("curveType", NAGA_CURVE_TYPE);
        } else {
            BlsSignatureShare share = wrong ? keyShare.signWrongly(message.bytes()) : keyShare.sign(message.bytes());
            answer.add("signatureShare", JsonParser.parseString(share.toJson()));
            answer.addProperty("shareIndex", keyShare.shareIndex());
            answer.addProperty("curveType", CURVE_TYPE);
        }
        answer.addProperty("siweMessage", nodeSiwe);
        answer.addProperty("dataSigned", message.hex());
        answer.addProperty("blsRootPubkey", node.keys().blsPublicKey());
        return answer;
    }
}
