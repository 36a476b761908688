package dev.lit4j.adapters.signer.wallet;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import java.time.Clock;

/**
 * Makes the bound {@link WalletSigner} the session's auth step: binds {@link AuthSigner} to a
 * {@link WalletAuthSigner} over it, dated by the bound {@link Clock} ({@code Lit4jModule} of
 * {@code lit-guice} binds it; this module binds only its port). The {@code AuthSigner} is a default, set
 * through {@link OptionalBinder}: bind your own with
 * {@code OptionalBinder.newOptionalBinder(binder(), AuthSigner.class).setBinding()} (a PKP signer, say).
 *
 * <p>Every signer module of this package installs it; install it yourself next to your own
 * {@code WalletSigner} binding (an HSM or KMS signer of your own). It may be installed any number of
 * times: all instances are equal, so Guice keeps one. It does nothing but bind.
 */
public final class WalletAuthSignerModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), AuthSigner.class)
                .setDefault()
                .to(WalletAuthSigner.class);
    }

    @Provides
    WalletAuthSigner walletAuthSigner(WalletSigner signer, Clock clock) {
        return new WalletAuthSigner(signer, clock);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WalletAuthSignerModule;
    }

    @Override
    public int hashCode() {
        return WalletAuthSignerModule.class.hashCode();
    }
}
