package dev.lit4j.adapters.signer.e2e;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.lit4j.adapters.signer.pkp.PkpAuthSignerModule;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.AuthSigRejectedException;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.Pkp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PKP session sigs with an EthWallet auth method end to end ({@code getPkpSessionSigs}): the nodes of a
 * local network check the wallet's auth method against the PKP's permissions and BLS-sign the session key
 * through {@code HttpNodeTransport}; every node then accepts its own session sig on
 * {@code /web/pkp/sign/v1} and returns the PKP's signature — with and without a capacity delegation, and
 * wired through {@link PkpAuthSignerModule}. A PKP that does not permit the wallet is refused by the nodes,
 * and the caller sees each node's error.
 */
class PkpSessionSigsEndToEndTest {
    private static final PrivateKeyWalletSigner WALLET = PrivateKeyWalletSigner.generate();
    private static final PrivateKeyWalletSigner CAPACITY_OWNER = PrivateKeyWalletSigner.generate();
    private static final EthAddress SOMEONE_ELSE =
            PrivateKeyWalletSigner.generate().address();

    private static EndToEndNetwork local;
    private static PkpPublicKey ownedPkp;

    @BeforeAll
    static void start() {
        local = EndToEndNetwork.start(32);
        ownedPkp = local.mint(WALLET.address());
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void aPkpOwnedByTheWalletSignsOnEveryNode() {
        Lit4j lit = local.lit();
        SessionSigs sigs = lit.sessionSigs(request(ownedPkp).build(), lit.pkp(ownedPkp, List.of(walletMethod(lit))));
        local.assertEveryNodeSignsWith(sigs, ownedPkp);
    }

    @Test
    void aPkpThatPermitsTheWalletsAddressSignsOnEveryNode() {
        Pkp minted = local.network.pkps().mint(SOMEONE_ELSE);
        local.network.pkps().permitAddress(minted.tokenId(), WALLET.address(), AuthMethodScope.PERSONAL_SIGN);
        PkpPublicKey pkp = EndToEndNetwork.publicKey(minted);
        Lit4j lit = local.lit();

        local.assertEveryNodeSignsWith(
                lit.sessionSigs(request(pkp).build(), lit.pkp(pkp, List.of(walletMethod(lit)))), pkp);
    }

    @Test
    void aPkpSessionWithACapacityDelegationSignsOnEveryNode() {
        Lit4j lit = local.lit();
        AuthSig delegation = lit.capacityDelegation(
                CAPACITY_OWNER,
                new CapacityDelegation("12", List.of(ownedPkp.ethAddress().checksummed()), null));

        SessionSigs sigs = lit.sessionSigs(
                request(ownedPkp).capabilityAuthSig(delegation).build(), lit.pkp(ownedPkp, List.of(walletMethod(lit))));

        local.assertEveryNodeSignsWith(sigs, ownedPkp);
        local.assertDelegatedTo(lit, sigs, ownedPkp, ownedPkp.ethAddress(), delegation);
    }

    @Test
    void thePkpAuthSignerModuleWiresTheSameFlow() {
        Lit4j lit = local.lit();
        Injector injector = Guice.createInjector(
                Stage.PRODUCTION, new PkpAuthSignerModule(ownedPkp, List.of(walletMethod(lit))), binder -> {
                    binder.requireExplicitBindings();
                    binder.bind(NodeTransport.class).toInstance(local.transport);
                    binder.bind(Clock.class).toInstance(local.clock);
                });
        AuthSigner signer = injector.getInstance(AuthSigner.class);
        assertInstanceOf(PkpAuthSigner.class, signer);

        local.assertEveryNodeSignsWith(lit.sessionSigs(request(ownedPkp).build(), signer), ownedPkp);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 30, 60})
    void aClientClockUpTo60SecondsBehindTheNodesGetsAPkpSession(int secondsBehind) {
        Lit4j lit = local.lit(Clock.offset(local.clock, Duration.ofSeconds(-secondsBehind)));
        AuthMethod wallet = EthWalletAuthMethods.authenticate(
                WALLET, lit.nodes().latestBlockhash(), local.clock.instant().minusSeconds(secondsBehind));

        SessionSigs sigs = lit.sessionSigs(request(ownedPkp).build(), lit.pkp(ownedPkp, List.of(wallet)));

        local.assertEveryNodeSignsWith(sigs, ownedPkp);
    }

    @Test
    void aClientClockMoreThan60SecondsBehindTheNodesRefusesTheNodesAuthSig() {
        Lit4j lit = local.lit(Clock.offset(local.clock, Duration.ofSeconds(-61)));
        AuthMethod wallet = EthWalletAuthMethods.authenticate(
                WALLET, lit.nodes().latestBlockhash(), local.clock.instant().minusSeconds(61));

        AuthSigRejectedException e = assertThrows(
                AuthSigRejectedException.class,
                () -> lit.sessionSigs(request(ownedPkp).build(), lit.pkp(ownedPkp, List.of(wallet))));

        assertTrue(
                e.getMessage()
                        .endsWith(" cannot be used for this session: its SIWE is issued at"
                                + " 2026-02-02T09:00:00Z, 61 s after now (2026-02-02T08:58:59Z); at most 60 s are allowed for the"
                                + " difference between the clocks"),
                e.getMessage());
    }

    @Test
    void aPkpWhosePermissionsLackTheWalletIsRefusedWithEachNodesError() {
        PkpPublicKey notPermitting = local.mint(SOMEONE_ELSE);
        Lit4j lit = local.lit();

        NodeException refusal = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request(notPermitting).build(), lit.pkp(notPermitting, List.of(walletMethod(lit)))));

        local.assertRefusedByTheNodes(refusal, "NodeAuthSigScopeTooLimited", 401);
    }

    private static AuthMethod walletMethod(Lit4j lit) {
        return EthWalletAuthMethods.authenticate(WALLET, lit.nodes().latestBlockhash(), local.clock.instant());
    }

    private static SessionSigsRequest.Builder request(PkpPublicKey pkp) {
        return SessionSigsRequest.builder().resource(LitResource.pkp(pkp.tokenId()), LitAbility.PKP_SIGNING);
    }
}
