package dev.lit4j.domain.wallet;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsTime;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import java.time.Instant;

/**
 * EthWallet auth methods (type 1, client spec §7.10): proof that a wallet controls an address, for the
 * Lit nodes to check against a PKP's owner and permitted addresses before they sign a PKP session.
 * The access token is the wallet's EIP-191 AuthSig over a plain SIWE — no ReCap, the JS defaults for
 * domain, statement and URI — as the JS SDK's EthWallet auth provider makes it.
 */
public final class EthWalletAuthMethods {
    private EthWalletAuthMethods() {
    }

    /**
     * The auth method of {@code signer}: a plain SIWE with {@code nonce} (the latest block hash, which the
     * nodes check), valid from {@code issuedAt} to {@code expiration}, personal-signed.
     *
     * @throws InvalidInputException if an argument is null or {@code expiration} is not after {@code issuedAt}
     * @throws dev.lit4j.domain.port.SignerException if the signer fails
     */
    public static AuthMethod of(WalletSigner signer, String nonce, Instant issuedAt, Instant expiration) {
        InvalidInputException.requireNonNull("signer", signer);
        InvalidInputException.requireNonNull("issuedAt", issuedAt);
        InvalidInputException.requireNonNull("expiration", expiration);
        if (!expiration.isAfter(issuedAt)) {
            throw new InvalidInputException("expiration", JsTime.format(expiration) + " is not after issuedAt "
                    + JsTime.format(issuedAt) + "; an auth method must be valid for some time");
        }
        PersonalMessageSigner personal = new PersonalMessageSigner(signer);
        String message = LitSiweBuilder.create(signer.address(), nonce, issuedAt).expiration(expiration).build()
                .render();
        return AuthMethod.ethWallet(AuthSig.wallet(personal.sign(message), message,
                signer.address().checksummed()));
    }
}
