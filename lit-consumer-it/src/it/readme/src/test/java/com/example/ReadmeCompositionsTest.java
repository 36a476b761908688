package com.example;

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
import dev.lit4j.adapters.storage.MapDbSessionStore;
import dev.lit4j.adapters.storage.MapDbSessionStoreModule;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.guice.Lit4jModule;
import dev.lit4j.network.LocalLitNetwork;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's two compositions, as a user's project compiles and runs them, against a local network. */
class ReadmeCompositionsTest {
    private static LocalLitNetwork network;

    @TempDir
    Path dir;

    @BeforeAll
    static void startNetwork() {
        network = LocalLitNetwork.builder().nodeCount(3).build();
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    private static SessionSigsRequest request() {
        return SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .build();
    }

    @Test
    void theBuilder() {
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(3).build();    // real nodes on 127.0.0.1
                Lit4j lit = Lit4j.builder()
                        .nodes(HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls()).build()))
                        // on Datil: NodeTransportConfig.builder(LitNetwork.DATIL_DEV).build()
                        .store(new MapDbSessionStore(dir.resolve("sessions.db")))
                        .build()) {
            SessionSigsRequest request = SessionSigsRequest.builder()
                    .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                    .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                    .build();                                                   // 24 h unless you set .expiration(…)
            SessionSigs sigs = lit.sessionSigs(request, lit.wallet(PrivateKeyWalletSigner.generate()));
            String json = SessionSigsJson.toJson(sigs);                        // {"http://127.0.0.1:port": {…}, …}

            // check a session sig exactly as that node would, and say why not
            String nodeUrl = sigs.nodeUrls().get(0);
            SessionSigVerification check = lit.verifier(nodeUrl, VerificationMode.STRICT)
                    .verify(sigs.forNode(nodeUrl).orElseThrow(), LitResource.wildcard(ResourcePrefix.PKP),
                            LitAbility.PKP_SIGNING);
            assertTrue(check.valid(), check.describe());
            assertEquals(json, SessionSigsJson.toJson(SessionSigsJson.parse(json)));
            assertAcceptedByEveryNode(network, lit, sigs);
        }
    }

    @Test
    void guiceInAStrictInjector() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Binder::requireExplicitBindings,
                new Lit4jModule(),
                new HttpNodeTransportModule(NodeTransportConfig.custom(network.nodeUrls()).build()),
                new MapDbSessionStoreModule(dir.resolve("sessions.db")),        // or JdbcSessionStoreModule
                new PrivateKeyWalletSignerModule(PrivateKeyWalletSigner.generate()));   // or Pkcs11WalletSignerModule
        SessionSigsRequest request = request();
        try (Lit4j lit = injector.getInstance(Lit4j.class)) {
            SessionSigs sigs = lit.sessionSigs(request, injector.getInstance(AuthSigner.class));

            assertAcceptedByEveryNode(network, lit, sigs);
            assertTrue(dir.resolve("sessions.db").toFile().exists(), "the session was stored in MapDB");
        }
    }

    private static void assertAcceptedByEveryNode(LocalLitNetwork network, Lit4j lit, SessionSigs sigs) {
        assertEquals(network.nodeUrls().size(), sigs.nodeUrls().size());
        for (String nodeUrl : sigs.nodeUrls()) {
            SessionSigVerification check = lit.verifier(nodeUrl, VerificationMode.STRICT)
                    .verify(sigs.forNode(nodeUrl).orElseThrow(), LitResource.wildcard(ResourcePrefix.PKP),
                            LitAbility.PKP_SIGNING);
            assertTrue(check.valid(), check.describe());
        }
    }

    /** What Maven resolved for this project: one Kotlin, and a Guava as new as Guice 7 needs. */
    @Test
    void theResolvedClassPath() {
        List<String> jars = Arrays.asList(System.getProperty("surefire.test.class.path").split(File.pathSeparator));
        Pattern kotlin = Pattern.compile(".*/org/jetbrains/kotlin/[^/]+/([^/]+)/[^/]+\\.jar");
        assertEquals(List.of("1.9.25"), jars.stream().map(kotlin::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).distinct().toList(), "Kotlin versions on the class path");
        Pattern guava = Pattern.compile(".*/com/google/guava/guava/(\\d+)\\.[^/]+/[^/]+\\.jar");
        List<Integer> guavaMajors = jars.stream().map(guava::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertEquals(1, guavaMajors.size(), "one Guava: " + guavaMajors);
        assertTrue(guavaMajors.get(0) >= 31, "Guice 7 needs Guava 31 or later, got " + guavaMajors);
    }
}
