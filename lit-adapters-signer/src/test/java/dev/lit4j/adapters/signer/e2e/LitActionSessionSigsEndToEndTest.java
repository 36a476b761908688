package dev.lit4j.adapters.signer.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.Pkp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session sigs of a PKP authenticated by a custom Lit Action end to end ({@code getPkpSessionSigs} with
 * {@code litActionCode}, and {@code getLitActionSessionSigs} with an IPFS id): every node runs the action
 * with the request's {@code jsParams}, checks that the PKP permits it, and BLS-signs the session key; every
 * node then accepts its own session sig on {@code /web/pkp/sign/v1} and returns the PKP's signature — with
 * and without a capacity delegation. An action that does not authorise, and one the PKP does not permit,
 * are refused by the nodes, and the caller sees each node's error.
 */
class LitActionSessionSigsEndToEndTest {
    /** Authorises when {@code jsParams.password} is right, and says so with the response "true". */
    private static final String PASSWORD_ACTION =
            "const ok = password === 'open sesame' && Lit.Auth.actionIpfsIds.length"
                    + " === 1;\nLit.Actions.setResponse({response: ok ? 'true' : 'false'});";
    /** Never authorises. */
    private static final String DENY_ALL_ACTION = "Lit.Actions.setResponse({response: 'no'});";

    private static final JsonValue.Obj RIGHT_PASSWORD = password("open sesame");
    private static final PrivateKeyWalletSigner CAPACITY_OWNER = PrivateKeyWalletSigner.generate();

    private static EndToEndNetwork local;
    private static IpfsCid actionCid;
    private static PkpPublicKey pkp;

    @BeforeAll
    static void start() {
        local = EndToEndNetwork.start(33);
        actionCid = local.network.actions().register(PASSWORD_ACTION);
        Pkp minted = local.network.pkps().mint(PrivateKeyWalletSigner.generate().address());
        local.network.pkps().permitAction(minted.tokenId(), actionCid, AuthMethodScope.PERSONAL_SIGN);
        pkp = EndToEndNetwork.publicKey(minted);
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void aPkpThroughACustomLitActionsCodeSignsOnEveryNode() {
        Lit4j lit = local.lit();
        SessionSigs sigs = lit.sessionSigs(
                request()
                        .litActionCode(base64(PASSWORD_ACTION))
                        .jsParams(RIGHT_PASSWORD)
                        .build(),
                lit.pkp(pkp, List.of()));
        local.assertEveryNodeSignsWith(sigs, pkp);
    }

    @Test
    void litActionSessionSigsByIpfsIdSignOnEveryNode() {
        Lit4j lit = local.lit();
        SessionSigs sigs = lit.sessionSigs(
                request()
                        .litActionIpfsId(actionCid.value())
                        .jsParams(RIGHT_PASSWORD)
                        .build(),
                lit.pkp(pkp, List.of()));
        local.assertEveryNodeSignsWith(sigs, pkp);
    }

    @Test
    void aCustomLitActionsCodeWithACapacityDelegationSignsOnEveryNode() {
        Lit4j lit = local.lit();
        AuthSig delegation = delegationTo(lit, pkp);
        SessionSigs sigs = lit.sessionSigs(
                request()
                        .litActionCode(base64(PASSWORD_ACTION))
                        .jsParams(RIGHT_PASSWORD)
                        .capabilityAuthSig(delegation)
                        .build(),
                lit.pkp(pkp, List.of()));

        local.assertEveryNodeSignsWith(sigs, pkp);
        local.assertDelegatedTo(lit, sigs, pkp, pkp.ethAddress(), delegation);
    }

    @Test
    void litActionSessionSigsByIpfsIdWithACapacityDelegationSignOnEveryNode() {
        Lit4j lit = local.lit();
        AuthSig delegation = delegationTo(lit, pkp);
        SessionSigs sigs = lit.sessionSigs(
                request()
                        .litActionIpfsId(actionCid.value())
                        .jsParams(RIGHT_PASSWORD)
                        .capabilityAuthSig(delegation)
                        .build(),
                lit.pkp(pkp, List.of()));

        local.assertEveryNodeSignsWith(sigs, pkp);
        local.assertDelegatedTo(lit, sigs, pkp, pkp.ethAddress(), delegation);
    }

    @Test
    void aClientClockBehindTheNodesGetsALitActionSession() {
        for (int secondsBehind : new int[] {1, 30, 60}) {
            Lit4j lit = local.lit(Clock.offset(local.clock, Duration.ofSeconds(-secondsBehind)));
            SessionSigs sigs = lit.sessionSigs(
                    request()
                            .litActionIpfsId(actionCid.value())
                            .jsParams(RIGHT_PASSWORD)
                            .build(),
                    lit.pkp(pkp, List.of()));
            local.assertEveryNodeSignsWith(sigs, pkp);
        }
    }

    @Test
    void aLitActionThatDoesNotAuthoriseIsRefusedWithEachNodesError() {
        Lit4j lit = local.lit();
        NodeException refusal = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request()
                                .litActionIpfsId(actionCid.value())
                                .jsParams(password("abracadabra"))
                                .build(),
                        lit.pkp(pkp, List.of())));

