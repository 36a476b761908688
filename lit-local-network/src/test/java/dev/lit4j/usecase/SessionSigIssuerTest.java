package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.AuthRequest;
import dev.lit4j.domain.port.AuthSigner;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.usecase.AuthSigRejectedException;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionSigIssuerTest {
    private static final String VECTOR_NODE = "https://15.235.83.220:7470";
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final Instant SIWE_ISSUED_AT = Instant.parse("2025-01-15T10:00:00.000Z");
    private static final Instant SESSION_ISSUED_AT = Instant.parse("2025-01-15T10:00:05.123Z");
    private static final Instant EXPIRATION = Instant.parse("2025-01-16T10:00:00.000Z");
    private static final BlsPublicKey NETWORK_KEY =
            BlsThresholdKey.fromSeed(2, 3, 7).publicKey();

    private final FakeClock clock = new FakeClock(SESSION_ISSUED_AT);
    private final FakeSessionStore store = new FakeSessionStore();
    private final FakeNodeTransport nodes =
            new FakeNodeTransport(new ConnectedNetwork(List.of(VECTOR_NODE), 1, NETWORK_KEY), NONCE);
    private final FakeWalletSigner wallet = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private final SessionIdentity walletIdentity =
            new SessionIdentity(SessionIdentity.Kind.WALLET, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private final SessionSigIssuer issuer = new SessionSigIssuer(nodes, store, clock);

    private static SessionKeyPair vectorSessionKey() {
        return SessionKeyPair.fromSeed(Hex.decode("seed", FlowVector.get("sessionKey", "seedHex")));
    }

    private static SessionSigsRequest.Builder vectorRequest() {
        return SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .expiration(EXPIRATION);
    }

    private static AuthSig vectorEoaAuthSig() {
        return AuthSig.wallet(
                FlowVector.get("eoaAuthSig", "sig"),
                FlowVector.get("eoaAuthSig", "signedMessage"),
                FlowVector.get("eoaAuthSig", "address"));
    }

    @Test
    void reproducesTheJsSdkSessionSigWithAFreshWalletSignature() {
        WalletAuthSigner signer = new WalletAuthSigner(wallet, new FakeClock(SIWE_ISSUED_AT));

        SessionSigs sigs = issuer.getSessionSigs(
                vectorRequest().sessionKey(vectorSessionKey()).build(), signer);

        SessionSig sig = sigs.forNode(VECTOR_NODE).orElseThrow();
        assertEquals(FlowVector.get("sessionSig", "signedMessage"), sig.signedMessage());
        assertEquals(FlowVector.get("sessionSig", "sig"), sig.authSig().sig());
        assertEquals(FlowVector.get("sessionSig", "address"), sig.authSig().address());
        assertEquals(1, wallet.signatures());
        assertEquals(1, store.authSigWrites());
    }

    @Test
    void reusesAStoredAuthSigWithoutAskingTheSigner() {
        SessionKeyPair key = vectorSessionKey();
        store.putAuthSig(walletIdentity, key.publicKey(), new StoredAuthSig(vectorEoaAuthSig(), EXPIRATION));

        SessionSigs sigs =
                issuer.getSessionSigs(vectorRequest().sessionKey(key).build(), new RefusingSigner(walletIdentity));

        assertEquals(
                FlowVector.get("sessionSig", "sig"),
                sigs.forNode(VECTOR_NODE).orElseThrow().authSig().sig());
        assertEquals(0, nodes.blockhashCalls());
    }

    @Test
    void signsOneMessagePerNodeWithItsOwnAddress() {
        List<String> urls = List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471", "http://127.0.0.1:7472");
        nodes.setNetwork(new ConnectedNetwork(urls, 2, NETWORK_KEY));

        SessionSigs sigs = issuer.getSessionSigs(
                vectorRequest()
                        .expiration(SESSION_ISSUED_AT.plus(Duration.ofHours(1)))
                        .build(),
                new WalletAuthSigner(wallet, clock));

        assertEquals(urls, sigs.nodeUrls());
        Set<String> messages = new HashSet<>();
        for (String url : urls) {
            SessionSig sig = sigs.forNode(url).orElseThrow();
            sig.verifySignature();
            assertTrue(sig.signedMessage().endsWith(",\"nodeAddress\":\"" + url + "\"}"), sig.signedMessage());
            messages.add(sig.signedMessage().replace(url, "<node>"));
        }
        assertEquals(1, messages.size(), "the messages differ only in nodeAddress");
    }

    @Test
    void defaultsToTwentyFourHours() {
        SessionSigs sigs = issuer.getSessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .build(),
                new WalletAuthSigner(wallet, clock));

        assertTrue(sigs.forNode(VECTOR_NODE)
                .orElseThrow()
                .signedMessage()
                .contains("\"issuedAt\":\"2025-01-15T10:00:05.123Z\",\"expiration\":\"2025-01-16T10:00:05.123Z\""));
    }

    @Test
    void aStoredAuthSigThatExpiresBeforeTheSessionIsSignedAgain() {
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));
        SessionSigsRequest request = SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .build();
        issuer.getSessionSigs(request, signer);
        clock.advance(Duration.ofHours(23));

        SessionSigs later = issuer.getSessionSigs(request, signer);

        assertEquals(2, signer.requests.size(), "the AuthSig of T expires at T+24h, before the session of T+23h");
        SessionSignedMessage message = SessionSignedMessage.parse(
                later.forNode(VECTOR_NODE).orElseThrow().signedMessage());
        assertEquals("2025-01-16T09:00:05.123Z", message.issuedAt());
        assertEquals("2025-01-17T09:00:05.123Z", message.expiration());
        assertEquals(
                Instant.parse("2025-01-17T09:00:05.123Z"),
                SiweMessage.parse(message.capabilities().get(0).signedMessage())
                        .expirationTimeInstant()
                        .orElseThrow());
    }

    @Test
    void withoutAnExpirationAStoredAuthSigLastingHalfADayMoreIsReusedAndEndsTheSession() {
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));
        SessionSigsRequest request = SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .build();
        issuer.getSessionSigs(request, signer);
        clock.advance(Duration.ofHours(12));

        SessionSigs later = issuer.getSessionSigs(request, signer);

        assertEquals(1, signer.requests.size(), "12 hours left: reused");
        assertEquals(
                "2025-01-16T10:00:05.123Z",
                SessionSignedMessage.parse(
                                later.forNode(VECTOR_NODE).orElseThrow().signedMessage())
                        .expiration(),
                "the session ends with the AuthSig, not 24 hours from now");
        clock.advance(Duration.ofMillis(1));
        issuer.getSessionSigs(request, signer);
        assertEquals(2, signer.requests.size(), "less than 12 hours left: signed again");
    }

    @Test
    void aStoredAuthSigThatOutlastsTheSessionIsReused() {
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));
        issuer.getSessionSigs(vectorRequest().build(), signer);
        clock.advance(Duration.ofHours(23));

        issuer.getSessionSigs(vectorRequest().build(), signer);

        assertEquals(1, signer.requests.size());
    }

    @Test
    void aFreshAuthSigThatExpiresBeforeTheRequestedExpirationCapsTheSession() {
        SessionKeyPair key = vectorSessionKey();
        Instant asked = EXPIRATION.plus(Duration.ofHours(5));

        SessionSigs sigs = issuer.getSessionSigs(
                vectorRequest().expiration(asked).sessionKey(key).build(),
                new FixedSigner(walletIdentity, vectorEoaAuthSig()));

        SessionSignedMessage message = SessionSignedMessage.parse(
                sigs.forNode(VECTOR_NODE).orElseThrow().signedMessage());
        assertEquals("2025-01-16T10:00:00.000Z", message.expiration(), "capped at the AuthSig's Expiration Time");
    }

    @Test
    void aCapabilityThatExpiresBeforeTheRequestedExpirationCapsTheSessionAndTheAuthSigAskedFor() {
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));

        SessionSigs sigs = issuer.getSessionSigs(
                vectorRequest()
                        .expiration(EXPIRATION.plus(Duration.ofHours(5)))
                        .capabilityAuthSig(vectorEoaAuthSig())
                        .build(),
                signer);

        assertEquals(EXPIRATION, signer.requests.get(0).expiration());
        assertEquals(
                "2025-01-16T10:00:00.000Z",
                SessionSignedMessage.parse(
                                sigs.forNode(VECTOR_NODE).orElseThrow().signedMessage())
                        .expiration());
    }

    @Test
    void anExpiredCapabilityIsRefusedBeforeAnythingIsSigned() {
        clock.set(EXPIRATION.plusSeconds(1));
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));

        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.getSessionSigs(
                        SessionSigsRequest.builder()
                                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                                .capabilityAuthSig(vectorEoaAuthSig())
                                .build(),
                        signer));

        assertEquals(
                "capabilityAuthSigs: capability 0 expired at 2025-01-16T10:00:00.000Z (now is"
                        + " 2025-01-16T10:00:01.000Z); a session cannot outlive its capabilities",
                e.getMessage());
        assertEquals(0, signer.requests.size());
    }

    @Test
    void keepsOneSessionKeyAndOneAuthSigPerIdentity() {
        WalletAuthSigner first = new WalletAuthSigner(wallet, clock);
        FakeWalletSigner otherWallet = FakeWalletSigner.random();
        WalletAuthSigner second = new WalletAuthSigner(otherWallet, clock);

        SessionSigs a1 = issuer.getSessionSigs(vectorRequest().build(), first);
        SessionSigs a2 = issuer.getSessionSigs(vectorRequest().build(), first);
        SessionSigs b = issuer.getSessionSigs(vectorRequest().build(), second);

        assertEquals(a1.sessionKey(), a2.sessionKey());
        assertNotEquals(a1.sessionKey(), b.sessionKey());
        assertEquals(1, wallet.signatures(), "the stored AuthSig was reused");
        assertEquals(1, otherWallet.signatures());
        assertTrue(b.forNode(VECTOR_NODE)
                .orElseThrow()
                .signedMessage()
                .contains(otherWallet.address().checksummed()));
    }

    @Test
    void resignsWhenTheStoredAuthSigDoesNotGrantANewRequest() {
        WalletAuthSigner signer = new WalletAuthSigner(wallet, clock);
        issuer.getSessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .build(),
                signer);

        issuer.getSessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                        .build(),
                signer);

        assertEquals(2, wallet.signatures());
        assertEquals(2, store.authSigWrites());
    }

    @Test
    void resignsWhenTheStoredAuthSigHasExpired() {
        WalletAuthSigner signer = new WalletAuthSigner(wallet, clock);
        issuer.getSessionSigs(
                vectorRequest()
                        .expiration(SESSION_ISSUED_AT.plus(Duration.ofHours(1)))
                        .build(),
                signer);
        clock.advance(Duration.ofHours(2));

        issuer.getSessionSigs(
                vectorRequest()
                        .expiration(clock.instant().plus(Duration.ofHours(1)))
                        .build(),
                signer);

        assertEquals(2, wallet.signatures());
    }

    @Test
    void putsCapabilityAuthSigsBeforeTheWalletSig() {
        AuthSig delegation = AuthSig.wallet("0xdead", "delegation", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

        SessionSigs sigs = issuer.getSessionSigs(
                vectorRequest()
                        .sessionKey(vectorSessionKey())
                        .capabilityAuthSig(delegation)
                        .build(),
                new WalletAuthSigner(wallet, new FakeClock(SIWE_ISSUED_AT)));

        String message = sigs.forNode(VECTOR_NODE).orElseThrow().signedMessage();
        assertTrue(
                message.contains("\"capabilities\":[{\"sig\":\"0xdead\",\"derivedVia\":\"web3.eth.personal.sign\","
                        + "\"signedMessage\":\"delegation\",\"address\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"},{\"sig\":\""
                        + FlowVector.get("eoaAuthSig", "sig") + "\""),
                message);
    }

    @Test
    void threadsACallerSuppliedSessionKeyThroughTheWholeFlow() {
        SessionKeyPair own = SessionKeyPair.generate();
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));

        SessionSigs sigs = issuer.getSessionSigs(vectorRequest().sessionKey(own).build(), signer);

        assertEquals(own.publicKey(), sigs.sessionKey());
        assertEquals(own.uri(), signer.requests.get(0).uri());
        assertEquals(own.publicKey(), signer.requests.get(0).sessionKey());
        assertTrue(store.findAuthSig(walletIdentity, own.publicKey(), clock.instant())
                .isPresent());
        assertTrue(store.findSessionKey(walletIdentity).isEmpty(), "no stored key was created");
    }

    @Test
    void passesTheJsCallbackParametersToTheSigner() {
        RecordingSigner signer = new RecordingSigner(new WalletAuthSigner(wallet, clock));

        issuer.getSessionSigs(vectorRequest().domain("example.com").build(), signer);

        AuthRequest request = signer.requests.get(0);
        assertEquals("ethereum", request.chain());
        assertEquals(
                "I further authorize the stated URI to perform the following actions on my behalf:",
                request.statement());
        assertEquals(List.of("urn:recap:eyJhdHQiOnt9LCJwcmYiOltdfQ"), request.resources());
        assertEquals(NONCE, request.nonce());
        assertEquals(EXPIRATION, request.expiration());
        assertEquals("example.com", request.domain());
        assertEquals(2, request.resourceAbilityRequests().size());
    }

    @Test
    void concurrentCallersShareOneSessionKey() throws Exception {
        WalletAuthSigner signer = new WalletAuthSigner(wallet, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<SessionSigs>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> issuer.getSessionSigs(vectorRequest().build(), signer));
            }
            Set<Object> keys = new HashSet<>();
            for (Future<SessionSigs> result : pool.invokeAll(calls)) {
                keys.add(result.get().sessionKey());
            }
            assertEquals(1, keys.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thirtyTwoCallersAtOnceOnAnEmptyStoreCostOneWalletSignature() throws Exception {
        int callers = 32;
        CountDownLatch allAsked = new CountDownLatch(callers);
        AtomicInteger signatures = new AtomicInteger();
        // the first caller in the signer waits until every caller has asked (or a second has come in beside
        // it, which the issuer must not let happen), so a second signature cannot hide behind timing
        WalletSigner slowWallet = new WalletSigner() {
            @Override
            public EthAddress address() {
                return wallet.address();
            }

            @Override
            public EcdsaSignature signDigest(byte[] digest) {
                signatures.incrementAndGet();
                try {
                    allAsked.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return wallet.signDigest(digest);
            }
        };
        WalletAuthSigner signer = new WalletAuthSigner(slowWallet, clock);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<SessionSigs>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(() -> {
                    allAsked.countDown();
                    return issuer.getSessionSigs(vectorRequest().build(), signer);
                });
            }
            Set<String> innerSigs = new HashSet<>();
            for (Future<SessionSigs> result : pool.invokeAll(calls)) {
                SessionSigs sigs = result.get();
                innerSigs.add(SessionSignedMessage.parse(sigs.forNode(VECTOR_NODE)
                                .orElseThrow()
                                .authSig()
                                .signedMessage())
                        .capabilities()
                        .get(0)
                        .sig());
            }
            assertEquals(1, signatures.get());
            assertEquals(1, innerSigs.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAnEmptyRequest() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> SessionSigsRequest.builder().build());
        assertEquals(
                "resourceAbilityRequests: is empty; request at least one resource and ability, e.g. lit-pkp://*"
                        + " with pkp-signing",
                e.getMessage());
    }

    @Test
    void refusesBothLitActionCodeAndId() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> vectorRequest()
                        .litActionCode("Y29kZQ==")
                        .litActionIpfsId("QmX")
                        .build());
        assertEquals("litActionCode: give either the Lit Action code or its IPFS id, not both", e.getMessage());
    }

    @Test
    void refusesAnExpirationInThePast() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.getSessionSigs(
                        vectorRequest()
                                .expiration(SESSION_ISSUED_AT.minusSeconds(1))
                                .build(),
                        new WalletAuthSigner(wallet, clock)));
        assertEquals(
                "expiration: 2025-01-15T10:00:04.123Z is not in the future (now is 2025-01-15T10:00:05.123Z)",
                e.getMessage());
    }

    @Test
    void refusesASessionLongerThanThirtyDays() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.getSessionSigs(
                        vectorRequest()
                                .expiration(SESSION_ISSUED_AT.plus(Duration.ofDays(31)))
                                .build(),
                        new WalletAuthSigner(wallet, clock)));
        assertEquals(
                "expiration: 2025-02-15T10:00:05.123Z is more than 30 days after 2025-01-15T10:00:05.123Z;"
                        + " Lit nodes refuse longer sessions",
                e.getMessage());
    }

    @Test
    void refusesAFreshAuthSigForAnotherSessionKey() {
        AuthSig forOtherKey = vectorEoaAuthSig();
        AuthSigner signer = new FixedSigner(walletIdentity, forOtherKey);

        AuthSigRejectedException e = assertThrows(
                AuthSigRejectedException.class,
                () -> issuer.getSessionSigs(vectorRequest().build(), signer));
        assertEquals(walletIdentity, e.identity());
        assertTrue(
                e.getMessage()
                        .startsWith("the AuthSig from wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 cannot be"
                                + " used for this session: it delegates to URI lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b"
                                + "92421eea691446d22c, not to this session key lit:session:"),
                e.getMessage());
        assertEquals(0, store.authSigWrites());
    }

    @Test
    void refusesAFreshAuthSigThatDoesNotGrantARequest() {
        AuthSigner signer = new FixedSigner(walletIdentity, vectorEoaAuthSig());
        SessionSigsRequest request = SessionSigsRequest.builder()
                .sessionKey(vectorSessionKey())
                .resource(LitResource.wildcard(ResourcePrefix.RATE_LIMIT_INCREASE), LitAbility.RATE_LIMIT_INCREASE_AUTH)
                .expiration(EXPIRATION)
                .build();

        AuthSigRejectedException e =
                assertThrows(AuthSigRejectedException.class, () -> issuer.getSessionSigs(request, signer));
        assertEquals(
                "the AuthSig from wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 cannot be used for this session:"
                        + " its ReCap does not grant rate-limit-increase-auth on lit-ratelimitincrease://*",
                e.getMessage());
    }

    @Test
    void refusesAFreshAuthSigWithATamperedSignature() {
        AuthSig good = vectorEoaAuthSig();
        String badSig = good.sig().substring(0, 10)
                + (good.sig().charAt(10) == '0' ? '1' : '0')
                + good.sig().substring(11);
        AuthSigner signer =
                new FixedSigner(walletIdentity, AuthSig.wallet(badSig, good.signedMessage(), good.address()));

        AuthSigRejectedException e = assertThrows(
                AuthSigRejectedException.class,
                () -> issuer.getSessionSigs(
                        vectorRequest().sessionKey(vectorSessionKey()).build(), signer));
        assertTrue(
                e.getMessage()
                        .startsWith("the AuthSig from wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 cannot be"
                                + " used for this session: its signature does not verify ("),
                e.getMessage());
    }

    @Test
    void refusesAnEmptyAuthSig() {
        AuthSigner signer = new FixedSigner(walletIdentity, AuthSig.wallet("", "", ""));

        AuthSigRejectedException e = assertThrows(
                AuthSigRejectedException.class,
                () -> issuer.getSessionSigs(vectorRequest().build(), signer));
        assertEquals(
                "the AuthSig from wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 cannot be used for this session:"
                        + " the signer returned no wallet signature",
                e.getMessage());
    }

    @Test
    void reportsStoreAndNodeFailures() {
        SessionStoreException storeDown = new SessionStoreException("database unreachable");
        store.failWith(storeDown);
        assertSame(
                storeDown,
                assertThrows(
                        SessionStoreException.class,
                        () -> issuer.getSessionSigs(vectorRequest().build(), new WalletAuthSigner(wallet, clock))));
        store.failWith(null);

        NodeException nodesDown = new NodeException("no node answered");
        nodes.failWith(nodesDown);
        assertSame(
                nodesDown,
                assertThrows(
                        NodeException.class,
                        () -> issuer.getSessionSigs(vectorRequest().build(), new WalletAuthSigner(wallet, clock))));
    }

    /** An AuthSigner that must not be called. */
    private record RefusingSigner(SessionIdentity identity) implements AuthSigner {
        @Override
        public AuthSig authenticate(AuthRequest request) {
            throw new AssertionError("the signer was asked although a valid AuthSig was stored");
        }
    }

    /** An AuthSigner that answers one AuthSig whatever it is asked. */
    private record FixedSigner(SessionIdentity identity, AuthSig authSig) implements AuthSigner {
        @Override
        public AuthSig authenticate(AuthRequest request) {
            return authSig;
        }
    }

    /** Records what a signer is asked, then delegates. */
    private static final class RecordingSigner implements AuthSigner {
        private final AuthSigner delegate;
        private final List<AuthRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

        RecordingSigner(AuthSigner delegate) {
            this.delegate = delegate;
        }

        @Override
        public SessionIdentity identity() {
            return delegate.identity();
        }

        @Override
        public AuthSig authenticate(AuthRequest request) {
            requests.add(request);
            return delegate.authenticate(request);
        }
    }
}
