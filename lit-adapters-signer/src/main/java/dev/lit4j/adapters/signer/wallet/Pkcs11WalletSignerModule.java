package dev.lit4j.adapters.signer.wallet;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.WalletSigner;
import java.nio.file.Path;

/**
 * Binds a {@link Pkcs11WalletSigner} as the default {@link WalletSigner}, and installs
 * {@link WalletAuthSignerModule}. Nothing touches the HSM while the injector is built: the library is
 * loaded, the token opened and the user logged in when a signer is first needed, and never if the
 * default was replaced (by your own {@code OptionalBinder.newOptionalBinder(binder(),
 * WalletSigner.class).setBinding()} or {@code Modules.override}). The token then stays open for the life
 * of the process; open a {@link Pkcs11Token} yourself when you must close it.
 *
 * <pre>{@code
 * new Pkcs11WalletSignerModule(Path.of("/usr/lib/softhsm/libsofthsm2.so"), "lit4j", "wallet",
 *         Pkcs11Pin.fromEnvironment("HSM_PIN"))
 * }</pre>
 */
public final class Pkcs11WalletSignerModule extends AbstractModule {
    private final Path library;
    private final String tokenLabel;
    private final String keyLabel;
    private final Pkcs11Pin pin;

    /** See {@link Pkcs11Token#open} and {@link Pkcs11Token#walletSigner} for the arguments. */
    public Pkcs11WalletSignerModule(Path library, String tokenLabel, String keyLabel, Pkcs11Pin pin) {
        this.library = InvalidInputException.requireNonNull("library", library);
        this.tokenLabel = InvalidInputException.requireNonNull("tokenLabel", tokenLabel);
        this.keyLabel = InvalidInputException.requireNonNull("keyLabel", keyLabel);
        this.pin = InvalidInputException.requireNonNull("pin", pin);
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), WalletSigner.class)
                .setDefault()
                .toProvider(new OnFirstUse<>(this::open));
        install(new WalletAuthSignerModule());
    }

    private WalletSigner open() {
        Pkcs11Token token = Pkcs11Token.open(library, tokenLabel, pin);
        try {
            return token.walletSigner(keyLabel);
        } catch (RuntimeException e) {
            token.close();
            throw e;
        }
    }
}
