package dev.lit4j.network;

import com.google.gson.JsonElement;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session-sig check of an operation endpoint: the request's {@code authSig} must be a session sig
 * ({@code NodeCannotProvideAuthSigForEndpoint} otherwise), and it must pass the node's verification for the
 * resource and ability ({@link SessionSigVerifier}, node-faithful mode), answered with the node's error code
 * and the verifier's reasons. Keeps one verifier per node; thread-safe.
 */
final class SessionSigCheck {
    private final String operation;
    private final Map<Integer, SessionSigVerifier> verifiers = new ConcurrentHashMap<>();

    /** @param operation the operation's name in the JS SDK, e.g. {@code executeJs}, for error messages */
    SessionSigCheck(String operation) {
        this.operation = operation;
    }

    /**
     * The verified session sig's user address.
     *
     * @throws LitNodeError as the node answers a missing, non-session or refused {@code authSig}
     */
    String requireValid(NodeContext node, JsonElement authSigJson, LitResource resource, LitAbility ability) {
        AuthSig sessionSig = sessionSig(authSigJson);
        SessionSigVerification verification = verifier(node).verify(sessionSig, resource, ability);
        if (!verification.isValid()) {
            throw LitNodeError.of(NodeErrorCode.of(verification.nodeError().orElseThrow()),
                    verification.reasons().toArray(String[]::new));
        }
        return verification.userAddress().orElseThrow();
    }

    private AuthSig sessionSig(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_AUTH_SIG, "authSig: expected the node's session sig object");
        }
        AuthSig authSig;
        try {
            authSig = AuthSigJson.parse("authSig", element.toString());
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_AUTH_SIG, e.getMessage());
        }
        if (authSig.kind() != AuthSigKind.SESSION) {
            throw LitNodeError.of(NodeErrorCode.NODE_CANNOT_PROVIDE_AUTH_SIG_FOR_ENDPOINT, "Can't provide AuthSig for "
                    + operation + ". You have to provide a SessionSig.");
        }
        return authSig;
    }

    private SessionSigVerifier verifier(NodeContext node) {
        return verifiers.computeIfAbsent(node.index(), index -> SessionSigVerifier
                .builder(NodeAddress.of(node.address()), VerificationMode.NODE_FAITHFUL)
                .networkKey(BlsPublicKey.parse("networkPublicKey", node.keys().blsPublicKey()))
                .clock(node.clock())
                .build());
    }
}
