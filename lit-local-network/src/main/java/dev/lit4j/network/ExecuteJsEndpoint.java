package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.StrictUtf8;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.network.action.LitActionCode;
import dev.lit4j.network.action.LitActionException;
import dev.lit4j.network.action.LitActionResult;
import dev.lit4j.network.action.LitAuthContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.pkp.SigningSubset;
import java.util.Base64;
import java.util.List;

/**
 * Lit Actions: {@code POST /web/execute/v1} as a Datil node runs them (operations spec §2.3), and the inner
 * request of {@code POST /web/execute/v2} as a Naga node does (operations spec §5.8), in the node's order:
 * <ol>
 *   <li>{@code authMethods} present → {@code NodeCannotProvideAuthMethodForEndpoint}; an {@code authSig} that is
 *       not a session sig → {@code NodeCannotProvideAuthSigForEndpoint};</li>
 *   <li>the code: {@code code} (standard base64 of UTF-8; else a {@code Conversion} error), or {@code ipfsId}
 *       (code registered with {@link dev.lit4j.network.action.LitActions#register}; else an {@code IPFS}
 *       error); neither → {@code NodeInvalidIPFSID};</li>
 *   <li>the session sig must grant {@code lit-action-execution} on {@code lit-litaction://<CID>};</li>
 *   <li>the action runs with {@code jsParams} as globals and the auth context as {@code Lit.Auth}
 *       ({@code actionIpfsIds} = the CID, {@code authSigAddress} = the session's user); its signing calls
 *       produce threshold ECDSA shares as {@code /web/pkp/sign/v1} does ({@link ExecuteJsSigning}).</li>
 * </ol>
 * Answer: {@code {"success":true,"signedData":{…},"decryptedData":{},"claimData":{…},"response":"…",
 * "logs":"…"}}. An action that throws is answered HTTP 400 {@code {"success":false,"error","logs"}}; one that
 * passes the time or memory limit HTTP 502 {@code NodeJsTimeoutError} / {@code NodeJsMemoryLimitError} with
 * {@code "logs"} added.
 *
 * <p>On Naga the request also carries {@code nodeSet} (the signing subset of the action's signing calls); the
 * SDK's wrapped {@code {"jsParams":{"jsParams":…}}} reaches the action as the global {@code jsParams}, as on
 * lit-peer; the session's {@code maxPrice} must cover the {@link NagaProduct#LIT_ACTION} price; the answer adds
 * {@code paymentDetail}, and each {@code signedData} entry carries its share as a JSON string. Thread-safe.
 */
public final class ExecuteJsEndpoint implements NodeEndpoint {
    private static final String INVALID_USER = "can't validate user address";

    private final SessionSigCheck sessionSigs = new SessionSigCheck("executeJs");