        local.assertRefusedByTheNodes(refusal, "NodeLitActionsSessionSigAuthenticationFailed", 401);
    }

    @Test
    void aRefusingLitActionIsRunAndRefusedAfterAnEthWalletSessionOfTheSamePkp() {
        PrivateKeyWalletSigner owner = PrivateKeyWalletSigner.generate();
        Pkp minted = local.network.pkps().mint(owner.address());
        IpfsCid denyAll = local.network.actions().register(DENY_ALL_ACTION);
        local.network.pkps().permitAction(minted.tokenId(), denyAll, AuthMethodScope.PERSONAL_SIGN);
        PkpPublicKey ownedPkp = EndToEndNetwork.publicKey(minted);
        Lit4j lit = local.lit();
        AuthMethod walletMethod =
                EthWalletAuthMethods.authenticate(owner, lit.nodes().latestBlockhash(), local.clock.instant());
        SessionSigs walletSession =
                lit.sessionSigs(request(ownedPkp).build(), lit.pkp(ownedPkp, List.of(walletMethod)));
        local.assertEveryNodeSignsWith(walletSession, ownedPkp);

        // the same store, PKP and resources: only the auth material differs, so nothing may be reused
        NodeException byCode = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request(ownedPkp)
                                .litActionCode(base64(DENY_ALL_ACTION))
                                .jsParams(JsonValue.Obj.EMPTY)
                                .build(),
                        lit.pkp(ownedPkp, List.of())));
        local.assertRefusedByTheNodes(byCode, "NodeLitActionsSessionSigAuthenticationFailed", 401);
        NodeException byIpfsId = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request(ownedPkp).litActionIpfsId(denyAll.value()).build(), lit.pkp(ownedPkp, List.of())));
        local.assertRefusedByTheNodes(byIpfsId, "NodeLitActionsSessionSigAuthenticationFailed", 401);
        NodeException withTheWalletToo = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request(ownedPkp).litActionIpfsId(denyAll.value()).build(),
                        lit.pkp(ownedPkp, List.of(walletMethod))));
        local.assertRefusedByTheNodes(withTheWalletToo, "NodeLitActionsSessionSigAuthenticationFailed", 401);
    }

    @Test
    void aLitActionSessionIsNotReusedForOtherJsParams() {
        Lit4j lit = local.lit();
        SessionSigs opened = lit.sessionSigs(
                request()
                        .litActionIpfsId(actionCid.value())
                        .jsParams(RIGHT_PASSWORD)
                        .build(),
                lit.pkp(pkp, List.of()));
        local.assertEveryNodeSignsWith(opened, pkp);

        NodeException refusal = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request()
                                .litActionIpfsId(actionCid.value())
                                .jsParams(password("abracadabra"))
                                .build(),
                        lit.pkp(pkp, List.of())));

        local.assertRefusedByTheNodes(refusal, "NodeLitActionsSessionSigAuthenticationFailed", 401);
    }

    @Test
    void aLitActionThePkpDoesNotPermitIsRefusedWithEachNodesError() {
        Lit4j lit = local.lit();
        String unpermitted = "Lit.Actions.setResponse({response: 'true'});";
        NodeException refusal = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(
                        request()
                                .litActionCode(base64(unpermitted))
                                .jsParams(JsonValue.Obj.EMPTY)
                                .build(),
                        lit.pkp(pkp, List.of())));

        local.assertRefusedByTheNodes(refusal, "NodeAuthSigScopeTooLimited", 401);
    }

    private static AuthSig delegationTo(Lit4j lit, PkpPublicKey delegatee) {
        return lit.capacityDelegation(
                CAPACITY_OWNER,
                new CapacityDelegation(null, List.of(delegatee.ethAddress().checksummed()), "5"));
    }

    private static SessionSigsRequest.Builder request() {
        return request(pkp);
    }

    private static SessionSigsRequest.Builder request(PkpPublicKey forPkp) {
        return SessionSigsRequest.builder().resource(LitResource.pkp(forPkp.tokenId()), LitAbility.PKP_SIGNING);
    }

    private static JsonValue.Obj password(String password) {
        return JsonValue.Obj.builder().put("password", JsonValue.of(password)).build();
    }

    private static String base64(String code) {
        return Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8));
    }
}
