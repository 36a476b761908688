package dev.lit4j.adapters.signer.wallet;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.WalletSigner;
import jakarta.inject.Provider;

/**
 * Binds a {@link JcaWalletSigner} as the default {@link WalletSigner}, and installs
 * {@link WalletAuthSignerModule}. The signer is made by {@code opener} when a signer is first needed,
 * not while the injector is built: loading a key store or logging in to a provider's device waits until
 * then, and never happens if the default was replaced (by your own
 * {@code OptionalBinder.newOptionalBinder(binder(), WalletSigner.class).setBinding()} or
 * {@code Modules.override}).
 *
 * <pre>{@code
 * new JcaWalletSignerModule(() -> {
 *     KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
 *     keyStore.load(null, pin);
 *     return JcaWalletSigner.of((PrivateKey) keyStore.getKey("wallet", null),
 *             keyStore.getCertificate("wallet").getPublicKey(), provider);
 * })
 * }</pre>
 */
public final class JcaWalletSignerModule extends AbstractModule {
    private final Provider<JcaWalletSigner> opener;

    /** @param opener makes the signer, once; if it throws, the next request for a signer calls it again */
    public JcaWalletSignerModule(Provider<JcaWalletSigner> opener) {
        this.opener = InvalidInputException.requireNonNull("opener", opener);
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), WalletSigner.class)
                .setDefault()
                .toProvider(new OnFirstUse<>(opener::get));
        install(new WalletAuthSignerModule());
    }
}
