package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signer modules in a strict injector: Stage.PRODUCTION, explicit bindings only. */
class WalletSignerModulesTest {
    private static final PrivateKeyWalletSigner HARDHAT =
            PrivateKeyWalletSigner.fromHex(FakeWalletSigner.HARDHAT_KEY_0);
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void thePrivateKeyModuleBindsItsSignerAndTheWalletAuthStep() {
        Injector injector = strict(new PrivateKeyWalletSignerModule(HARDHAT));
        assertSame(HARDHAT, injector.getInstance(WalletSigner.class));
        AuthSigner auth = injector.getInstance(AuthSigner.class);
        assertInstanceOf(WalletAuthSigner.class, auth);
        assertEquals(HARDHAT.address().checksummed(), auth.identity().id());
    }

    @Test
    void theSignerModulesBindNoClock() {
        CreationException e = assertThrows(
                CreationException.class, () -> strictWithoutClock(new PrivateKeyWalletSignerModule(HARDHAT)));
        assertEquals(1, e.getErrorMessages().size(), e.getMessage());
        assertTrue(
                e.getMessage().contains("Explicit bindings are required and Clock is not explicitly bound."),
                e.getMessage());
    }

    @Test
    void aUsersOwnWalletSignerThroughOptionalBinderReplacesTheDefault() {
        FakeWalletSigner mine = FakeWalletSigner.random();
        Injector injector = strict(
                new PrivateKeyWalletSignerModule(HARDHAT),
                binder -> OptionalBinder.newOptionalBinder(binder, WalletSigner.class)
                        .setBinding()
                        .toInstance(mine));
        assertSame(mine, injector.getInstance(WalletSigner.class));
        AuthSig authSig = injector.getInstance(AuthSigner.class).authenticate(request());
        assertEquals(mine.address().checksummed(), authSig.address());
        assertEquals(1, mine.signatures(), "the AuthSig was signed by the user's signer");
    }

    @Test
    void aUsersOwnWalletSignerThroughModulesOverrideReplacesTheDefault() {
        FakeWalletSigner mine = FakeWalletSigner.random();
        Injector injector = strict(Modules.override(new PrivateKeyWalletSignerModule(HARDHAT))
                .with(binder -> binder.bind(WalletSigner.class).toInstance(mine)));
        assertSame(mine, injector.getInstance(WalletSigner.class));
        assertEquals(
                mine.address().checksummed(),
                injector.getInstance(AuthSigner.class).identity().id());
    }

    @Test
    void aUsersOwnSignerNeedsOnlyTheWalletAuthSignerModule() {
        FakeWalletSigner mine = FakeWalletSigner.random();
        Injector injector = strict(
                new WalletAuthSignerModule(),
                new WalletAuthSignerModule(),
                binder -> binder.bind(WalletSigner.class).toInstance(mine));
        assertEquals(
                mine.address().checksummed(),
                injector.getInstance(AuthSigner.class).authenticate(request()).address());
    }

    @Test
    void theBoundClockDatesTheAuthSigAndAUsersAuthSignerReplacesTheDefault() {
        AuthSigner theirs = new WalletAuthSigner(FakeWalletSigner.random(), Clock.systemUTC());
        Injector injector = strict(new PrivateKeyWalletSignerModule(HARDHAT));
        assertTrue(
                injector.getInstance(AuthSigner.class)
                        .authenticate(request())
                        .signedMessage()
                        .contains("\nIssued At: 2025-01-15T10:00:00.000Z\n"),
                "the AuthSig is dated by the bound clock");

        Injector pkp = strict(
                new PrivateKeyWalletSignerModule(HARDHAT),
                binder -> OptionalBinder.newOptionalBinder(binder, AuthSigner.class)
                        .setBinding()
                        .toInstance(theirs));
        assertSame(theirs, pkp.getInstance(AuthSigner.class));
    }

