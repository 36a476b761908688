package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.PaymentDelegation;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes delegation AuthSigs: Datil capacity-credit delegations (the JS SDK's
 * {@code createCapacityDelegationAuthSig}, client spec §4.3) and Naga payment delegations (v8
 * {@code createPaymentDelegationAuthSig}, operations spec §5.5). The owner of a Capacity Credits NFT, or a payer
 * with a ledger balance, signs a SIWE with URI {@code lit:capability:delegation} whose ReCap lets the
 * delegatees spend it; the result travels in a session's capabilities, before the wallet or PKP AuthSig.
 *
 * <p>Thread-safe when the signer is.
 */
public final class CapacityDelegationIssuer {
    private final NodeTransport nodes;
    private final Clock clock;

    @Inject
    public CapacityDelegationIssuer(NodeTransport nodes, Clock clock) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
        this.clock = InvalidInputException.requireNonNull("clock", clock);
    }

    /**
     * The delegation AuthSig, expiring 7 days from now (the JS default).
     *
     * @throws dev.lit4j.domain.port.SignerException if the owner's signer fails
     * @throws dev.lit4j.domain.port.NodeException if no block hash can be had for the nonce
     */
    public AuthSig createCapacityDelegationAuthSig(WalletSigner owner, CapacityDelegation delegation) {
        Instant now = clock.instant();
        return sign(owner, delegation, now, now.plus(LitSiweBuilder.DEFAULT_LIFETIME));
    }

    /**
     * The delegation AuthSig, expiring at {@code expiration}.
     *
     * @throws InvalidInputException if {@code expiration} is not in the future
     */
    public AuthSig createCapacityDelegationAuthSig(
            WalletSigner owner, CapacityDelegation delegation, Instant expiration) {
        Instant now = clock.instant();
        requireFuture(expiration, now);
        return sign(owner, delegation, now, expiration);
    }

    /**
     * The Naga payment-delegation AuthSig, expiring 7 days from now (the JS default).
     *
     * @throws dev.lit4j.domain.port.SignerException if the payer's signer fails
     * @throws dev.lit4j.domain.port.NodeException if no block hash can be had for the nonce
     */
    public AuthSig createPaymentDelegationAuthSig(WalletSigner payer, PaymentDelegation delegation) {
        InvalidInputException.requireNonNull("payer", payer);
        Instant now = clock.instant();
        return sign(
                payer,
                LitSiweBuilder.paymentDelegation(payer.address(), nodes.latestBlockhash(), now, delegation)
                        .expiration(now.plus(LitSiweBuilder.DEFAULT_LIFETIME)));
    }

    /**
     * The Naga payment-delegation AuthSig, expiring at {@code expiration}.
     *
     * @throws InvalidInputException if {@code expiration} is not in the future
     */
    public AuthSig createPaymentDelegationAuthSig(
            WalletSigner payer, PaymentDelegation delegation, Instant expiration) {
        InvalidInputException.requireNonNull("payer", payer);
        Instant now = clock.instant();
        requireFuture(expiration, now);
        return sign(
                payer,
                LitSiweBuilder.paymentDelegation(payer.address(), nodes.latestBlockhash(), now, delegation)
                        .expiration(expiration));
    }

    private static void requireFuture(Instant expiration, Instant now) {
        InvalidInputException.requireNonNull("expiration", expiration);
        if (!expiration.isAfter(now)) {
            throw new InvalidInputException(
                    "expiration",
                    JsTime.format(expiration) + " is not in the future (now is " + JsTime.format(now) + ")");
        }
    }

    private AuthSig sign(WalletSigner owner, CapacityDelegation delegation, Instant now, Instant expiration) {
        InvalidInputException.requireNonNull("owner", owner);
        return sign(
                owner,
                LitSiweBuilder.capacityDelegation(owner.address(), nodes.latestBlockhash(), now, delegation)
                        .expiration(expiration));
    }

    private static AuthSig sign(WalletSigner signer, LitSiweBuilder siwe) {
        String message = siwe.build().render();
        return AuthSig.wallet(
                new PersonalMessageSigner(signer).sign(message),
                message,
                signer.address().checksummed());
    }
}
