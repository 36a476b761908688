package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.pkp.Pkp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /web/pkp/sign/v1}: a session sig made by the real client is checked as a node does, then the PKP signs. */
class PkpSignEndpointTest {
    private static final byte[] DIGEST = Hex.decode("digest", "11".repeat(32));

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final FakeWalletSigner owner = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private LocalLitNetwork network;
    private Pkp pkp;
    private SessionSigIssuer issuer;

    @BeforeEach
    void start() {
        network = LocalLitNetwork.builder().nodeCount(3).seed(11).clock(clock).build();
        pkp = network.pkps().mint(owner.address());
        FakeNodeTransport nodes = new FakeNodeTransport(new ConnectedNetwork(network.nodeUrls(), network.threshold(),
                BlsPublicKey.parse("key", network.keys().blsPublicKey())), network.chain().latestBlockhash());
        issuer = new SessionSigIssuer(nodes, new FakeSessionStore(), clock);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private SessionSigs sessionSigsOf(FakeWalletSigner wallet) {
        return issuer.getSessionSigs(SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .expiration(clock.instant().plus(Duration.ofHours(1))).build(), new WalletAuthSigner(wallet, clock));
    }

    private Answer pkpSign(String url, AuthSig sessionSig) throws Exception {
        return pkpSign(url, sessionSig, "0x" + pkp.publicKey());
    }

    private Answer pkpSign(String url, AuthSig sessionSig, String pubkey) throws Exception {
        JsonObject body = new JsonObject();
        JsonArray toSign = new JsonArray();
        for (byte b : DIGEST) {
            toSign.add(b & 0xff);
        }
        body.add("toSign", toSign);
        body.addProperty("pubkey", pubkey);
        body.add("authSig", JsonParser.parseString(AuthSigJson.toJson(sessionSig)));
        body.addProperty("epoch", 1);
        return send(post(url, "/web/pkp/sign/v1", body.toString(), sdkHeaders("lit_pkpsign")));
    }

    @Test
    void everyNodeAcceptsTheSessionSigAndThePkpSignatureVerifies() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        for (String url : network.nodeUrls()) {
            Answer answer = pkpSign(url, sigs.forNode(url).orElseThrow().authSig());
            assertEquals(200, answer.status(), answer.body());
            JsonObject share = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("signatureShare");
            EcdsaSignature signature = EcdsaSignature.parseRsvHex("signature", share.get("signature").getAsString());
            assertEquals(pkp.ethAddress(), signature.recoverAddress(DIGEST));
            assertEquals(Hex.encode(DIGEST), share.get("dataSigned").getAsString());
        }
    }

    @Test
    void refusesATamperedSessionSig() throws Exception {
        String url = network.nodeUrls().get(0);
        SessionSig sig = sessionSigsOf(owner).forNode(url).orElseThrow();
        AuthSig tampered = new AuthSig(sig.authSig().sig(), sig.authSig().derivedVia(),
                sig.signedMessage().replace("\"pkp-signing\"", "\"pkp-signinG\""), sig.authSig().address(),
                sig.authSig().algo());

        assertError(pkpSign(url, tampered), 400, "NodeInvalidAuthSigSessionKeySignature");
    }

    @Test
    void refusesAnotherNodesSessionSig() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        assertError(pkpSign(network.nodeUrls().get(1), sigs.forNode(network.nodeUrls().get(0)).orElseThrow().authSig()),
                403, "NodeNotAuthorized");
    }

    @Test
    void refusesAnExpiredSessionSig() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        clock.advance(Duration.ofHours(1).plusSeconds(61));
        String url = network.nodeUrls().get(0);
        assertError(pkpSign(url, sigs.forNode(url).orElseThrow().authSig()), 403, "NodeExpWrongOrTooLarge");
    }

    @Test
    void refusesAWalletThePkpDoesNotPermit() throws Exception {
        SessionSigs sigs = sessionSigsOf(FakeWalletSigner.random());
        String url = network.nodeUrls().get(0);
        assertError(pkpSign(url, sigs.forNode(url).orElseThrow().authSig()), 401, "NodeAuthSigScopeTooLimited");
    }

    @Test
    void refusesAnUnknownPkp() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        String url = network.nodeUrls().get(0);
        String generator = "0x0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
        assertError(pkpSign(url, sigs.forNode(url).orElseThrow().authSig(), generator), 400, "NodePKPTokenIdNotFound");
    }

    private static void assertError(Answer answer, int status, String errorCode) {
        assertEquals(status, answer.status(), answer.body());
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertEquals(errorCode, error.get("errorCode").getAsString(), answer.body());
        assertEquals(status, error.get("status").getAsInt());
        assertTrue(error.has("details"), answer.body());
    }
}
