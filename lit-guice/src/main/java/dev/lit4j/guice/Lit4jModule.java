package dev.lit4j.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.usecase.CapacityDelegationIssuer;
import dev.lit4j.domain.usecase.Decryptor;
import dev.lit4j.domain.usecase.LitActionExecutor;
import dev.lit4j.domain.usecase.PkpSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import java.time.Clock;

/**
 * The core of a Guice composition: binds the {@link Clock} (the system's UTC clock, a default you may
 * replace with {@code OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding()}), the use
 * cases, and the {@link Lit4j} front door, over the ports the adapter modules bind — the
 * {@link NodeTransport} ({@code HttpNodeTransportModule}), the {@link SessionStore} (a store module) and,
 * per call, an {@code AuthSigner} (a signer module).
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(Stage.PRODUCTION,
 *         new Lit4jModule(),
 *         new HttpNodeTransportModule(NodeTransportConfig.builder(LitNetwork.DATIL_DEV).build()),
 *         new MapDbSessionStoreModule(),
 *         new PrivateKeyWalletSignerModule(signer));
 * Lit4j lit = injector.getInstance(Lit4j.class);
 * }</pre>
 *
 * <p>Every binding is explicit, so the composition works in an injector that
 * {@linkplain com.google.inject.Binder#requireExplicitBindings() requires explicit bindings}. It does
 * nothing but bind; it may be installed more than once (all instances are equal).
 */
public final class Lit4jModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
        bind(SessionSigIssuer.class).in(Singleton.class);
        bind(CapacityDelegationIssuer.class).in(Singleton.class);
        bind(LitActionExecutor.class).in(Singleton.class);
        bind(Decryptor.class).in(Singleton.class);
        bind(PkpSigner.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    Lit4j lit4j(NodeTransport nodes, SessionStore store, Clock clock) {
        return Lit4j.builder().nodes(nodes).store(store).clock(clock).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lit4jModule;
    }

    @Override
    public int hashCode() {
        return Lit4jModule.class.hashCode();
    }
}
