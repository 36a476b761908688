package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.CapabilityCheck;
import dev.lit4j.domain.verify.NodeAddress;
import dev.lit4j.domain.verify.SessionSigVerification;
import dev.lit4j.domain.verify.SessionSigVerifier;
import dev.lit4j.domain.verify.VerificationMode;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code getPkpSessionSigs} end to end: the domain's session use case and PKP auth step over
 * {@link HttpNodeTransport}, against a local network that checks the owner's wallet signature, the PKP and
 * the nonce, and signs with threshold BLS; every node's session sig, with the nodes' combined {@code lit.bls}
 * AuthSig as its capability, then passes {@link SessionSigVerifier} as that node would check it.
 */
class PkpSessionSigsEndToEndTest {

    @Test
    void makesSessionSigsForEveryConnectedNodeWithThePkpsNetworkSignedCapability() {
        try (TestNetwork local = TestNetwork.start(4)) {
            local.network.node(3).faults().down();
            HttpNodeTransport transport = local.transport();
            Clock clock = Clock.systemUTC();
            SessionSigIssuer issuer = new SessionSigIssuer(transport, new FakeSessionStore(), clock);
            PkpAuthSigner pkp = new PkpAuthSigner(
                    transport,
                    clock,
                    local.pkp,
                    List.of(Fixtures.walletAuthMethod(transport.latestBlockhash(), TestNetwork.OWNER)));

            SessionSigs sigs = issuer.getSessionSigs(
                    SessionSigsRequest.builder()
                            .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                            .build(),
                    pkp);

            assertEquals(transport.network().nodeUrls(), sigs.nodeUrls());
            assertEquals(3, sigs.nodeUrls().size(), "the node that is down has no session sig");
            for (String url : sigs.nodeUrls()) {
                SessionSig sig = sigs.forNode(url).orElseThrow();
                SessionSigVerification verdict = SessionSigVerifier.builder(
                                NodeAddress.fromUrl(url), VerificationMode.STRICT)
                        .networkKey(local.networkKey())
                        .build()
                        .verify(sig, LitResource.pkp(local.pkp.tokenId()), LitAbility.PKP_SIGNING);

                assertTrue(verdict.valid(), verdict.describe());
                CapabilityCheck accepted = verdict.acceptedCapability().orElseThrow();
                assertEquals(AuthSigKind.BLS_NETWORK, accepted.kind(), "the nodes' combined lit.bls AuthSig");
                assertEquals(local.pkp.ethAddress().checksummed(), accepted.address());
            }
        }
    }
}
