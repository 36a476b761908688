package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.domain.session.internal.SessionMessageBody;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.usecase.internal.InnerAuthSigCheck;
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
 * <p>A stored AuthSig is reused only for the same auth material: the identity is the signer's (which names
 * its own auth material, e.g. a PKP and its auth methods), narrowed by the request's Lit Action — its code
 * or IPFS id and its {@code jsParams} — when there is one. A request with other auth material gets its
 * own session key and its own AuthSig from the nodes, so a Lit Action always runs for its first request.
 *
 * <p>Thread-safe: concurrent calls for one identity share one session key (the store's create-once
 * guarantee) and, within this issuer, take turns at the AuthSig: while one asks the signer the others
 * wait, then reuse what it stored if it grants them what they ask. So 32 threads asking at once on an
 * empty store cost one wallet signature, not 32. Calls for other identities do not wait.
 */
public final class SessionSigIssuer {
    /**
     * Without a requested expiration, how long a stored AuthSig must still last to be reused (the session
     * then ends with it): half of {@link SessionSigsRequest#DEFAULT_LIFETIME}.
     */
    public static final Duration MIN_REUSED_LIFETIME = SessionSigsRequest.DEFAULT_LIFETIME.dividedBy(2);

    private final NodeTransport nodes;
    private final SessionStore store;
    private final Clock clock;
    private final InnerAuthSigCheck check = new InnerAuthSigCheck();
    private final IdentityLocks authSigLocks = new IdentityLocks();

