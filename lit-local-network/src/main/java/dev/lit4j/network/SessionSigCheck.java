package dev.lit4j.network;

import com.google.gson.JsonElement;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.ethereum.EthAddress;
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
 * The session-sig check of the endpoints that take one in {@code authSig}: the node's own
 * {@link SessionSigVerifier} (node-faithful, this node's address, the network key, the network clock), one
 * per node and kept, and the refusal a node answers with. Thread-safe.
 */
final class SessionSigCheck {
    private final Map<Integer, SessionSigVerifier> verifiers = new ConcurrentHashMap<>();

    /**
     * The user {@code sessionSig} speaks for, if it grants {@code ability} on {@code resource} at this node.
     *
     * @throws LitNodeError the node's error code of the first rule the session sig fails, with every reason as
     *     {@code details}
     */
    EthAddress userOf(AuthSig sessionSig, NodeContext node, LitResource resource, LitAbility ability) {
        SessionSigVerification verification = verifier(node).verify(sessionSig, resource, ability);
        if (!verification.isValid()) {
            throw LitNodeError.of(NodeErrorCode.of(verification.nodeError().orElseThrow()),
                    verification.reasons().toArray(String[]::new));
        }
        return EthAddress.parseAnyCase("userAddress", verification.userAddress().orElseThrow());
    }

    private SessionSigVerifier verifier(NodeContext node) {
        return verifiers.computeIfAbsent(node.index(), index -> SessionSigVerifier
                .builder(NodeAddress.of(node.address()), VerificationMode.NODE_FAITHFUL)
                .networkKey(BlsPublicKey.parse("networkPublicKey", node.keys().blsPublicKey()))
                .clock(node.clock())
                .build());
    }

    /**
     * The request's {@code authSig}, parsed.
     *
     * @throws LitNodeError {@code NodeInvalidAuthSig} if it is missing, not an object or not an AuthSig
     */
    static AuthSig parse(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_AUTH_SIG, "authSig: expected the node's session sig object");
        }
        try {
            return AuthSigJson.parse("authSig", element.toString());
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_AUTH_SIG, e.getMessage());
        }
    }
}
