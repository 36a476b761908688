package dev.lit4j.domain.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import java.time.Clock;

/**
 * The auth step for an Ethereum account: signs, with EIP-191, a SIWE message whose ReCap delegates
 * the requested resources and abilities to the session key — what the JS SDK's usual
 * {@code authNeededCallback} does with {@code createSiweMessageWithRecaps} and {@code generateAuthSig}
 * (client spec §6.3). Any {@link WalletSigner} serves: a key in memory, a JCA or PKCS#11 key.
 *
 * <p>Thread-safe when the signer is.
 */
public final class WalletAuthSigner implements AuthSigner {
    private final PersonalMessageSigner signer;
    private final Clock clock;

    public WalletAuthSigner(WalletSigner signer, Clock clock) {
        this.signer = new PersonalMessageSigner(InvalidInputException.requireNonNull("signer", signer));
        this.clock = InvalidInputException.requireNonNull("clock", clock);
    }

    @Override
    public SessionIdentity identity() {
        return new SessionIdentity(SessionIdentity.Kind.WALLET, signer.address().checksummed());
    }

    @Override
    public AuthSig authenticate(AuthRequest request) {
        LitSiweBuilder builder = LitSiweBuilder.create(signer.address(), request.nonce(), clock.instant())
                .uri(request.uri())
                .expiration(request.expiration())
                .resources(request.resourceAbilityRequests());
        String domain = request.domain();
        if (domain != null) {
            builder.domain(domain);
        }
        SiweMessage siwe = builder.build();
        String message = siwe.render();
        return AuthSig.wallet(signer.sign(message), message, signer.address().checksummed());
    }
}