    @Inject
    public SessionSigIssuer(NodeTransport nodes, SessionStore store, Clock clock) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
        this.store = InvalidInputException.requireNonNull("store", store);
        this.clock = InvalidInputException.requireNonNull("clock", clock);
    }

    /**
     * Session sigs for every connected node, keyed by node URL in handshake order.
     *
     * <p>A session never outlives the capabilities it carries, because from then on no node accepts it.
     * With an expiration in the request, a stored AuthSig is reused only if it lasts until then; otherwise
     * the signer is asked again. Without one, a stored AuthSig is reused while it lasts at least
     * {@link #MIN_REUSED_LIFETIME} more, and the session then ends with it (before the default 24 hours);
     * one that expires sooner is signed again, for 24 hours. A fresh AuthSig or a capability AuthSig (e.g.
     * a capacity delegation) with an earlier {@code Expiration Time} caps the session's {@code expiration}
     * at the earliest of them. The expiration the sigs carry is in their signed message
     * ({@code SessionSignedMessage.expiration()}). On a network that prices requests (Naga), each node's sig
     * carries the {@code maxPrice} the transport grants that node ({@link NodeTransport#sessionMaxPrices()}).
     *
     * @throws InvalidInputException if the expiration is not in the future or is more than {@link SessionTimeLimits#MAX_LIFETIME} away, or
     *     a capability AuthSig has already expired
     * @throws AuthSigRejectedException if the signer's fresh AuthSig cannot delegate what was asked
     * @throws LitException from the ports: {@code NodeException}, {@code SignerException},
     *     {@code SessionStoreException}
     */
    public SessionSigs getSessionSigs(SessionSigsRequest request, AuthSigner signer) {
        InvalidInputException.requireNonNull("request", request);
        InvalidInputException.requireNonNull("signer", signer);
        ConnectedNetwork network = nodes.network();
        List<NodePrice> maxPrices = nodes.sessionMaxPrices();
        if (!maxPrices.isEmpty()) {
            return getSessionSigs(request, signer, maxPrices);
        }
        Signing signing = prepare(request, signer, network);
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        for (String nodeUrl : network.nodeUrls()) {
            sigs.put(
                    nodeUrl,
                    SessionSig.sign(signing.sessionKey(), signing.body().forNode(nodeUrl)));
        }
        return new SessionSigs(sigs);
    }

    /**
     * Naga session sigs for one request (operations spec §5.4): one per chosen node, each carrying the
     * {@code maxPrice} granted to that node (node spec §2.2), keyed by node URL in the order given. The session
     * key, the inner AuthSig and the expiration are chosen as by {@link #getSessionSigs(SessionSigsRequest,
     * AuthSigner)}.
     *
     * @param maxPrices the chosen nodes and what each may charge, e.g. from
     *     {@link dev.lit4j.domain.naga.NagaNodeChoice#choose}
     * @throws InvalidInputException if {@code maxPrices} is empty or names a node that is not connected, or as
     *     {@link #getSessionSigs(SessionSigsRequest, AuthSigner)}
     * @throws AuthSigRejectedException if the signer's fresh AuthSig cannot delegate what was asked
     * @throws LitException from the ports, as {@link #getSessionSigs(SessionSigsRequest, AuthSigner)}
     */
    public SessionSigs getSessionSigs(SessionSigsRequest request, AuthSigner signer, List<NodePrice> maxPrices) {
        InvalidInputException.requireNonNull("request", request);
        InvalidInputException.requireNonNull("signer", signer);
        InvalidInputException.requireNonNull("maxPrices", maxPrices);
        if (maxPrices.isEmpty()) {
            throw new InvalidInputException("maxPrices", "no node was chosen; a request needs at least one");
        }
        ConnectedNetwork network = nodes.network();
        for (NodePrice node : maxPrices) {
            if (!network.nodeUrls()
                    .contains(InvalidInputException.requireNonNull("maxPrices[]", node)
                            .nodeUrl())) {
                throw new InvalidInputException(
                        "maxPrices", node.nodeUrl() + " is not a connected node (" + network.nodeUrls() + ")");
            }
        }
        Signing signing = prepare(request, signer, network);
        Map<String, SessionSig> sigs = new LinkedHashMap<>();
        for (NodePrice node : maxPrices) {
            sigs.put(
                    node.nodeUrl(),
                    SessionSig.sign(signing.sessionKey(), signing.body().forNode(node.nodeUrl(), node.price())));
        }
        return new SessionSigs(sigs);
    }

    private Signing prepare(SessionSigsRequest request, AuthSigner signer, ConnectedNetwork network) {
        Instant now = JsTime.truncate(clock.instant());
        Instant requested = JsTime.truncate(request.expiration().orElse(now.plus(SessionSigsRequest.DEFAULT_LIFETIME)));
        requireLifetime(now, requested);
        Instant expiration = cappedByCapabilities(requested, request.capabilityAuthSigs(), now);

        SessionIdentity identity = AuthMaterial.scopedToLitAction(signer.identity(), request);
        SessionKeyPair sessionKey =
                request.sessionKey().orElseGet(() -> store.sessionKey(identity, SessionKeyPair::generate));
        Instant reusableUntil = request.expiration().isPresent() ? expiration : now.plus(MIN_REUSED_LIFETIME);
        AuthSig innerAuthSig = authSigLocks.underLock(
                identity,
                () -> innerAuthSig(request, signer, identity, sessionKey, network, now, expiration, reusableUntil));

        List<AuthSig> capabilities = new ArrayList<>(request.capabilityAuthSigs());
        capabilities.add(innerAuthSig);
        Instant sessionExpiration = cappedByCapabilities(expiration, List.of(innerAuthSig), now);
        return new Signing(
                sessionKey,
                new SessionMessageBody(
                        sessionKey.publicKey(),
                        request.resourceAbilityRequests(),
                        capabilities,
                        JsTime.format(now),
                        JsTime.format(sessionExpiration)));
    }

    /** The session key and the message body every node's sig shares. */
    private record Signing(SessionKeyPair sessionKey, SessionMessageBody body) {}

    private AuthSig innerAuthSig(
            SessionSigsRequest request,
            AuthSigner signer,
            SessionIdentity identity,
            SessionKeyPair sessionKey,
            ConnectedNetwork network,
            Instant now,
            Instant expiration,
            Instant reusableUntil) {
        SessionPublicKey publicKey = sessionKey.publicKey();
        Optional<AuthSig> cached = store.findAuthSig(identity, publicKey, now)
                .filter(stored -> !stored.expiration().isBefore(reusableUntil))
                .map(StoredAuthSig::authSig)
                .filter(authSig -> check.problem(
                                authSig, publicKey, request.resourceAbilityRequests(), now, network.networkPublicKey())
                        .isEmpty());
        if (cached.isPresent()) {
            return cached.get();
        }
        AuthSig fresh = signer.authenticate(authRequest(request, publicKey, expiration));
        if (fresh == null
                || fresh.sig().isEmpty()
                || fresh.signedMessage().isEmpty()
                || fresh.address().isEmpty()
                || fresh.derivedVia().isEmpty()) {
            throw new AuthSigRejectedException(identity, "the signer returned no wallet signature");
        }
        Optional<String> problem =
                check.problem(fresh, publicKey, request.resourceAbilityRequests(), now, network.networkPublicKey());
        if (problem.isPresent()) {
            throw new AuthSigRejectedException(identity, problem.get());
        }
        Instant freshExpiry =
                SiweMessage.parse(fresh.signedMessage()).expirationTimeInstant().orElseThrow();
        store.putAuthSig(identity, publicKey, new StoredAuthSig(fresh, freshExpiry));
        return fresh;
    }

    // the earliest Expiration Time of the capabilities, if it is before the requested expiration
    private static Instant cappedByCapabilities(Instant expiration, List<AuthSig> capabilities, Instant now) {
        Instant capped = expiration;
        for (int i = 0; i < capabilities.size(); i++) {
            Optional<Instant> capabilityExpiry;
            try {
                capabilityExpiry =
                        SiweMessage.parse(capabilities.get(i).signedMessage()).expirationTimeInstant();
            } catch (InvalidInputException e) {
                // not a SIWE: no node accepts it as a capability, and it sets no time limit
                continue;
            }
            if (capabilityExpiry.isPresent() && !capabilityExpiry.get().isAfter(now)) {
                throw new InvalidInputException(
                        "capabilityAuthSigs",
                        "capability " + i + " expired at "
                                + JsTime.format(capabilityExpiry.get()) + " (now is " + JsTime.format(now)
                                + "); a session cannot outlive its capabilities");
            }
            if (capabilityExpiry.isPresent() && capabilityExpiry.get().isBefore(capped)) {
                capped = JsTime.truncate(capabilityExpiry.get());
            }
        }
        return capped;
    }

    private AuthRequest authRequest(SessionSigsRequest request, SessionPublicKey sessionKey, Instant expiration) {
        return new AuthRequest(
                request.chain(),
                request.sessionCapabilityObject().statement(),
                List.of(request.sessionCapabilityObject().encode()),
                expiration,
                sessionKey.uri(),
                sessionKey,
                nodes.latestBlockhash(),
                request.domain().orElse(null),
                request.resourceAbilityRequests(),
                request.litActionCode().orElse(null),
                request.litActionIpfsId().orElse(null),
                request.jsParams().orElse(null));
    }

    /**
     * Checks a session's expiration as the issuer does before asking anything of the nodes: after
     * {@code now}, and at most {@link SessionTimeLimits#MAX_LIFETIME} later.
     *
     * @throws InvalidInputException naming {@code expiration} otherwise
     */
    public static void requireLifetime(Instant now, Instant expiration) {
        if (!expiration.isAfter(now)) {
            throw new InvalidInputException(
                    "expiration",
                    JsTime.format(expiration) + " is not in the future (now is " + JsTime.format(now) + ")");
        }
        if (Duration.between(now, expiration).compareTo(SessionTimeLimits.MAX_LIFETIME) > 0) {
            throw new InvalidInputException(
                    "expiration",
                    JsTime.format(expiration) + " is more than "
                            + SessionTimeLimits.maxLifetimeText() + " after "
                            + JsTime.format(now) + "; Lit nodes refuse longer sessions");
        }
    }
}
