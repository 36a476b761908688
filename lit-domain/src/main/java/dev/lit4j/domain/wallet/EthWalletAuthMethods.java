package dev.lit4j.domain.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes EthWallet auth methods (type 1, client spec §7.10): a wallet's EIP-191 signature of a plain SIWE
 * (no statement, no ReCap), whose AuthSig JSON is the access token — what the JS SDK's
 * {@code EthWalletProvider.authenticate} returns outside a browser (§4.4). The nodes check it when they
 * sign a PKP session key, and let the wallet use a PKP it owns or that permits its address.
 *
 * <p>The SIWE has no hidden clock or randomness: the nonce (the latest block hash, which the nodes look
 * up) and the issue time are given. Stateless.
 */
public final class EthWalletAuthMethods {
    /** The SIWE domain outside a browser: {@code localhost}. */
    public static final String DEFAULT_DOMAIN = "localhost";
    /** The SIWE URI outside a browser: {@code http://localhost}. */
    public static final String DEFAULT_URI = "http://localhost";
    /** How long the auth method is valid by default: 24 hours after the issue time. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    /** The chain id of the SIWE: Ethereum mainnet, as for the JS SDK's default chain {@code ethereum}. */
    public static final long CHAIN_ID = 1;

    private static final String SESSION_URI_PREFIX = "lit:session";

    private EthWalletAuthMethods() {}

    /**
     * The EthWallet auth method of {@code wallet} with the JS defaults: domain {@value #DEFAULT_DOMAIN},
     * URI {@value #DEFAULT_URI}, valid 24 hours from {@code issuedAt}.
     *
     * @param nonce the SIWE nonce: the latest Ethereum block hash ({@code NodeTransport.latestBlockhash()})
     * @param issuedAt the issue time, written with milliseconds as JS does
     * @throws InvalidInputException if the nonce is not a valid SIWE nonce
     * @throws dev.lit4j.domain.port.SignerException if the wallet cannot sign
     */
    public static AuthMethod authenticate(WalletSigner wallet, String nonce, Instant issuedAt) {
        InvalidInputException.requireNonNull("issuedAt", issuedAt);
        return authenticate(wallet, nonce, issuedAt, issuedAt.plus(DEFAULT_LIFETIME));
    }

    /**
     * The EthWallet auth method of {@code wallet}, valid until {@code expiration}, with the JS defaults for
     * the domain ({@value #DEFAULT_DOMAIN}) and URI ({@value #DEFAULT_URI}).
     *
     * @throws InvalidInputException if {@code expiration} is not after {@code issuedAt}, or the nonce is not
     *     a valid SIWE nonce
     * @throws dev.lit4j.domain.port.SignerException if the wallet cannot sign
     */
    public static AuthMethod authenticate(WalletSigner wallet, String nonce, Instant issuedAt, Instant expiration) {
        return authenticate(wallet, nonce, issuedAt, expiration, DEFAULT_DOMAIN, DEFAULT_URI);
    }

    /**
     * The EthWallet auth method of {@code wallet}, with every SIWE field chosen.
     *
     * @param expiration when the nodes stop accepting it; after {@code issuedAt}
     * @param domain the SIWE domain (an RFC 3986 authority, e.g. {@code app.example.com})
     * @param uri the SIWE URI (e.g. the app's origin); not a {@code lit:session:} or
     *     {@code lit:capability:delegation} URI, which the nodes refuse in an auth method
     * @throws InvalidInputException naming the field: a missing value, an expiration not after the issue
     *     time, or a nonce, domain or URI that SIWE does not allow
     * @throws dev.lit4j.domain.port.SignerException if the wallet cannot sign
     */
    public static AuthMethod authenticate(
            WalletSigner wallet, String nonce, Instant issuedAt, Instant expiration, String domain, String uri) {
        InvalidInputException.requireNonNull("wallet", wallet);
        InvalidInputException.requireNonNull("nonce", nonce);
        InvalidInputException.requireNonNull("issuedAt", issuedAt);
        InvalidInputException.requireNonNull("expiration", expiration);
        InvalidInputException.requireNonNull("domain", domain);
        InvalidInputException.requireNonNull("uri", uri);
        Instant issued = JsTime.truncate(issuedAt);
        Instant expires = JsTime.truncate(expiration);
        if (!expires.isAfter(issued)) {
            throw new InvalidInputException(
                    "expiration", JsTime.format(expires) + " is not after the issue time " + JsTime.format(issued));
        }
        if (uri.startsWith(SESSION_URI_PREFIX) || uri.startsWith(LitSiweBuilder.DELEGATION_URI)) {
            throw new InvalidInputException(
                    "uri",
                    "\"" + uri + "\" delegates to a session key or a capability,"
                            + " which the nodes refuse in an auth method; name the app instead, e.g. " + DEFAULT_URI);
        }
        String message = new SiweMessage(
                        domain,
                        wallet.address(),
                        null,
                        uri,
                        SiweMessage.VERSION_1,
                        CHAIN_ID,
                        nonce,
                        JsTime.format(issued),
                        JsTime.format(expires),
                        null,
                        null,
                        null)
                .render();
        String sig = new PersonalMessageSigner(wallet).sign(message);
        return AuthMethod.ethWallet(
                AuthSig.wallet(sig, message, wallet.address().checksummed()));
    }
}
