package dev.lit4j.adapters.signer.pkp;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import java.time.Clock;
import java.util.List;

/**
 * Makes a PKP the session's auth step: binds {@link AuthSigner} to a {@link PkpAuthSigner} for one PKP
 * and its auth methods, over the bound {@link NodeTransport} (bind it yourself, e.g. with
 * {@code HttpNodeTransportModule}), dated by the bound {@link Clock} ({@code Lit4jModule} of
 * {@code lit-guice} binds it; this module binds only its port). The {@code AuthSigner} is a default, set
 * through {@link OptionalBinder}: bind your own with
 * {@code OptionalBinder.newOptionalBinder(binder(), AuthSigner.class).setBinding()} or
 * {@code Modules.override}.
 *
 * <pre>{@code
 * Guice.createInjector(new Lit4jModule(), new HttpNodeTransportModule(config), sessionStoreModule,
 *         new PkpAuthSignerModule(pkpPublicKey, List.of(authMethod)));
 * }</pre>
 *
 * <p>The auth methods are sent as given whenever the nodes sign a session key for the PKP; an EthWallet
 * auth method expires (24 hours by default), so a long-running program should make a fresh
 * {@code PkpAuthSigner} ({@code Lit4j.pkp}) when it needs one. With no auth methods, a custom-auth Lit
 * Action named in each {@code SessionSigsRequest} authenticates.
 *
 * <p>Installing it next to a wallet signer module (whose {@code WalletAuthSignerModule} also sets an
 * {@code AuthSigner} default) is a binding conflict: give it precedence with
 * {@code Modules.override(walletModule).with(pkpModule)}. It does nothing but bind.
 */
public final class PkpAuthSignerModule extends AbstractModule {
    private final PkpPublicKey pkp;
    private final List<AuthMethod> authMethods;

    /**
     * @param pkp the PKP whose sessions the nodes sign
     * @param authMethods the auth methods proving the right to use it; empty when a Lit Action decides
     */
    public PkpAuthSignerModule(PkpPublicKey pkp, List<AuthMethod> authMethods) {
        this.pkp = InvalidInputException.requireNonNull("pkpPublicKey", pkp);
        this.authMethods = List.copyOf(InvalidInputException.requireNonNull("authMethods", authMethods));
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), AuthSigner.class)
                .setDefault()
                .to(PkpAuthSigner.class);
    }

    @Provides
    PkpAuthSigner pkpAuthSigner(NodeTransport nodes, Clock clock) {
        return new PkpAuthSigner(nodes, clock, pkp, authMethods);
    }
}
