package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The auth step for a PKP: the Lit nodes check the auth methods (or run a custom-auth Lit Action)
 * against the PKP's permissions and BLS-sign the session key — what the JS SDK's
 * {@code getPkpSessionSigs} and {@code getLitActionSessionSigs} do through {@code signSessionKey}
 * (client spec §7.1–7.3). Use it with {@link SessionSigIssuer#getSessionSigs}; a Lit Action's code or
 * IPFS id and its {@code jsParams} travel in the {@link SessionSigsRequest}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PkpAuthSigner implements AuthSigner {
    /** The statement every PKP session SIWE starts with. */
    public static final String STATEMENT = "Lit Protocol PKP session signature";
    /** The SIWE domain when the caller names none. */
    public static final String DEFAULT_DOMAIN = "litprotocol.com";

    private final NodeTransport nodes;
    private final Clock clock;
    private final PkpPublicKey pkp;
    private final List<AuthMethod> authMethods;
    private final SessionIdentity identity;

    /**
     * @param pkp the PKP whose session this is
     * @param authMethods the auth methods proving the right to use it; empty when a Lit Action decides
     */
    public PkpAuthSigner(NodeTransport nodes, Clock clock, PkpPublicKey pkp, List<AuthMethod> authMethods) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
        this.clock = InvalidInputException.requireNonNull("clock", clock);
        this.pkp = InvalidInputException.requireNonNull("pkpPublicKey", pkp);
        this.authMethods = List.copyOf(InvalidInputException.requireNonNull("authMethods", authMethods));
        this.identity = new SessionIdentity(
                SessionIdentity.Kind.PKP,
                pkp.hex()
                        + AuthMaterial.authMethodsFingerprint(this.authMethods, clock.instant())
                                .map(f -> ".auth-" + f)
                                .orElse(""));
    }

    /**
     * The PKP and the auth material: {@code pkp:<public key hex>} followed, when there are auth methods, by
     * {@code .auth-<fingerprint of their ids>}, so that an AuthSig obtained with one set of auth methods is
     * never reused for another (an EthWallet auth method counts as its wallet's address once its signature
     * verifies; any other by its exact token). A Lit Action in the request narrows it further in
     * {@link SessionSigIssuer}.
     */
    @Override
    public SessionIdentity identity() {
        return identity;
    }

    /**
     * Builds the PKP's SIWE (§7.3: the PKP statement, the session capability statement, the ReCap of the
     * requests) and has the nodes sign it.
     *
     * @throws InvalidInputException if there are neither auth methods nor a Lit Action to authenticate with
     * @throws dev.lit4j.domain.port.NodeException if too few nodes sign, naming each node's error
     */
    @Override
    public AuthSig authenticate(AuthRequest request) {
        if (authMethods.isEmpty() && request.litActionCode() == null && request.litActionIpfsId() == null) {
            throw new InvalidInputException(
                    "authMethods",
                    "a PKP session needs at least one auth method or a"
                            + " custom-auth Lit Action (litActionCode or litActionIpfsId)");
        }
        LitSiweBuilder siwe = LitSiweBuilder.create(pkp.ethAddress(), request.nonce(), clock.instant())
                .domain(Objects.requireNonNullElse(request.domain(), DEFAULT_DOMAIN))
                .statement(STATEMENT + " " + request.statement())
                .uri(request.uri())
                .expiration(request.expiration())
                .resources(request.resourceAbilityRequests());
        return nodes.signSessionKey(new SignSessionKeyRequest(
                request.sessionKey(),
                authMethods,
                pkp,
                siwe.build().render(),
                request.litActionCode(),
                request.litActionIpfsId(),
                request.jsParams()));
    }
}
