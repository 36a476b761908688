package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Lit4jTest {
    private static final List<String> NODES = List.of("http://127.0.0.1:7470", "http://127.0.0.1:7471");

    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final FakeNodeTransport nodes = new FakeNodeTransport(new ConnectedNetwork(NODES, 1,
            BlsThresholdKey.fromSeed(1, 2, 3).publicKey()), "0x" + "cd".repeat(32));
    private final FakeSessionStore store = new FakeSessionStore();
    private final Lit4j lit = Lit4j.builder().nodes(nodes).store(store).clock(clock).build();
    private final FakeWalletSigner wallet = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    @Test
    void makesSessionSigsWithADelegationThatEveryNodesVerifierAccepts() {
        AuthSig delegation = lit.capacityDelegation(wallet, new CapacityDelegation("7", null, "10"));
        SessionSigs sigs = lit.sessionSigs(SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .capabilityAuthSig(delegation)
                .build(), lit.wallet(wallet));

        assertEquals(NODES, sigs.nodeUrls());
        for (String url : NODES) {
            SessionSigVerification verification = lit.verifier(url, VerificationMode.STRICT)
                    .verify(sigs.forNode(url).orElseThrow(), LitResource.wildcard(ResourcePrefix.PKP),
                            LitAbility.PKP_SIGNING);
            assertTrue(verification.isValid(), verification.describe());
        }
        assertTrue(store.findSessionKey(new SessionIdentity(SessionIdentity.Kind.WALLET,
                wallet.address().checksummed())).isPresent());
    }

    @Test
    void needsNodesAndAStore() {
        assertEquals("nodes: is missing", assertThrows(InvalidInputException.class,
                () -> Lit4j.builder().store(store).build()).getMessage());
        assertEquals("store: is missing", assertThrows(InvalidInputException.class,
                () -> Lit4j.builder().nodes(nodes).build()).getMessage());
    }
}
