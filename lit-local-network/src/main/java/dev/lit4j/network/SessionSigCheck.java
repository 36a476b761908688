package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.domain.verify.PaymentDelegationCheck;
import dev.lit4j.domain.verify.PaymentDelegationGrant;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session-sig checks of an operation endpoint ({@code pkpSign}, {@code executeJs}, {@code decrypt}), in the node's terms:
 * {@code authSig} present, no {@code authMethods}, the {@code authSig} a session sig
 * ({@code NodeCannotProvideAuthSigForEndpoint} otherwise), and the session sig must pass the node's verification for the
 * resource and ability ({@link SessionSigVerifier}, node-faithful mode, for the network's wire: a Naga node also
 * requires {@code maxPrice}), answered with the node's error code and the verifier's reasons. Keeps one verifier per node; thread-safe.
 */
final class SessionSigCheck {
    private final String operation;
    private final Map<Integer, SessionSigVerifier> verifiers = new ConcurrentHashMap<>();

    /** @param operation the operation's name in the JS SDK, e.g. {@code executeJs}, for error messages */
    SessionSigCheck(String operation) {
        this.operation = operation;
    }

    /**
     * The body's {@code authSig} object, as the node's request type requires it.
     *
     * @throws LitNodeError HTTP 422 if it is missing or not an object (the node's body guard)
     */
    static JsonObject authSigField(JsonObject body) {
        JsonElement authSig = body.get("authSig");
        if (authSig == null || !authSig.isJsonObject()) {
            throw NodeRequest.invalidBody(
                    authSig == null
                            ? "missing field `authSig`"
                            : "invalid type for `authSig`: expected the node's session sig object, found " + authSig);
        }
        return authSig.getAsJsonObject();
    }

    /**
     * Refuses a request with {@code authMethods}, which this endpoint takes only from a session sig.
     *
     * @throws LitNodeError {@code NodeCannotProvideAuthMethodForEndpoint} (400)
     */
    void refuseAuthMethods(JsonObject body) {
        if (body.has("authMethods")) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_CANNOT_PROVIDE_AUTH_METHOD_FOR_ENDPOINT,
                    "Can't provide AuthMethods for " + operation + ". You have to provide an SessionSig.");
        }
    }

    /**
     * The verified session sig's user address.
     *
     * @throws LitNodeError with the node's error code and the verifier's reasons if the node refuses it
     */
    String requireValid(NodeContext node, AuthSig sessionSig, LitResource resource, LitAbility ability) {
        SessionSigVerification verification = verifier(node).verify(sessionSig, resource, ability);
        if (!verification.valid()) {
            throw LitNodeError.of(
                    NodeErrorCode.of(verification.nodeError().orElseThrow()),
                    verification.reasons().toArray(String[]::new));
        }
        return verification.userAddress().orElseThrow();
    }

    /**
     * The user the verified session sig speaks for ({@link #requireValid}), as an address.
     *
     * @throws LitNodeError with the node's error code and the verifier's reasons if the node refuses it
     */
    EthAddress userOf(AuthSig sessionSig, NodeContext node, LitResource resource, LitAbility ability) {
        return EthAddress.parseAnyCase("userAddress", requireValid(node, sessionSig, resource, ability));
    }

    /**
     * Naga's payment step for a verified session sig (node spec §2.11): the node's price for {@code product} must
     * not exceed the session's {@code maxPrice}, and a payment delegation's payer or else the user pays it on the
     * network's ledger (the delegations are read only when the ledger is metered: unmetered, everyone pays).
     *
     * @throws LitNodeError {@code PaymentFailed} (402) otherwise
     */
    void requirePayment(
            NodeContext node,
            AuthSig sessionSig,
            LitResource resource,
            LitAbility ability,
            EthAddress user,
            NagaProduct product) {
        NagaPayment.requireCovered(node, NagaPayment.maxPrice(sessionSig), product);
        Optional<EthAddress> delegated = node.ledger().isMetered()
                ? delegatedPayer(node, sessionSig, resource, ability, user, NagaPayment.scopeOf(product))
                : Optional.empty();
        NagaPayment.charge(node, user, delegated, product);
    }

    /**
     * The payer of a Naga payment delegation among the verified session sig's capabilities that covers
     * {@code user}'s request for {@code scope} (node spec §2.11: valid capability, {@code delegate_to},
     * {@code scopes}, the session's {@code maxPrice} at most {@code max_price}); empty if none does.
     */
    private Optional<EthAddress> delegatedPayer(
            NodeContext node,
            AuthSig sessionSig,
            LitResource resource,
            LitAbility ability,
            EthAddress user,
            PaymentDelegationScope scope) {
        return verifier(node)
                .verifyWithPaymentDelegation(sessionSig, resource, ability, user, scope)
                .paymentDelegation()
                .filter(PaymentDelegationCheck::authorized)
                .flatMap(check -> check.grants().stream()
                        .filter(grant -> grant.delegatesTo(user)
                                && grant.scopes().contains(scope.wireName())
                                && grant.maxPrice().compareTo(check.sessionMaxPrice()) >= 0)
                        .map(PaymentDelegationGrant::payer)
                        .findFirst());
    }

    /**
     * The request's {@code authSig}, parsed, for an endpoint that takes any AuthSig the verifier judges.
     *
     * @throws LitNodeError {@code NodeInvalidAuthSig} if it is missing, not an object or not an AuthSig
     */
    static AuthSig parse(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_INVALID_AUTH_SIG, "authSig: expected the node's session sig object");
        }
        try {
            return AuthSigJson.parse("authSig", element.toString());
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_AUTH_SIG, e.getMessage());
        }
    }

    /**
     * The request's {@code authSig} ({@link #authSigField}), which must be a session sig.
     *
     * @throws LitNodeError {@code NodeInvalidAuthSig} if it is malformed, {@code NodeCannotProvideAuthSigForEndpoint}
     *     if it is not a session sig
     */
    AuthSig sessionSig(JsonObject element) {
        AuthSig authSig;
        try {
            authSig = AuthSigJson.parse("authSig", element.toString());
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_INVALID_AUTH_SIG, e.getMessage());
        }
        if (authSig.kind() != AuthSigKind.SESSION) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_CANNOT_PROVIDE_AUTH_SIG_FOR_ENDPOINT,
                    "Can't provide AuthSig for " + operation + ". You have to provide a SessionSig.");
        }
        return authSig;
    }

    private SessionSigVerifier verifier(NodeContext node) {
        return verifiers.computeIfAbsent(
                node.index(),
                index -> SessionSigVerifier.builder(NodeAddress.of(node.address()), VerificationMode.NODE_FAITHFUL)
                        .protocol(node.isNaga() ? NodeProtocol.NAGA : NodeProtocol.DATIL)
                        .networkKey(BlsPublicKey.parse(
                                "networkPublicKey", node.keys().blsPublicKey()))
                        .clock(node.clock())
                        .build());
    }
}