    @Test
    void theWalletAuthSignerModuleMayBeInstalledTwice() {
        Injector injector = strict(new PrivateKeyWalletSignerModule(HARDHAT), new WalletAuthSignerModule());
        assertEquals(
                HARDHAT.address().checksummed(),
                injector.getInstance(AuthSigner.class).identity().id());
        assertEquals(new WalletAuthSignerModule(), new WalletAuthSignerModule());
        assertEquals(new WalletAuthSignerModule().hashCode(), new WalletAuthSignerModule().hashCode());
    }

    @Test
    void twoSignerModulesAtOnceAreAnError() {
        assertThrows(
                CreationException.class,
                () -> strict(
                        new PrivateKeyWalletSignerModule(HARDHAT),
                        new PrivateKeyWalletSignerModule(PrivateKeyWalletSigner.generate())));
    }

    @Test
    void thePkcs11ModuleTouchesNoHsmUntilASignerIsNeeded() {
        Path missing = temp.resolve("libvendor-pkcs11.so");
        Module module = new Pkcs11WalletSignerModule(missing, "token", "wallet", Pkcs11Pin.of("pin".toCharArray()));
        Injector injector = strict(module);

        ProvisionException error =
                assertThrows(ProvisionException.class, () -> injector.getInstance(WalletSigner.class));
        SignerException cause = assertInstanceOf(SignerException.class, error.getCause());
        assertTrue(cause.getMessage().startsWith("no PKCS#11 library at " + missing), cause.getMessage());

        FakeWalletSigner mine = FakeWalletSigner.random();
        Injector replaced = strict(
                module,
                binder -> OptionalBinder.newOptionalBinder(binder, WalletSigner.class)
                        .setBinding()
                        .toInstance(mine));
        assertSame(mine, replaced.getInstance(WalletSigner.class), "a replaced HSM default is never opened");
    }

    @Test
    void theJcaModuleOpensItsSignerOnceOnFirstUseAndRetriesAFailure() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        KeyPair keys = generator.generateKeyPair();
        AtomicInteger calls = new AtomicInteger();
        Injector injector = strict(new JcaWalletSignerModule(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new SignerException("the key store is not reachable yet");
            }
            return JcaWalletSigner.of(keys.getPrivate(), keys.getPublic(), new BouncyCastleProvider());
        }));
        assertEquals(0, calls.get(), "building the injector opens nothing");

        assertThrows(ProvisionException.class, () -> injector.getInstance(WalletSigner.class));
        WalletSigner signer = injector.getInstance(WalletSigner.class);
        assertInstanceOf(JcaWalletSigner.class, signer);
        assertSame(signer, injector.getInstance(WalletSigner.class));
        assertEquals(
                signer.address().checksummed(),
                injector.getInstance(AuthSigner.class).identity().id());
        assertEquals(2, calls.get());
    }

    @Test
    void theModulesRefuseNulls() {
        Pkcs11Pin pin = Pkcs11Pin.of("pin".toCharArray());
        Path library = temp.resolve("lib.so");
        assertEquals(
                "signer",
                assertThrows(InvalidInputException.class, () -> new PrivateKeyWalletSignerModule(null))
                        .field());
        assertEquals(
                "opener",
                assertThrows(InvalidInputException.class, () -> new JcaWalletSignerModule(null))
                        .field());
        assertEquals(
                "library",
                assertThrows(InvalidInputException.class, () -> new Pkcs11WalletSignerModule(null, "t", "k", pin))
                        .field());
        assertEquals(
                "tokenLabel",
                assertThrows(InvalidInputException.class, () -> new Pkcs11WalletSignerModule(library, null, "k", pin))
                        .field());
        assertEquals(
                "keyLabel",
                assertThrows(InvalidInputException.class, () -> new Pkcs11WalletSignerModule(library, "t", null, pin))
                        .field());
        assertEquals(
                "pin",
                assertThrows(InvalidInputException.class, () -> new Pkcs11WalletSignerModule(library, "t", "k", null))
                        .field());
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
                "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c",
                null,
                List.of(ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)),
                null,
                null,
                null);
    }
}
