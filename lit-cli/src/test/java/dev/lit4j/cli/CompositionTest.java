package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Binder;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.HttpNodeTransportModule;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSignerModule;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.adapters.storage.MapDbSessionStore;
import dev.lit4j.adapters.storage.MapDbSessionStoreModule;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.PkpSigner;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.guice.Lit4jModule;
import dev.lit4j.network.LocalLitNetwork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two compositions the README shows — the builder and Guice — work against real nodes. */
class CompositionTest {
    private static LocalLitNetwork network;
    private static final SessionSigsRequest REQUEST = SessionSigsRequest.builder()
            .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
            .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
            .build();

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        network = LocalLitNetwork.builder().nodeCount(3).build();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void theBuilder() {
        try (Lit4j lit = Lit4j.builder()
                .nodes(HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls()).build()))
                .store(new MapDbSessionStore(home.resolve("sessions.db")))
                .build()) {
            SessionSigs sigs = lit.sessionSigs(REQUEST, lit.wallet(PrivateKeyWalletSigner.generate()));

            assertAcceptedByEveryNode(lit, sigs);
        }
    }

    @Test
    void guiceInAStrictInjector() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Binder::requireExplicitBindings,
                new Lit4jModule(),
                new HttpNodeTransportModule(NodeTransportConfig.custom(network.nodeUrls()).build()),
                new MapDbSessionStoreModule(home.resolve("sessions.db")),
                new PrivateKeyWalletSignerModule(PrivateKeyWalletSigner.generate()));

        try (Lit4j lit = injector.getInstance(Lit4j.class)) {
            SessionSigs sigs = lit.sessionSigs(REQUEST, injector.getInstance(AuthSigner.class));

            assertAcceptedByEveryNode(lit, sigs);
            assertTrue(home.resolve("sessions.db").toFile().exists(), "the session was stored in MapDB");
        }
    }

    @Test
    void pkpSignThroughTheBuilderAndGuice() {
        PrivateKeyWalletSigner owner = PrivateKeyWalletSigner.generate();
        PkpPublicKey pkp = new PkpPublicKey(network.pkps().mint(owner.address()).publicKey());
        DataToSign data = DataToSign.hashOf("composed".getBytes(StandardCharsets.UTF_8),
                DataToSign.MessageHash.KECCAK256);
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Binder::requireExplicitBindings,
                new Lit4jModule(),
                new HttpNodeTransportModule(NodeTransportConfig.custom(network.nodeUrls()).build()),
                new MapDbSessionStoreModule(home.resolve("sessions.db")),
                new PrivateKeyWalletSignerModule(owner));
        try (Lit4j lit = Lit4j.builder()
                .nodes(HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls()).build()))
                .store(new InMemorySessionStore())
                .build();
                Lit4j composed = injector.getInstance(Lit4j.class)) {
            SessionSigs sigs = lit.sessionSigs(REQUEST, lit.wallet(owner));

            PkpSignature byBuilder = lit.pkpSign(new PkpSignRequest(data, pkp, sigs));
            PkpSignature byGuice = composed.pkpSign(new PkpSignRequest(data, pkp, sigs));
            PkpSignature byUseCase = injector.getInstance(PkpSigner.class).pkpSign(new PkpSignRequest(data, pkp, sigs));

            for (PkpSignature signature : List.of(byBuilder, byGuice, byUseCase)) {
                assertEquals(pkp.ethAddress(), signature.signature().recoverAddress(data.bytes()));
            }
        }
    }

    private static void assertAcceptedByEveryNode(Lit4j lit, SessionSigs sigs) {
        assertEquals(network.nodeUrls().size(), sigs.nodeUrls().size());
        for (String url : sigs.nodeUrls()) {
            var verification = lit.verifier(url, VerificationMode.STRICT).verify(sigs.forNode(url).orElseThrow(),
                    LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
            assertTrue(verification.isValid(), verification.describe());
        }
    }
}
