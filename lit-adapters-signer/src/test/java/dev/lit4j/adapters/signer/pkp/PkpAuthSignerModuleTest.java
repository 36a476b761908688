package dev.lit4j.adapters.signer.pkp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSignerModule;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PkpAuthSignerModule} in a strict injector: Stage.PRODUCTION, explicit bindings only. */
class PkpAuthSignerModuleTest {
    /** Client spec §7.3: the secp256k1 generator as a PKP. */
    private static final PkpPublicKey PKP = new PkpPublicKey("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2"
            + "815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");

    private static final String BLOCKHASH = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final FakeWalletSigner OWNER = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private static final AuthMethod OWNER_METHOD = EthWalletAuthMethods.authenticate(OWNER, BLOCKHASH, NOW);

    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(
                    List.of("http://127.0.0.1:7470"),
                    1,
                    BlsThresholdKey.fromSeed(1, 1, 5).publicKey()),
            BLOCKHASH);

    @Test
    void bindsAPkpAuthSignerOverTheBoundNodeTransportAndClock() {
        nodes.onSignSessionKey(request -> AuthSig.wallet("0x01", request.siweMessage(), "signed by the nodes"));
        Injector injector = strict(new PkpAuthSignerModule(PKP, List.of(OWNER_METHOD)), this::bindNodes);

        AuthSigner signer = injector.getInstance(AuthSigner.class);
        assertInstanceOf(PkpAuthSigner.class, signer);
        assertEquals(
                new PkpAuthSigner(nodes, Clock.fixed(NOW, ZoneOffset.UTC), PKP, List.of(OWNER_METHOD)).identity(),
                signer.identity(),
                "the PKP and the owner's auth method");
        AuthSig authSig = signer.authenticate(request());

        SignSessionKeyRequest sent = nodes.signSessionKeyRequests().get(0);
        assertEquals(PKP, sent.pkpPublicKey());
        assertEquals(List.of(OWNER_METHOD), sent.authMethods());
        SiweMessage siwe = SiweMessage.parse(authSig.signedMessage());
        assertEquals(PKP.ethAddress(), siwe.address());
        assertEquals("2025-01-15T10:00:00.000Z", siwe.issuedAt(), "dated by the bound clock");
    }

    @Test
    void bindsNoClock() {
        CreationException e = assertThrows(
                CreationException.class,
                () -> strictWithoutClock(new PkpAuthSignerModule(PKP, List.of()), this::bindNodes));
        assertEquals(1, e.getErrorMessages().size(), e.getMessage());
        assertTrue(
                e.getMessage().contains("Explicit bindings are required and Clock is not explicitly bound."),
                e.getMessage());
    }

    @Test
    void aUsersOwnAuthSignerThroughOptionalBinderReplacesTheDefault() {
        AuthSigner mine = new WalletAuthSigner(FakeWalletSigner.random(), Clock.systemUTC());
        Injector injector = strict(
                new PkpAuthSignerModule(PKP, List.of(OWNER_METHOD)),
                this::bindNodes,
                binder -> OptionalBinder.newOptionalBinder(binder, AuthSigner.class)
                        .setBinding()
                        .toInstance(mine));
        assertSame(mine, injector.getInstance(AuthSigner.class));
    }

    @Test
    void aUsersOwnAuthSignerThroughModulesOverrideReplacesTheDefault() {
        AuthSigner mine = new WalletAuthSigner(FakeWalletSigner.random(), Clock.systemUTC());
        Injector injector = strict(
                Modules.override(new PkpAuthSignerModule(PKP, List.of()))
                        .with(binder -> binder.bind(AuthSigner.class).toInstance(mine)),
                this::bindNodes);
        assertSame(mine, injector.getInstance(AuthSigner.class));
    }

    @Test
    void takesPrecedenceOverAWalletSignerModuleThroughModulesOverride() {
        PrivateKeyWalletSigner owner = PrivateKeyWalletSigner.fromHex(FakeWalletSigner.HARDHAT_KEY_0);
        Injector injector = strict(
                Modules.override(new PrivateKeyWalletSignerModule(owner))
                        .with(new PkpAuthSignerModule(PKP, List.of(OWNER_METHOD))),
                this::bindNodes);

        assertInstanceOf(PkpAuthSigner.class, injector.getInstance(AuthSigner.class));
        assertSame(
                owner, injector.getInstance(WalletSigner.class), "the wallet stays bound, e.g. to delegate capacity");
    }

    @Test
    void besideAWalletSignerModuleWithoutOverrideIsABindingConflict() {
        CreationException e = assertThrows(
                CreationException.class,
                () -> strict(
                        new PrivateKeyWalletSignerModule(PrivateKeyWalletSigner.generate()),
                        new PkpAuthSignerModule(PKP, List.of()),
                        this::bindNodes));
        assertEquals(1, e.getErrorMessages().size(), e.getMessage());
        assertTrue(e.getMessage().contains("AuthSigner"), e.getMessage());
    }

    @Test
    void needsABoundNodeTransport() {
        CreationException e =
                assertThrows(CreationException.class, () -> strict(new PkpAuthSignerModule(PKP, List.of())));
        assertTrue(e.getMessage().contains(NodeTransport.class.getName()), e.getMessage());
    }

    @Test
    void refusesNulls() {
        assertEquals(
                "pkpPublicKey: is missing",
                assertThrows(InvalidInputException.class, () -> new PkpAuthSignerModule(null, List.of()))
                        .getMessage());
        assertEquals(
                "authMethods: is missing",
                assertThrows(InvalidInputException.class, () -> new PkpAuthSignerModule(PKP, null))
                        .getMessage());
    }

    private void bindNodes(com.google.inject.Binder binder) {
        binder.bind(NodeTransport.class).toInstance(nodes);
    }

    /** A strict injector with the {@link Clock} that {@code Lit4jModule} binds in a real composition. */
    private static Injector strict(Module... modules) {
        List<Module> all = new ArrayList<>(List.of(modules));
        all.add(binder -> binder.bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC)));
        return strictWithoutClock(all.toArray(Module[]::new));
    }

    private static Injector strictWithoutClock(Module... modules) {
        List<Module> all = new ArrayList<>(List.of(modules));
        all.add(binder -> binder.requireExplicitBindings());
        return Guice.createInjector(Stage.PRODUCTION, all);
    }

    private static AuthRequest request() {
        SessionKeyPair sessionKey = SessionKeyPair.generate();
        return new AuthRequest(
                "ethereum",
                "",
                List.of(),
                NOW.plus(Duration.ofDays(1)),
                sessionKey.uri(),
                sessionKey.publicKey(),
                BLOCKHASH,
                null,
                List.of(ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)),
                null,
                null,
                null);
    }
}
