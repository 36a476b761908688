package dev.lit4j.domain;

import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.CapacityDelegationIssuer;
import dev.lit4j.domain.usecase.Decryptor;
import dev.lit4j.domain.usecase.LitActionExecutor;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.usecase.PkpSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.domain.verify.VerifiedSigCache;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import java.time.Clock;
import java.util.List;

/**
 * The front door of Lit4j: one object with the JS SDK's session calls, composed from the three ports
 * a program chooses — how it reaches the Lit nodes, where it keeps sessions, and (per call) who signs.
 *
 * <pre>{@code
 * Lit4j lit = Lit4j.builder()
 *         .nodes(HttpNodeTransport.create(NodeTransportConfig.builder(LitNetwork.DATIL_DEV).build()))
 *         .store(new MapDbSessionStore(Path.of("sessions.db")))
 *         .build();
 * SessionSigs sigs = lit.sessionSigs(request, lit.wallet(signer));
 * }</pre>
 *
 * <p>Thread-safe when the ports are. The same composition is available through Guice ({@code Lit4jModule}
 * of {@code lit-guice}). {@link #close()} closes the ports it was built with that hold resources (a
 * MapDB file, a database pool): build it in a try-with-resources block, or close it when the program ends.
 */
public final class Lit4j implements AutoCloseable {
    private final NodeTransport nodes;
    private final SessionStore store;
    private final Clock clock;
    private final SessionSigIssuer issuer;
    private final CapacityDelegationIssuer delegations;
    private final LitActionExecutor actions;
    private final Decryptor decryptor;
    private final PkpSigner pkpSigner;
    private final VerifiedSigCache verifiedSigs = new VerifiedSigCache(10_000);

    private Lit4j(Builder builder) {
        this.nodes = InvalidInputException.requireNonNull("nodes", builder.nodes);
        this.store = InvalidInputException.requireNonNull("store", builder.store);
        this.clock = builder.clock;
        this.issuer = new SessionSigIssuer(nodes, store, clock);
        this.delegations = new CapacityDelegationIssuer(nodes, clock);
        this.actions = new LitActionExecutor(nodes);
        this.decryptor = new Decryptor(nodes);
        this.pkpSigner = new PkpSigner(nodes, clock);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The node transport. */
    public NodeTransport nodes() {
        return nodes;
    }

    /** The session store. */
    public SessionStore store() {
        return store;
    }

    /**
     * Session sigs for every connected node ({@code getSessionSigs}), signed by {@code signer}'s identity.
     *
     * @see SessionSigIssuer#getSessionSigs
     */
    public SessionSigs sessionSigs(SessionSigsRequest request, AuthSigner signer) {
        return issuer.getSessionSigs(request, signer);
    }

    /** The auth step of an Ethereum account: a SIWE with a ReCap, personal-signed by {@code signer}. */
    public AuthSigner wallet(WalletSigner signer) {
        return new WalletAuthSigner(signer, clock);
    }

    /**
     * The auth step of a PKP ({@code getPkpSessionSigs}; with a Lit Action's code or IPFS id in the
     * request, {@code getLitActionSessionSigs}): the nodes check {@code authMethods} or run the action and
     * BLS-sign the session key.
     */
    public AuthSigner pkp(PkpPublicKey pkp, List<AuthMethod> authMethods) {
        return new PkpAuthSigner(nodes, clock, pkp, authMethods);
    }

    /**
     * A capacity-credit delegation signed by the NFT's owner ({@code createCapacityDelegationAuthSig}),
     * valid for 7 days; add it with {@link SessionSigsRequest.Builder#capabilityAuthSig}.
     */
    public AuthSig capacityDelegation(WalletSigner owner, CapacityDelegation delegation) {
        return delegations.createCapacityDelegationAuthSig(owner, delegation);
    }

    /**
     * Runs a Lit Action on the nodes with these session sigs and merges their answers ({@code executeJs}):
     * the chosen response, each {@code sigName}'s combined signature, the claims and the logs.
     *
     * @see LitActionExecutor#executeJs
     */
    public ExecuteJsResult executeJs(ExecuteJsRequest request, SessionSigs sessionSigs) {
        return actions.executeJs(request, sessionSigs);
    }

    /**
     * Encrypts {@code plaintext} so that only who meets {@code conditions} can decrypt it ({@code encrypt}):
     * local, under the connected network's key.
     *
     * @see Decryptor#encrypt
     */
    public EncryptedData encrypt(AccessControlConditions conditions, byte[] plaintext) {
        return decryptor.encrypt(conditions, plaintext);
    }

    /**
     * Decrypts {@code data} with session sigs that grant {@code access-control-condition-decryption} on
     * {@code conditions.resource(data.dataToEncryptHash())} ({@code decrypt}); the nodes check the
     * conditions against the session's user.
     *
     * @param chain the chain the nodes validate the session sigs for, e.g. {@code ethereum}
     * @see Decryptor#decrypt
     */
    public byte[] decrypt(
            EncryptedData data, AccessControlConditions conditions, String chain, SessionSigs sessionSigs) {
        return decryptor.decrypt(data, conditions, chain, sessionSigs);
    }

    /**
     * Signs 32 bytes with a PKP ({@code pkpSign}), with session sigs that grant {@code pkp-signing} on it; the
     * signature is combined from the nodes' shares and recovers to the PKP's key.
     *
     * @see PkpSigner#pkpSign
     */
    public PkpSignature pkpSign(PkpSignRequest request) {
        return pkpSigner.pkpSign(request);
    }

    /**
     * A verifier that checks session sigs as the node at {@code nodeUrl} does, against the connected
     * network's BLS key. Every verifier of this {@code Lit4j} shares one cache of verified signatures (up
     * to 10,000).
     */
    public SessionSigVerifier verifier(String nodeUrl, VerificationMode mode) {
        return SessionSigVerifier.builder(NodeAddress.fromUrl(nodeUrl), mode)
                .networkKey(nodes.network().networkPublicKey())
                .clock(clock)
                .cache(verifiedSigs)
                .build();
    }

    /**
     * Closes the session store and the node transport, each if it is {@link AutoCloseable}; a failure to
     * close one does not keep the other open.
     *
     * @throws LitException the first failure, with any later one attached as suppressed
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Object port : new Object[] {store, nodes}) {
            if (port instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    RuntimeException wrapped = e instanceof RuntimeException runtime
                            ? runtime
                            : new LitException(
                                    "could not close " + port.getClass().getSimpleName() + ": " + e.getMessage(), e);
                    if (failure == null) {
                        failure = wrapped;
                    } else {
                        failure.addSuppressed(wrapped);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Builds a {@link Lit4j}. Not thread-safe. */
    public static final class Builder {
        private NodeTransport nodes;
        private SessionStore store;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** How to reach the Lit nodes (required). */
        public Builder nodes(NodeTransport value) {
            this.nodes = InvalidInputException.requireNonNull("nodes", value);
            return this;
        }

        /** Where session keys and AuthSigs are kept (required). */
        public Builder store(SessionStore value) {
            this.store = InvalidInputException.requireNonNull("store", value);
            return this;
        }

        /** The clock; the system's UTC clock by default. */
        public Builder clock(Clock value) {
            this.clock = InvalidInputException.requireNonNull("clock", value);
            return this;
        }

        /**
         * The composed client.
         *
         * @throws InvalidInputException if the node transport or the store is missing
         */
        public Lit4j build() {
            return new Lit4j(this);
        }
    }
}
