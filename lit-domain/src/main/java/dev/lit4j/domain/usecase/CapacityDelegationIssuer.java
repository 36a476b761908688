package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes capacity-credit delegations: the JS SDK's {@code createCapacityDelegationAuthSig} (client
 * spec §4.3). The owner of a Capacity Credits NFT signs a SIWE with URI
 * {@code lit:capability:delegation} whose ReCap lets the delegatees spend the NFT's capacity; the
 * result travels in a session's capabilities, before the wallet or PKP AuthSig.
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
    public AuthSig createCapacityDelegationAuthSig(WalletSigner owner, CapacityDelegation delegation,
            Instant expiration) {
        Instant now = clock.instant();
        InvalidInputException.requireNonNull("expiration", expiration);
        if (!expiration.isAfter(now)) {
            throw new InvalidInputException("expiration", JsTime.format(expiration) + " is not in the future (now is "
                    + JsTime.format(now) + ")");
        }
        return sign(owner, delegation, now, expiration);
    }

    private AuthSig sign(WalletSigner owner, CapacityDelegation delegation, Instant now, Instant expiration) {
        InvalidInputException.requireNonNull("owner", owner);
        PersonalMessageSigner signer = new PersonalMessageSigner(owner);
        String message = LitSiweBuilder.capacityDelegation(owner.address(), nodes.latestBlockhash(), now, delegation)
                .expiration(expiration)
                .build()
                .render();
        return AuthSig.wallet(signer.sign(message), message, owner.address().checksummed());
    }
}
