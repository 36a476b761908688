package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.LitException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class Lit4jTest {
    private static final List<String> NODES = List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471");

    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(NODES, 1, BlsThresholdKey.fromSeed(1, 2, 3).publicKey()), "0x" + "cd".repeat(32));
    private final FakeSessionStore store = new FakeSessionStore();
    private final Lit4j lit =
            Lit4j.builder().nodes(nodes).store(store).clock(clock).build();
    private final FakeWalletSigner wallet = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    @Test
    void makesSessionSigsWithADelegationThatEveryNodesVerifierAccepts() {
        AuthSig delegation = lit.capacityDelegation(wallet, new CapacityDelegation("7", null, "10"));
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .capabilityAuthSig(delegation)
                        .build(),
                lit.wallet(wallet));

        assertEquals(NODES, sigs.nodeUrls());
        for (String url : NODES) {
            SessionSigVerification verification = lit.verifier(url, VerificationMode.STRICT)
                    .verify(
                            sigs.forNode(url).orElseThrow(),
                            LitResource.wildcard(ResourcePrefix.PKP),
                            LitAbility.PKP_SIGNING);
            assertTrue(verification.valid(), verification.describe());
        }
        assertTrue(store.findSessionKey(new SessionIdentity(
                        SessionIdentity.Kind.WALLET, wallet.address().checksummed()))
                .isPresent());
    }

    @Test
    void needsNodesAndAStore() {
        assertEquals(
                "nodes: is missing",
                assertThrows(
                                InvalidInputException.class,
                                () -> Lit4j.builder().store(store).build())
                        .getMessage());
        assertEquals(
                "store: is missing",
                assertThrows(
                                InvalidInputException.class,
                                () -> Lit4j.builder().nodes(nodes).build())
                        .getMessage());
    }

    @Test
    void closesTheStoreAndTheTransportThatHoldResources() {
        List<String> closed = new ArrayList<>();
        Lit4j closing = Lit4j.builder()
                .nodes(new ClosingTransport(nodes, closed, null))
                .store(new ClosingStore(store, closed, null))
                .clock(clock)
                .build();

        closing.close();

        assertEquals(List.of("store", "transport"), closed);
    }

    @Test
    void aStoreThatFailsToCloseDoesNotKeepTheTransportOpen() {
        List<String> closed = new ArrayList<>();
        Lit4j closing = Lit4j.builder()
                .nodes(new ClosingTransport(nodes, closed, new IllegalStateException("transport stuck")))
                .store(new ClosingStore(store, closed, new IOException("disk gone")))
                .clock(clock)
                .build();

        LitException e = assertThrows(LitException.class, closing::close);

        assertEquals("could not close ClosingStore: disk gone", e.getMessage());
        assertEquals("transport stuck", e.getSuppressed()[0].getMessage());
        assertEquals(List.of("store", "transport"), closed);
    }

    @Test
    void portsThatHoldNoResourcesAreLeftAlone() {
        lit.close();

        assertEquals(0, store.authSigWrites());
    }

    /** A session store with a resource to release. */
    private static final class ClosingStore implements SessionStore, AutoCloseable {
        private final SessionStore inner;
        private final List<String> closed;
        private final IOException failure;

        ClosingStore(SessionStore inner, List<String> closed, IOException failure) {
            this.inner = inner;
            this.closed = closed;
            this.failure = failure;
        }

        @Override
        public SessionKeyPair sessionKey(SessionIdentity identity, Supplier<SessionKeyPair> create) {
            return inner.sessionKey(identity, create);
        }

        @Override
        public Optional<SessionKeyPair> findSessionKey(SessionIdentity identity) {
            return inner.findSessionKey(identity);
        }

        @Override
        public Optional<StoredAuthSig> findAuthSig(SessionIdentity identity, SessionPublicKey sessionKey, Instant now) {
            return inner.findAuthSig(identity, sessionKey, now);
        }

        @Override
        public void putAuthSig(SessionIdentity identity, SessionPublicKey sessionKey, StoredAuthSig authSig) {
            inner.putAuthSig(identity, sessionKey, authSig);
        }

        @Override
        public void clear(SessionIdentity identity) {
            inner.clear(identity);
        }

        @Override
        public void clearAll() {
            inner.clearAll();
        }

        @Override
        public void close() throws IOException {
            closed.add("store");
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** A node transport with a resource to release. */
    private static final class ClosingTransport implements NodeTransport, AutoCloseable {
        private final NodeTransport inner;
        private final List<String> closed;
        private final RuntimeException failure;

        ClosingTransport(NodeTransport inner, List<String> closed, RuntimeException failure) {
            this.inner = inner;
            this.closed = closed;
            this.failure = failure;
        }

        @Override
        public ConnectedNetwork network() {
            return inner.network();
        }

        @Override
        public String latestBlockhash() {
            return inner.latestBlockhash();
        }

        @Override
        public AuthSig signSessionKey(SignSessionKeyRequest request) {
            return inner.signSessionKey(request);
        }

        @Override
        public List<ExecuteJsAnswer> executeJs(ExecuteJsNodeRequest request) {
            return inner.executeJs(request);
        }

        @Override
        public BlsSignature decryptionSignature(DecryptionRequest request) {
            return inner.decryptionSignature(request);
        }

        @Override
        public PkpSignature pkpSign(PkpSignRequest request) {
            return inner.pkpSign(request);
        }

        @Override
        public void close() {
            closed.add("transport");
            if (failure != null) {
                throw failure;
            }
        }
    }
}
