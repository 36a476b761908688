package dev.lit4j.adapters.signer.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.adapters.signer.wallet.Pkcs11Token;
import dev.lit4j.adapters.signer.wallet.Pkcs11WalletSigner;
import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.adapters.signer.wallet.SoftHsm2;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wallet session sigs end to end: a key in memory and a key in SoftHSM2 (through PKCS#11) sign the SIWE of
 * {@code getSessionSigs}, {@code Lit4j} over {@code HttpNodeTransport} makes each node's session sig,
 * and every node of a local network accepts its own on {@code /web/pkp/sign/v1} and returns a signature by
 * the wallet's PKP — with and without a capacity delegation among the capabilities. A tampered and an
 * expired session sig are refused with the node's error.
 */
class WalletSessionSigsEndToEndTest {
    private static final PrivateKeyWalletSigner KEY_WALLET = PrivateKeyWalletSigner.generate();
    private static final PrivateKeyWalletSigner CAPACITY_OWNER = PrivateKeyWalletSigner.generate();

    private static EndToEndNetwork local;
    private static SoftHsm2 hsm;
    private static Pkcs11Token token;
    private static Pkcs11WalletSigner hsmWallet;
    private static PkpPublicKey keyWalletPkp;
    private static PkpPublicKey hsmWalletPkp;

    @BeforeAll
    static void start() {
        local = EndToEndNetwork.start(31);
        hsm = SoftHsm2.freshToken();
        token = hsm.open();
        hsmWallet = token.generateWalletKey("e2e-wallet");
        keyWalletPkp = local.mint(KEY_WALLET.address());
        hsmWalletPkp = local.mint(hsmWallet.address());
    }

    @AfterAll
    static void stop() {
        if (token != null) {
            token.close();
        }
        if (hsm != null) {
            hsm.close();
        }
        if (local != null) {
            local.close();
        }
    }

    @Test
    void aPrivateKeyWalletsSessionSigsAreAcceptedByEveryNode() {
        Lit4j lit = local.lit();
        local.assertEveryNodeSignsWith(lit.sessionSigs(request().build(), lit.wallet(KEY_WALLET)), keyWalletPkp);
    }

    @Test
    void aSoftHsm2WalletsSessionSigsAreAcceptedByEveryNode() {
        Lit4j lit = local.lit();
        local.assertEveryNodeSignsWith(lit.sessionSigs(request().build(), lit.wallet(hsmWallet)), hsmWalletPkp);
    }

    @Test
    void aPrivateKeyWalletsSessionSigsWithACapacityDelegationSignedInTheHsm() {
        delegatedFlow(KEY_WALLET, keyWalletPkp, hsmWallet);
    }

    @Test
    void aSoftHsm2WalletsSessionSigsWithACapacityDelegation() {
        delegatedFlow(hsmWallet, hsmWalletPkp, CAPACITY_OWNER);
    }

    @Test
    void aTamperedSessionSigIsRefusedWithTheNodesError() {
        Lit4j lit = local.lit();
        Instant expiration = local.clock.instant().plus(Duration.ofHours(1));
        SessionSigs sigs = lit.sessionSigs(request().expiration(expiration).build(), lit.wallet(KEY_WALLET));

        for (String url : local.network.nodeUrls()) {
            AuthSig sig = sigs.forNode(url).orElseThrow().authSig();
            String longer = sig.signedMessage()
                    .replace(
                            "\"expiration\":\"" + JsTime.format(expiration) + "\"",
                            "\"expiration\":\"" + JsTime.format(expiration.plus(Duration.ofDays(7))) + "\"");
            AuthSig tampered = new AuthSig(sig.sig(), sig.derivedVia(), longer, sig.address(), sig.algo());

            PkpSignClient.Answer answer =
                    PkpSignClient.sign(url, tampered, keyWalletPkp, new byte[32], PkpSignClient.newRequestId());
            assertEquals(400, answer.status(), answer.toString());
            assertEquals("NodeInvalidAuthSigSessionKeySignature", answer.errorCode(), answer.toString());
        }
    }

    @Test
    void anExpiredSessionSigIsRefusedWithTheNodesError() {
        Lit4j lit = local.lit();
        SessionSigs sigs = lit.sessionSigs(
                request()
                        .expiration(local.clock.instant().plus(Duration.ofHours(1)))
                        .build(),
                lit.wallet(KEY_WALLET));

        // a node allows 60 s of clock skew
        List<PkpSignClient.Answer> answers = local.later(
                Duration.ofHours(1).plusSeconds(61),
                () -> local.network.nodeUrls().stream()
                        .map(url -> PkpSignClient.sign(
                                url,
                                sigs.forNode(url).orElseThrow().authSig(),
                                keyWalletPkp,
                                new byte[32],
                                PkpSignClient.newRequestId()))
                        .toList());

        for (PkpSignClient.Answer answer : answers) {
            assertEquals(403, answer.status(), answer.toString());
            assertEquals("NodeExpWrongOrTooLarge", answer.errorCode(), answer.toString());
        }
        assertEquals(3, answers.size());
    }

    private static void delegatedFlow(WalletSigner wallet, PkpPublicKey pkp, WalletSigner capacityOwner) {
        Lit4j lit = local.lit();
        AuthSig delegation = lit.capacityDelegation(
                capacityOwner,
                new CapacityDelegation("7", List.of(wallet.address().checksummed()), "100"));

        SessionSigs sigs =
                lit.sessionSigs(request().capabilityAuthSig(delegation).build(), lit.wallet(wallet));

        local.assertEveryNodeSignsWith(sigs, pkp);
        local.assertDelegatedTo(lit, sigs, pkp, wallet.address(), delegation);
    }

    private static SessionSigsRequest.Builder request() {
        return SessionSigsRequest.builder().resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
    }
}