    @Override
    public JsonElement handle(NodeRequest request, NodeContext node) {
        JsonObject body = request.body();
        // the node deserialises the whole body first, then checks in its handler's order
        JsonObject authSigJson = SessionSigCheck.authSigField(body);
        SigningSubset nodeSet = node.isNaga() ? NodeSet.read(body, node) : null;
        sessionSigs.refuseAuthMethods(body);
        AuthSig sessionSig = NagaStep.run(INVALID_USER, () -> sessionSigs.sessionSig(authSigJson));
        LitActionCode code = code(request, node);
        String userAddress = NagaStep.run(
                INVALID_USER,
                () -> sessionSigs.requireValid(
                        node, sessionSig, LitResource.litAction(code.cid().value()), LitAbility.LIT_ACTION_EXECUTION));
        JsonArray paymentDetail = null;
        if (node.isNaga()) {
            NagaStep.check(
                    "error getting dynamic payment",
                    () -> sessionSigs.requirePayment(
                            node,
                            sessionSig,
                            LitResource.litAction(code.cid().value()),
                            LitAbility.LIT_ACTION_EXECUTION,
                            EthAddress.parseAnyCase("userAddress", userAddress),
                            NagaProduct.LIT_ACTION));
            paymentDetail = paymentDetail(node);
        }
        JsonObject jsParams = jsParams(body.get("jsParams"));
        LitAuthContext auth = new LitAuthContext(List.of(code.cid().value()), List.of(), userAddress, List.of());
        ExecuteJsSigning host = new ExecuteJsSigning(
                node, auth, request.header(NodeRouter.X_REQUEST_ID).orElse(request.correlationId()), nodeSet);
        LitActionResult result;
        try {
            result = node.actions().run(code, jsParams, auth, host);
        } catch (LitActionException e) {
            throw switch (e.failure()) {
                case SCRIPT_ERROR -> ErrorAnswer.actionThrew(e.error(), e.logs());
                case TIMEOUT ->
                    ErrorAnswer.withLogs(
                            LitNodeError.of(NodeErrorCode.NODE_JS_TIMEOUT_ERROR, e.error())
                                    .withKind(ErrorKind.TIMEOUT)
                                    .withShortText("timeout"),
                            e.logs());
                case MEMORY_LIMIT ->
                    ErrorAnswer.withLogs(
                            LitNodeError.of(NodeErrorCode.NODE_JS_MEMORY_LIMIT_ERROR, e.error())
                                    .withShortText("memory limit"),
                            e.logs());
            };
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("success", true);
        answer.add("signedData", host.signedData());
        answer.add("decryptedData", new JsonObject());
        answer.add("claimData", host.claimData());
        answer.addProperty("response", result.response());
        answer.addProperty("logs", result.logs());
        if (paymentDetail != null) {
            answer.add("paymentDetail", paymentDetail);
        }
        return answer;
    }

    /** What a Naga node answers as {@code paymentDetail}: lit-peer's base amount, at the Lit Action price. */
    private static JsonArray paymentDetail(NodeContext node) {
        JsonObject base = new JsonObject();
        base.addProperty("component", "BaseAmount");
        base.addProperty("quantity", 1);
        base.addProperty("price", node.prices().price(NagaProduct.LIT_ACTION));
        JsonArray detail = new JsonArray();
        detail.add(base);
        return detail;
    }

    private static LitActionCode code(NodeRequest request, NodeContext node) {
        var codeBase64 = request.optionalString("code");
        if (codeBase64.isPresent()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(codeBase64.get());
            } catch (IllegalArgumentException e) {
                throw LitNodeError.uncoded(
                                ErrorKind.CONVERSION,
                                "Your Lit Action code could not be decoded from" + " base64",
                                e.getMessage())
                        .withShortText("invalid lit action code");
            }
            try {
                return LitActionCode.of(StrictUtf8.decode("code", bytes, "the decoded code"));
            } catch (InvalidInputException e) {
                throw LitNodeError.uncoded(
                                ErrorKind.CONVERSION,
                                "Your Lit Action code could not be converted from"
                                        + " base64 decoded bytes into a string.  Please check your base64 encoding code.",
                                e.getMessage())
                        .withShortText("can't decode lit action bytes to utf8");
            }
        }
        var ipfsId = request.optionalString("ipfsId");
        if (ipfsId.isPresent()) {
            try {
                IpfsCid cid = IpfsCid.parse("ipfsId", ipfsId.get());
                return node.actions()
                        .find(cid)
                        .orElseThrow(
                                () -> new InvalidInputException(
                                        "ipfsId",
                                        "no code with"
                                                + " CID " + cid + " is pinned on this network; register it with"
                                                + " LocalLitNetwork.actions().register(code) or lit4j network start --action FILE"));
            } catch (InvalidInputException e) {
                throw LitNodeError.uncoded(ErrorKind.IPFS, "Error getting ipfs file", e.getMessage())
                        .withShortText("error retrieving ipfs code file");
            }
        }
        throw LitNodeError.of(NodeErrorCode.NODE_INVALID_IPFS_ID, "No code or ipfs hash provided")
                .withShortText("no code or ipfs hash provided");
    }

    private static JsonObject jsParams(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return new JsonObject();
        }
        if (!element.isJsonObject()) {
            throw NodeRequest.invalidBody(
                    "jsParams: expected a JSON object whose keys become the action's" + " globals, found " + element);
        }
        return element.getAsJsonObject();
    }
}
