package dev.lit4j.guice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.usecase.CapacityDelegationIssuer;
import dev.lit4j.domain.usecase.Decryptor;
import dev.lit4j.domain.usecase.PkpSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Lit4jModuleTest {
    private static final BlsPublicKey NETWORK_KEY = BlsPublicKey.parse(
            "networkKey",
            "a6f7c284ac766db1b43f8c65d8ff15c7271a05b0863b5205d96459fd32aa353e9390ce0626560fb76720c1a5c8ca6902");
    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(List.of("http://127.0.0.1:7470"), 1, NETWORK_KEY), "0x" + "cd".repeat(32));
    private final FakeSessionStore store = new FakeSessionStore();

    @Test
    void composesTheFrontDoorAndTheUseCasesInAStrictInjector() {
        Injector injector = strict(new Lit4jModule());

        Lit4j lit = injector.getInstance(Lit4j.class);
        assertSame(nodes, lit.nodes());
        assertSame(store, lit.store());
        assertSame(lit, injector.getInstance(Lit4j.class), "one front door per injector");
        assertSame(injector.getInstance(SessionSigIssuer.class), injector.getInstance(SessionSigIssuer.class));
        assertSame(
                injector.getInstance(CapacityDelegationIssuer.class),
                injector.getInstance(CapacityDelegationIssuer.class));
        assertSame(injector.getInstance(Decryptor.class), injector.getInstance(Decryptor.class));
        assertSame(injector.getInstance(PkpSigner.class), injector.getInstance(PkpSigner.class));
        assertEquals(Clock.systemUTC(), injector.getInstance(Clock.class));
    }

    @Test
    void aUsersClockReplacesTheDefault() {
        FakeClock clock = new FakeClock(Instant.parse("2026-03-01T08:00:00Z"));
        Injector injector = strict(
                new Lit4jModule(),
                binder -> OptionalBinder.newOptionalBinder(binder, Clock.class)
                        .setBinding()
                        .toInstance(clock));

        assertSame(clock, injector.getInstance(Clock.class));
    }

    @Test
    void mayBeInstalledMoreThanOnce() {
        Injector injector = strict(new Lit4jModule(), new Lit4jModule());

        assertSame(nodes, injector.getInstance(Lit4j.class).nodes());
    }

    private Injector strict(Module... modules) {
        List<Module> all = new ArrayList<>(List.of(modules));
        all.add(binder -> {
            binder.requireExplicitBindings();
            binder.bind(NodeTransport.class).toInstance(nodes);
            binder.bind(SessionStore.class).toInstance(store);
        });
        return Guice.createInjector(Stage.PRODUCTION, all);
    }
}
