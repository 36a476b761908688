package dev.lit4j.network.sessionkey;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.network.action.LitActionCode;
import dev.lit4j.network.action.LitActionException;
import dev.lit4j.network.action.LitActionResult;
import dev.lit4j.network.action.LitActions;
import dev.lit4j.network.action.LitAuthContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The custom-auth Lit Action of a {@code sign_session_key} request (node spec §3.4 step 8, client spec
 * §7.2): the code from {@code code} (base64) or {@code litActionIpfsId}, run with {@code jsParams} as
 * globals and the auth context as {@code Lit.Auth}. Authentication passes when the action's response
 * contains {@code "true"}. Stateless.
 */
public final class CustomAuthAction {
    private static final String AUTHENTICATED = "true";

    private CustomAuthAction() {}

    /**
     * What an action that authenticated leaves behind.
     *
     * @param cid the action's CID, which the node pushes onto the auth context's {@code actionIpfsIds}
     * @param response the action's response, which becomes the auth context's {@code customAuthResource}
     */
    public record Passed(IpfsCid cid, String response) {
        public Passed {
            InvalidInputException.requireNonNull("cid", cid);
            InvalidInputException.requireNonNull("response", response);
        }
    }

    /**
     * Resolves and runs the action; exactly one of {@code codeBase64} and {@code ipfsId} is given.
     *
     * @param jsParams the action's globals (an empty object for none)
     * @param auth the auth context so far; the action sees it with its own CID added to {@code actionIpfsIds}
     * @throws LitNodeError as the node answers: an uncoded {@code Unexpected} error (HTTP 500) for both code
     *     and id, uncoded {@code Conversion} or {@code IPFS} errors (HTTP 500) for code that cannot be had,
     *     {@code NodeJsTimeoutError} or {@code NodeJsExecutionError} (502) for an action that does not
     *     finish, and {@code NodeLitActionsSessionSigAuthenticationFailed} (401) for a response without
     *     {@code "true"}
     */
    public static Passed run(
            LitActions actions, String codeBase64, String ipfsId, JsonObject jsParams, LitAuthContext auth) {
        InvalidInputException.requireNonNull("actions", actions);
        InvalidInputException.requireNonNull("jsParams", jsParams);
        InvalidInputException.requireNonNull("auth", auth);
        if (codeBase64 != null && ipfsId != null) {
            throw LitNodeError.uncoded(ErrorKind.UNEXPECTED, "Can't provide both code & lit_action_ipfs_id");
        }
        LitActionCode code = resolve(actions, codeBase64, ipfsId);
        List<String> actionIpfsIds = new ArrayList<>(auth.actionIpfsIds());
        actionIpfsIds.add(code.cid().value());
        LitAuthContext running =
                new LitAuthContext(actionIpfsIds, auth.authMethodContexts(), auth.authSigAddress(), auth.resources());
        LitActionResult result;
        try {
            result = actions.run(code, jsParams, running);
        } catch (LitActionException e) {
            throw e.failure() == LitActionException.Failure.TIMEOUT
                    ? LitNodeError.of(NodeErrorCode.NODE_JS_TIMEOUT_ERROR, e.getMessage())
                            .withKind(ErrorKind.TIMEOUT)
                    : LitNodeError.of(NodeErrorCode.NODE_JS_EXECUTION_ERROR, "Error executing JS", e.getMessage())
                            .withKind(ErrorKind.UNEXPECTED);
        }
        if (!result.response().contains(AUTHENTICATED)) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_LIT_ACTIONS_SESSION_SIG_AUTHENTICATION_FAILED,
                    "Authentication failed for session_sig signing via Lit Action");
        }
        return new Passed(code.cid(), result.response());
    }

    private static LitActionCode resolve(LitActions actions, String codeBase64, String ipfsId) {
        try {
            return actions.resolve(codeBase64, ipfsId);
        } catch (InvalidInputException e) {
            if (codeBase64 != null) {
                throw LitNodeError.uncoded(
                        ErrorKind.CONVERSION, "Your Lit Action code could not be decoded", e.getMessage());
            }
            throw LitNodeError.uncoded(ErrorKind.IPFS, "Error getting ipfs file", e.getMessage());
        }
    }
}
