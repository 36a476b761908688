package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /web/pkp/sign/v1}: a session sig made by the real client is checked as a node does; then the signing
 * subset answers ECDSA shares, which combine to the PKP's signature, and the other nodes the fail share.
 */
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
        FakeNodeTransport nodes = new FakeNodeTransport(
                new ConnectedNetwork(
                        network.nodeUrls(),
                        network.threshold(),
                        BlsPublicKey.parse("key", network.keys().blsPublicKey())),
                network.chain().latestBlockhash());
        issuer = new SessionSigIssuer(nodes, new FakeSessionStore(), clock);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private SessionSigs sessionSigsOf(FakeWalletSigner wallet) {
        return issuer.getSessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .expiration(clock.instant().plus(Duration.ofHours(1)))
                        .build(),
                new WalletAuthSigner(wallet, clock));
    }

    private Answer pkpSign(String url, AuthSig sessionSig) throws Exception {
        return pkpSign(url, sessionSig, "0x" + pkp.publicKey());
    }

    private Answer pkpSign(String url, AuthSig sessionSig, String pubkey) throws Exception {
        return pkpSign(url, sessionSig, pubkey, DIGEST, "lit_pkpsign", null);
    }

    private Answer pkpSign(
            String url, AuthSig sessionSig, String pubkey, byte[] digest, String requestId, JsonElement authMethods)
            throws Exception {
        JsonObject body = new JsonObject();
        JsonArray toSign = new JsonArray();
        for (byte b : digest) {
            toSign.add(b & 0xff);
        }
        body.add("toSign", toSign);
        body.addProperty("pubkey", pubkey);
        body.add("authSig", JsonParser.parseString(AuthSigJson.toJson(sessionSig)));
        if (authMethods != null) {
            body.add("authMethods", authMethods);
        }
        body.addProperty("epoch", 1);
        return send(post(url, "/web/pkp/sign/v1", body.toString(), sdkHeaders(requestId)));
    }

    /** Every node's answer to one request, by node index. */
    private List<JsonObject> answersOfEveryNode(SessionSigs sigs, String requestId) throws Exception {
        List<JsonObject> answers = new ArrayList<>();
        for (String url : network.nodeUrls()) {
            Answer answer = pkpSign(
                    url, sigs.forNode(url).orElseThrow().authSig(), "0x" + pkp.publicKey(), DIGEST, requestId, null);
            assertEquals(200, answer.status(), answer.body());
            answers.add(JsonParser.parseString(answer.body()).getAsJsonObject());
        }
        return answers;
    }

    private static List<EcdsaSignatureShare> validShares(List<JsonObject> answers) {
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            JsonObject share = answers.get(i).getAsJsonObject("signatureShare");
            if (!share.get("signature_share").getAsString().isEmpty()) {
                shares.add(EcdsaSignatureShare.of(
                        "node-" + i,
                        unquoted(share, "signature_share"),
                        unquoted(share, "big_r"),
                        unquoted(share, "public_key"),
                        unquoted(share, "digest")));
            }
        }
        return shares;
    }

    private static String unquoted(JsonObject share, String key) {
        String quoted = share.get(key).getAsString();
        assertTrue(quoted.startsWith("\"") && quoted.endsWith("\""), key + " is quoted hex: " + quoted);
        return quoted.substring(1, quoted.length() - 1);
    }

    @Test
    void thresholdNodesAnswerSharesTheOthersTheFailShareAndTheSharesCombineToThePkpsSignature() throws Exception {
        List<JsonObject> answers = answersOfEveryNode(sessionSigsOf(owner), "lit_pkpsign");

        List<EcdsaSignatureShare> shares = validShares(answers);
        assertEquals(network.threshold(), shares.size(), answers.toString());
        for (JsonObject answer : answers) {
            assertEquals(true, answer.get("success").getAsBoolean());
            assertEquals(toSignJson(DIGEST), answer.get("signedData"));
            JsonObject share = answer.getAsJsonObject("signatureShare");
            assertEquals(
                    List.of("digest", "result", "share_index", "signature_share", "big_r", "public_key", "sig_type"),
                    List.copyOf(share.keySet()));
            assertEquals(0, share.get("share_index").getAsInt());
            if (share.get("result").getAsString().equals("fail")) {
                assertEquals(
                        "{\"digest\":\"fail\",\"result\":\"fail\",\"share_index\":0,\"signature_share\":\"\","
                                + "\"big_r\":\"\",\"public_key\":\"\",\"sig_type\":\"\"}",
                        share.toString());
            } else {
                assertEquals("K256", share.get("sig_type").getAsString());
                assertEquals(
                        "\"" + pkp.publicKey().toUpperCase(Locale.ROOT) + "\"",
                        share.get("public_key").getAsString());
                assertEquals(
                        "\"" + Hex.encode(DIGEST).toUpperCase(Locale.ROOT) + "\"",
                        share.get("digest").getAsString());
            }
        }
        PkpSignature signature =
                EcdsaShareCombiner.combine(shares, new PkpPublicKey(pkp.publicKey()), DataToSign.ofDigest(DIGEST));
        assertEquals(pkp.ethAddress(), signature.signature().recoverAddress(DIGEST));
        for (EcdsaSignatureShare share : shares) {
            assertEquals(
                    1,
                    shares.stream()
                            .filter(other -> other.share().equals(share.share()))
                            .count(),
                    "each node's share is its own");
        }
    }

    @Test
    void theSubsetAndRDependOnTheRequestIdAndRepeatForTheSameOne() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        List<JsonObject> first = answersOfEveryNode(sigs, "lit_aaaa");
        List<JsonObject> again = answersOfEveryNode(sigs, "lit_aaaa");
        Set<String> rs = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            validShares(answersOfEveryNode(sigs, "lit_" + i)).forEach(share -> rs.add(share.bigR()));
        }

        assertEquals(first.toString(), again.toString());
        assertEquals(8, rs.size(), "each request has its own nonce");
    }

    @Test
    void aWrongShareNodeForgesAShareAndAMissingShareNodeWithholdsIt() throws Exception {
        network.node(0).faults().wrongEcdsaShare(true);
        network.node(1).faults().missingEcdsaShare(true);
        network.node(2).faults().missingEcdsaShare(true);
        List<JsonObject> answers = answersOfEveryNode(sessionSigsOf(owner), "lit_faults");

        // two of three nodes are faulty, so the subset falls back to the nodes that are up: 0 and 1 (threshold 2)
        // or another pair; whatever it is, node 0's share is wrong and nodes 1 and 2 give none
        List<EcdsaSignatureShare> shares = validShares(answers);
        assertEquals(1, shares.size(), answers.toString());
        assertEquals("node-0", shares.get(0).nodeUrl());
        assertEquals(
                "fail",
                answers.get(1).getAsJsonObject("signatureShare").get("result").getAsString());
        assertEquals(
                "fail",
                answers.get(2).getAsJsonObject("signatureShare").get("result").getAsString());
    }

    @Test
    void refusesAuthMethodsAndAnAuthSigThatIsNotASessionSig() throws Exception {
        String url = network.nodeUrls().get(0);
        AuthSig session = sessionSigsOf(owner).forNode(url).orElseThrow().authSig();
        AuthSig wallet = AuthSig.wallet(
                "0x" + "11".repeat(65), "not a session", owner.address().checksummed());

        Answer withMethods = pkpSign(url, session, "0x" + pkp.publicKey(), DIGEST, "lit_x", new JsonArray());
        Answer withWallet = pkpSign(url, wallet);

        assertError(withMethods, 400, "NodeCannotProvideAuthMethodForEndpoint");
        assertDetails(withMethods, "Can't provide AuthMethods for pkpSign. You have to provide an SessionSig.");
        assertError(withWallet, 400, "NodeCannotProvideAuthSigForEndpoint");
        assertDetails(withWallet, "Can't provide AuthSig for pkpSign. You have to provide a SessionSig.");
    }

    @Test
    void refusesACompressedPubkeyAndASigningNodeRefusesADigestThatIsNot32Bytes() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        String url = network.nodeUrls().get(0);
        String compressed = "0x02" + pkp.publicKey().substring(2, 66);

        Answer shortKey = pkpSign(url, sigs.forNode(url).orElseThrow().authSig(), compressed);
        assertEquals(400, shortKey.status(), shortKey.body());
        assertDetails(shortKey, "Invalid pubkey length.  Expected 65 bytes, got 33");

        int refused = 0;
        for (String node : network.nodeUrls()) {
            Answer answer = pkpSign(
                    node,
                    sigs.forNode(node).orElseThrow().authSig(),
                    "0x" + pkp.publicKey(),
                    new byte[31],
                    "lit_short",
                    null);
            if (answer.status() != 200) {
                refused++;
                assertEquals(400, answer.status(), answer.body());
                assertDetails(
                        answer,
                        "Error signing with the PKP",
                        "Message length to be signed is not 32 bytes."
                                + "  Please hash it before sending it to the node to sign.  You can use SHA256 or Keccak256 for"
                                + " example");
            }
        }
        assertEquals(
                network.threshold(), refused, "the signing nodes check the length; the others answer the fail share");
    }

    @Test
    void refusesATamperedSessionSig() throws Exception {
        String url = network.nodeUrls().get(0);
        SessionSig sig = sessionSigsOf(owner).forNode(url).orElseThrow();
        AuthSig tampered = new AuthSig(
                sig.authSig().sig(),
                sig.authSig().derivedVia(),
                sig.signedMessage().replace("\"pkp-signing\"", "\"pkp-signinG\""),
                sig.authSig().address(),
                sig.authSig().algo());

        assertError(pkpSign(url, tampered), 400, "NodeInvalidAuthSigSessionKeySignature");
    }

    @Test
    void refusesAnotherNodesSessionSig() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        assertError(
                pkpSign(
                        network.nodeUrls().get(1),
                        sigs.forNode(network.nodeUrls().get(0)).orElseThrow().authSig()),
                403,
                "NodeNotAuthorized");
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
        Answer answer = pkpSign(url, sigs.forNode(url).orElseThrow().authSig());

        assertError(answer, 401, "NodePKPNotAuthorized");
        assertDetails(
                answer,
                "Error signing with the PKP",
                "Neither you nor this Lit Action are authorized to sign" + " using this PKP: " + pkp.publicKey0x());
    }

    @Test
    void refusesAnUnknownPkp() throws Exception {
        SessionSigs sigs = sessionSigsOf(owner);
        String url = network.nodeUrls().get(0);
        String generator = "0x0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
        assertError(pkpSign(url, sigs.forNode(url).orElseThrow().authSig(), generator), 400, "NodePKPTokenIdNotFound");
    }

    private static JsonArray toSignJson(byte[] digest) {
        JsonArray array = new JsonArray();
        for (byte b : digest) {
            array.add(b & 0xff);
        }
        return array;
    }

    private static void assertDetails(Answer answer, String... details) {
        JsonArray expected = new JsonArray();
        for (String detail : details) {
            expected.add(detail);
        }
        assertEquals(
                expected,
                JsonParser.parseString(answer.body()).getAsJsonObject().get("details"),
                answer.body());
    }

    private static void assertError(Answer answer, int status, String errorCode) {
        assertEquals(status, answer.status(), answer.body());
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertEquals(errorCode, error.get("errorCode").getAsString(), answer.body());
        assertEquals(status, error.get("status").getAsInt());
        assertTrue(error.has("details"), answer.body());
    }
}
