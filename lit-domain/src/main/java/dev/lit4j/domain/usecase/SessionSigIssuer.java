package dev.lit4j.domain.usecase;

import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.domain.session.SessionMessageBody;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsTime;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.siwe.SiweMessage;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes session signatures: the JS SDK's {@code getSessionSigs} (client spec §6.2).
 *
 * <p>For the signer's identity it takes the stored session key (creating it once) or the caller's
 * own, reuses the stored inner AuthSig while it still delegates every requested capability to that
 * key (§6.4) or asks the {@link AuthSigner} for a fresh one, and signs one message per connected node
 * with that node's address. Unlike the JS SDK, session keys and AuthSigs are kept per identity, and a
 * fresh AuthSig that does not grant what was asked is refused rather than used.
 *
 * <p>Thread-safe: concurrent calls for one identity share one session key (the store's create-once
 * guarantee) and may each ask the signer once.
 */
public final class SessionSigIssuer {
    /** The longest span a node accepts between a session's issue time and its expiry. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(30);

    private final NodeTransport nodes;
    private final SessionStore store;
    private final Clock clock;
    private final InnerAuthSigCheck check = new InnerAuthSigCheck();

    @Inject
    public SessionSigIssuer(NodeTransport nodes, SessionStore store, Clock clock) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
        this.store = InvalidInputException.requireNonNull("store", store);
        this.clock = InvalidInputException.requireNonNull("clock", clock);
    }

    /**
     * Session sigs for every connected node, keyed by node URL in handshake order.
     *
     * @throws InvalidInputException if the expiration is not in the future or is more than 30 days away
     * @throws AuthSigRejectedException if the signer's fresh AuthSig cannot delegate what was asked
     * @throws LitException from the ports: {@code NodeException}, {@code SignerException},
     *     {@code SessionStoreException}
     */
    public SessionSigs getSessionSigs(SessionSigsRequest request, AuthSigner signer) {
        InvalidInputException.requireNonNull("request", request);
        InvalidInputException.requireNonNull("signer", signer);
        ConnectedNetwork network = nodes.network();
        Instant now = JsTime.truncate(clock.instant());
        Instant expiration = JsTime.truncate(request.expiration().orElse(now.plus(SessionSigsRequest.DEFAULT_LIFETIME)));
        requireLifetime(now, expiration);

        SessionIdentity identity = signer.identity();
        SessionKeyPair sessionKey = request.sessionKey()
                .orElseGet(() -> store.sessionKey(identity, SessionKeyPair::generate));
        AuthSig innerAuthSig = innerAuthSig(request, signer, identity, sessionKey, network, now, expiration);

        List<AuthSig> capabilities = new ArrayList<>(request.capabilityAuthSigs());
        capabilities.add(innerAuthSig);
        SessionMessageBody body = new SessionMessageBody(sessionKey.publicKey(), request.resourceAbilityRequests(),
                capabilities, JsTime.format(now), JsTime.format(expiration));
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        for (String nodeUrl : network.nodeUrls()) {
            sigs.put(nodeUrl, SessionSig.sign(sessionKey, body.forNode(nodeUrl)));
        }
        return new SessionSigs(sigs);
    }

    private AuthSig innerAuthSig(SessionSigsRequest request, AuthSigner signer, SessionIdentity identity,
            SessionKeyPair sessionKey, ConnectedNetwork network, Instant now, Instant expiration) {
        SessionPublicKey publicKey = sessionKey.publicKey();
        Optional<AuthSig> cached = store.findAuthSig(identity, publicKey, now).map(StoredAuthSig::authSig)
                .filter(authSig -> check.problem(authSig, publicKey, request.resourceAbilityRequests(), now,
                        network.networkPublicKey()).isEmpty());
        if (cached.isPresent()) {
            return cached.get();
        }
        AuthSig fresh = signer.authenticate(authRequest(request, publicKey, expiration));
        if (fresh == null || fresh.sig().isEmpty() || fresh.signedMessage().isEmpty() || fresh.address().isEmpty()
                || fresh.derivedVia().isEmpty()) {
            throw new AuthSigRejectedException(identity, "the signer returned no wallet signature");
        }
        Optional<String> problem = check.problem(fresh, publicKey, request.resourceAbilityRequests(), now,
                network.networkPublicKey());
        if (problem.isPresent()) {
            throw new AuthSigRejectedException(identity, problem.get());
        }
        Instant freshExpiry = SiweMessage.parse(fresh.signedMessage()).expirationTimeInstant().orElseThrow();
        store.putAuthSig(identity, publicKey, new StoredAuthSig(fresh, freshExpiry));
        return fresh;
    }

    private AuthRequest authRequest(SessionSigsRequest request, SessionPublicKey sessionKey, Instant expiration) {
        return new AuthRequest(request.chain(), request.sessionCapabilityObject().statement(),
                List.of(request.sessionCapabilityObject().encode()), expiration, sessionKey.uri(), sessionKey,
                nodes.latestBlockhash(), request.domain().orElse(null), request.resourceAbilityRequests(),
                request.litActionCode().orElse(null), request.litActionIpfsId().orElse(null),
                request.jsParams().orElse(null));
    }

    /**
     * Checks a session's expiration as the issuer does before asking anything of the nodes: after
     * {@code now}, and at most {@link #MAX_LIFETIME} later.
     *
     * @throws InvalidInputException naming {@code expiration} otherwise
     */
    public static void requireLifetime(Instant now, Instant expiration) {
        if (!expiration.isAfter(now)) {
            throw new InvalidInputException("expiration", JsTime.format(expiration) + " is not in the future (now is "
                    + JsTime.format(now) + ")");
        }
        if (Duration.between(now, expiration).compareTo(MAX_LIFETIME) > 0) {
            throw new InvalidInputException("expiration", JsTime.format(expiration) + " is more than 30 days after "
                    + JsTime.format(now) + "; Lit nodes refuse longer sessions");
        }
    }
}
