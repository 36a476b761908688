package dev.lit4j.domain.siwe;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.siwe.internal.SiweRecaps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds SIWE messages as the JS SDK's {@code createSiweMessage} / {@code createSiweMessageWithRecaps}
 * do (client spec §4.2), with the same defaults, and capacity-delegation messages (§4.3). There is no
 * hidden clock or randomness: the issue time and the nonce are given.
 *
 * <p>Each requested resource is added on its own: a fresh empty ReCap is given that one capability
 * and then added to the message ({@link SiweRecaps#addRecap}); the first is appended, later ones merge
 * into it, so the result carries one ReCap whose statement lists every resource.
 *
 * <p>Not thread-safe; build once per message.
 */
public final class LitSiweBuilder {
    /** Default domain: {@code localhost}. */
    public static final String DEFAULT_DOMAIN = "localhost";
    /** Default statement (two spaces after the first period, as in the JS SDK). */
    public static final String DEFAULT_STATEMENT = "This is a test statement.  You can put anything you want here.";
    /** Default URI: {@code https://localhost/login}. */
    public static final String DEFAULT_URI = "https://localhost/login";
    /** Default chain id: 1 (Ethereum mainnet). */
    public static final long DEFAULT_CHAIN_ID = 1;
    /** Default lifetime: 7 days after the issue time. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    /** The URI of every capacity-delegation SIWE ({@code SIWE_DELEGATION_URI}). */
    public static final String DELEGATION_URI = "lit:capability:delegation";

    private final EthAddress walletAddress;
    private final String nonce;
    private final Instant issuedAt;
    private String domain = DEFAULT_DOMAIN;
    private String statement = DEFAULT_STATEMENT;
    private String uri = DEFAULT_URI;
    private long chainId = DEFAULT_CHAIN_ID;
    private Instant expiration;
    private List<ResourceAbilityRequest> resources;

    private LitSiweBuilder(EthAddress walletAddress, String nonce, Instant issuedAt) {
        this.walletAddress = InvalidInputException.requireNonNull("walletAddress", walletAddress);
        this.nonce = InvalidInputException.requireNonNull("nonce", nonce);
        this.issuedAt = JsTime.truncate(InvalidInputException.requireNonNull("issuedAt", issuedAt));
    }

    /**
     * A builder for a message signed by {@code walletAddress}.
     *
     * @param nonce the SIWE nonce; Lit sends the latest Ethereum block hash
     * @param issuedAt the issue time (written with milliseconds, as JS does)
     */
    public static LitSiweBuilder create(EthAddress walletAddress, String nonce, Instant issuedAt) {
        return new LitSiweBuilder(walletAddress, nonce, issuedAt);
    }

    /**
     * A builder for a capacity-delegation message ({@code createCapacityDelegationAuthSig}): URI
     * {@link #DELEGATION_URI} and one request, {@code rate-limit-increase-auth} on the delegated NFT
     * with the delegation's restriction.
     */
    public static LitSiweBuilder capacityDelegation(
            EthAddress owner, String nonce, Instant issuedAt, CapacityDelegation delegation) {
        InvalidInputException.requireNonNull("capacityDelegation", delegation);
        return new LitSiweBuilder(owner, nonce, issuedAt).uri(DELEGATION_URI).resources(List.of(delegation.request()));
    }

    /**
     * A builder for a Naga payment-delegation message ({@code createPaymentDelegationAuthSig}, operations spec
     * §5.5): URI {@link #DELEGATION_URI} and one request, {@code lit-payment-delegation} on
     * {@code lit-paymentdelegation://*} with the delegation's restriction.
     */
    public static LitSiweBuilder paymentDelegation(
            EthAddress payer, String nonce, Instant issuedAt, PaymentDelegation delegation) {
        InvalidInputException.requireNonNull("paymentDelegation", delegation);
        return new LitSiweBuilder(payer, nonce, issuedAt).uri(DELEGATION_URI).resources(List.of(delegation.request()));
    }

    /** The domain; default {@link #DEFAULT_DOMAIN}. */
    public LitSiweBuilder domain(String newDomain) {
        this.domain = InvalidInputException.requireNonNull("domain", newDomain);
        return this;
    }

    /** The statement the ReCap text is appended to; default {@link #DEFAULT_STATEMENT}. */
    public LitSiweBuilder statement(String newStatement) {
        this.statement = InvalidInputException.requireNonNull("statement", newStatement);
        return this;
    }

    /** The URI, usually a session key URI {@code lit:session:<hex>}; default {@link #DEFAULT_URI}. */
    public LitSiweBuilder uri(String newUri) {
        this.uri = InvalidInputException.requireNonNull("uri", newUri);
        return this;
    }

    /** The chain id; default {@link #DEFAULT_CHAIN_ID}. */
    public LitSiweBuilder chainId(long newChainId) {
        this.chainId = newChainId;
        return this;
    }

    /** The expiration time; default the issue time plus {@link #DEFAULT_LIFETIME}. */
    public LitSiweBuilder expiration(Instant newExpiration) {
        this.expiration = InvalidInputException.requireNonNull("expiration", newExpiration);
        return this;
    }

    /**
     * The requests to carry as a ReCap, added in this order.
     *
     * @throws InvalidInputException if the list is empty
     */
    public LitSiweBuilder resources(List<ResourceAbilityRequest> requests) {
        InvalidInputException.requireNonNull("resources", requests);
        if (requests.isEmpty()) {
            throw new InvalidInputException("resources", "is empty; give at least one resource-ability request");
        }
        for (int i = 0; i < requests.size(); i++) {
            InvalidInputException.requireNonNull("resources[" + i + "]", requests.get(i));
        }
        this.resources = List.copyOf(requests);
        return this;
    }

    /**
     * The message.
     *
     * @throws InvalidInputException if a field is not valid SIWE (e.g. the nonce or the domain)
     */
    public SiweMessage build() {
        Instant expires = expiration == null ? issuedAt.plus(DEFAULT_LIFETIME) : expiration;
        SiweMessage siwe = new SiweMessage(
                domain,
                walletAddress,
                statement,
                uri,
                SiweMessage.VERSION_1,
                chainId,
                nonce,
                JsTime.format(issuedAt),
                JsTime.format(expires),
                null,
                null,
                null);
        if (resources != null) {
            for (ResourceAbilityRequest request : resources) {
                // JS verifies the fresh ReCap grants the request before adding it; withCapability
                // already refuses an ability the resource does not support, so that cannot fail here.
                Recap recap = Recap.empty().withCapability(request.resource(), request.ability(), request.data());
                siwe = SiweRecaps.addRecap(siwe, recap);
            }
        }
        return siwe;
    }
}
