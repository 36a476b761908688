package dev.lit4j.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.EthWalletAuthMethods;
import dev.lit4j.network.bls.BlsThresholdKey;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkpAuthSignerTest {
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final PkpPublicKey GENERATOR_PKP = PkpPublicKey.parse(
            "pkp",
            "0x0479be667ef9dcbbac55a06295ce870b0702"
                    + "9bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
    /** The client SIWE of client spec §7.3, as the JS SDK sends it to the nodes. */
    private static final String SPEC_PKP_SIWE = "litprotocol.com wants you to sign in with your Ethereum account:\n"
            + "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf\n\n"
            + "Lit Protocol PKP session signature I further authorize the stated URI to perform the following actions on"
            + " my behalf: I further authorize the stated URI to perform the following actions on my behalf: (1)"
            + " 'Threshold': 'Execution' for 'lit-litaction://*'. (2) 'Threshold': 'Signing' for 'lit-pkp://*'.\n\n"
            + "URI: lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c\n"
            + "Version: 1\nChain ID: 1\n"
            + "Nonce: " + NONCE + "\n"
            + "Issued At: 2025-01-15T10:00:00.000Z\n"
            + "Expiration Time: 2025-01-16T10:00:00.000Z\n"
            + "Resources:\n"
            + "- urn:recap:eyJhdHQiOnsibGl0LWxpdGFjdGlvbjovLyoiOnsiVGhyZXNob2xkL0V4ZWN1dGlvbiI6W3t9XX0sImxpdC1wa3A6Ly8qIjp7"
            + "IlRocmVzaG9sZC9TaWduaW5nIjpbe31dfX0sInByZiI6W119";

    private final FakeClock clock = new FakeClock(Instant.parse("2025-01-15T10:00:00.000Z"));
    private static final BlsThresholdKey NETWORK_KEY = BlsThresholdKey.fromSeed(1, 1, 1);

    private final FakeNodeTransport nodes = new FakeNodeTransport(
            new ConnectedNetwork(List.of("http://127.0.0.1:1"), 1, NETWORK_KEY.publicKey()), NONCE);
    private final SessionSigIssuer issuer = new SessionSigIssuer(nodes, new FakeSessionStore(), clock);
    private final AuthMethod walletMethod = AuthMethod.ethWallet(AuthSig.wallet("0x01", "m", "0x1"));

    private static SessionSigsRequest.Builder request() {
        return SessionSigsRequest.builder()
                .sessionKey(SessionKeyPair.fromSeed(Hex.decode("seed", "07".repeat(32))))
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .expiration(Instant.parse("2025-01-16T10:00:00.000Z"));
    }

    @Test
    void sendsTheJsSdkPkpSiweToTheNodes() {
        AuthSig[] answered = new AuthSig[1];
        nodes.onSignSessionKey(request -> {
            answered[0] = new AuthSig(
                    "{\"ProofOfPossession\":\"00\"}",
                    AuthSig.DERIVED_VIA_BLS,
                    request.siweMessage(),
                    GENERATOR_PKP.ethAddress().checksummed(),
                    AuthSig.ALGO_BLS);
            return answered[0];
        });
        PkpAuthSigner signer = new PkpAuthSigner(nodes, clock, GENERATOR_PKP, List.of(walletMethod));

        AuthSig result = signer.authenticate(authRequestOf(request().build()));

        SignSessionKeyRequest sent = nodes.signSessionKeyRequests().get(0);
        assertEquals(SPEC_PKP_SIWE, sent.siweMessage());
        assertEquals(List.of(walletMethod), sent.authMethods());
        assertEquals(GENERATOR_PKP, sent.pkpPublicKey());
        assertEquals(
                "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
                sent.sessionKey().hex());
        assertSame(answered[0], result);
    }

    @Test
    void aPkpIdentityNamesItsAuthMethodsSoThatAnAuthSigIsOnlyReusedForTheSameAuthMaterial() {
        FakeWalletSigner owner = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
        AuthMethod signedNow = EthWalletAuthMethods.authenticate(owner, NONCE, clock.instant());
        AuthMethod signedLater =
                EthWalletAuthMethods.authenticate(owner, NONCE, clock.instant().plusSeconds(5));
        AuthMethod otherWallet = EthWalletAuthMethods.authenticate(FakeWalletSigner.random(), NONCE, clock.instant());
        AuthSig ownersSig = AuthSigJson.parse("token", signedNow.accessToken());
        AuthMethod forged = AuthMethod.ethWallet(
                AuthSig.wallet(otherWalletSig(otherWallet), ownersSig.signedMessage(), ownersSig.address()));
        AuthMethod expired =
                EthWalletAuthMethods.authenticate(owner, NONCE, clock.instant().minusSeconds(3600), clock.instant());

        SessionIdentity ofOwner = identity(signedNow);
        assertEquals(SessionIdentity.Kind.PKP, ofOwner.kind());
        assertTrue(ofOwner.id().matches(GENERATOR_PKP.hex() + "\\.auth-[0-9a-f]{32}"), ofOwner.id());
        assertEquals(ofOwner, identity(signedLater), "the wallet's address is the auth method's id");
        assertNotEquals(ofOwner, identity(otherWallet));
        assertNotEquals(ofOwner, identity(forged), "a signature that does not verify proves no wallet");
        assertNotEquals(ofOwner, identity(expired), "an expired auth method proves no wallet");
        assertNotEquals(ofOwner, identity(walletMethod));
        assertEquals(identity(signedNow, otherWallet), identity(otherWallet, signedNow));
        assertNotEquals(identity(signedNow), identity(signedNow, otherWallet));
        assertEquals(
                new SessionIdentity(SessionIdentity.Kind.PKP, GENERATOR_PKP.hex()),
                new PkpAuthSigner(nodes, clock, GENERATOR_PKP, List.of()).identity());
    }

    @Test
    void theIssuerReusesAnAuthSigOnlyForTheSameLitActionAndJsParams() {
        nodes.onSignSessionKey(request -> new AuthSig(
                NETWORK_KEY
                        .signWithRootSecret(LitSessionBlsMessage.fromEip191Hash(Eip191.hash(request.siweMessage()))
                                .bytes())
                        .toProofOfPossessionJson(),
                AuthSig.DERIVED_VIA_BLS,
                request.siweMessage(),
                GENERATOR_PKP.ethAddress().checksummed(),
                AuthSig.ALGO_BLS));
        PkpAuthSigner signer = new PkpAuthSigner(nodes, clock, GENERATOR_PKP, List.of(walletMethod));
        JsonValue.Obj params =
                JsonValue.Obj.builder().put("a", JsonValue.of("1")).build();
        List<SessionSigsRequest> requests = List.of(
                request().build(),
                request().litActionIpfsId("QmActionOne").build(),
                request().litActionIpfsId("QmActionTwo").build(),
                request().litActionIpfsId("QmActionOne").jsParams(params).build(),
                request()
                        .litActionIpfsId("QmActionOne")
                        .jsParams(JsonValue.Obj.EMPTY)
                        .build(),
                request().litActionCode("QmActionOne").jsParams(params).build());
        for (SessionSigsRequest each : requests) {
            issuer.getSessionSigs(each, signer);
        }
        assertEquals(requests.size(), nodes.signSessionKeyRequests().size(), "every auth material asks the nodes");

        for (SessionSigsRequest each : requests) {
            issuer.getSessionSigs(each, signer);
        }
        assertEquals(requests.size(), nodes.signSessionKeyRequests().size(), "the same auth material reuses");
    }

    private SessionIdentity identity(AuthMethod... methods) {
        return new PkpAuthSigner(nodes, clock, GENERATOR_PKP, List.of(methods)).identity();
    }

    private static String otherWalletSig(AuthMethod method) {
        return AuthSigJson.parse("token", method.accessToken()).sig();
    }

    @Test
    void passesTheLitActionAndADomain() {
        nodes.onSignSessionKey(
                request -> new AuthSig("s", AuthSig.DERIVED_VIA_BLS, request.siweMessage(), "0x1", AuthSig.ALGO_BLS));
        PkpAuthSigner signer = new PkpAuthSigner(nodes, clock, GENERATOR_PKP, List.of());

        signer.authenticate(authRequestOf(
                request().litActionIpfsId("QmActionCid").domain("app.example").build()));

        SignSessionKeyRequest sent = nodes.signSessionKeyRequests().get(0);
        assertEquals("QmActionCid", sent.litActionIpfsId());
        assertEquals(true, sent.siweMessage().startsWith("app.example wants you to sign in"));
        assertEquals(List.of(), sent.authMethods());
    }

    @Test
    void refusesAPkpSessionWithNothingToAuthenticateWith() {
        PkpAuthSigner signer = new PkpAuthSigner(nodes, clock, GENERATOR_PKP, List.of());
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> issuer.getSessionSigs(request().build(), signer));
        assertEquals(
                "authMethods: a PKP session needs at least one auth method or a custom-auth Lit Action"
                        + " (litActionCode or litActionIpfsId)",
                e.getMessage());
    }

    private dev.lit4j.domain.port.AuthRequest authRequestOf(SessionSigsRequest request) {
        SessionKeyPair key = request.sessionKey().orElseThrow();
        return new dev.lit4j.domain.port.AuthRequest(
                request.chain(),
                request.sessionCapabilityObject().statement(),
                List.of(request.sessionCapabilityObject().encode()),
                request.expiration().orElseThrow(),
                key.uri(),
                key.publicKey(),
                NONCE,
                request.domain().orElse(null),
                request.resourceAbilityRequests(),
                request.litActionCode().orElse(null),
                request.litActionIpfsId().orElse(null),
                request.jsParams().orElse(null));
    }
}
