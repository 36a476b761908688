package dev.lit4j.adapters.signer.wallet;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.WalletSigner;

/**
 * Binds a {@link PrivateKeyWalletSigner} as the default {@link WalletSigner}, and installs
 * {@link WalletAuthSignerModule} (the {@code AuthSigner} default). Your own
 * {@code OptionalBinder.newOptionalBinder(binder(), WalletSigner.class).setBinding()}, or
 * {@code Modules.override}, replaces it.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new Lit4jModule(), nodeModule, storeModule,
 *         new PrivateKeyWalletSignerModule(PrivateKeyWalletSigner.fromHex(System.getenv("WALLET_KEY"))));
 * }</pre>
 */
public final class PrivateKeyWalletSignerModule extends AbstractModule {
    private final PrivateKeyWalletSigner signer;

    /** @param signer the signer to bind; make it however the key is kept (hex, web3j credentials) */
    public PrivateKeyWalletSignerModule(PrivateKeyWalletSigner signer) {
        this.signer = InvalidInputException.requireNonNull("signer", signer);
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), WalletSigner.class)
                .setDefault()
                .toInstance(signer);
        install(new WalletAuthSignerModule());
    }
}
