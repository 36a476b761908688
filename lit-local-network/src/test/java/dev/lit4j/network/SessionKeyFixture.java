package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.handshake;
import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.sessionkey.JsSdkClient;
import dev.lit4j.network.sessionkey.NodeSessionSiwe;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Networks, a PKP owner and the client side of {@code sign_session_key} for the endpoint's tests. */
final class SessionKeyFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2025-01-15T10:00:00.250Z");
    static final String PATH = LocalLitNetwork.SIGN_SESSION_KEY_PATH;

    final FakeClock clock = new FakeClock(START);
    final FakeWalletSigner owner = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private final List<LocalLitNetwork> networks = new ArrayList<>();

    LocalLitNetwork start(int nodeCount) {
        LocalLitNetwork network = LocalLitNetwork.builder()
                .nodeCount(nodeCount)
                .seed(nodeCount)
                .clock(clock)
                .build();
        networks.add(network);
        return network;
    }

    @Override
    public void close() {
        networks.forEach(LocalLitNetwork::close);
    }

    /** The body the JS SDK sends for {@code pkp}, authenticated by {@link #owner}'s wallet, now. */
    JsonObject ownerRequest(LocalLitNetwork network, Pkp pkp) {
        String nonce = network.chain().latestBlockhash();
        Instant now = clock.instant();
        return JsSdkClient.body(
                List.of(JsSdkClient.walletAuthMethod(owner, nonce, now)),
                pkp.publicKey0x(),
                JsSdkClient.sessionSiwe(pkp.ethAddress(), nonce, now));
    }

    /** {@link #ownerRequest} with another client SIWE. */
    JsonObject ownerRequest(LocalLitNetwork network, Pkp pkp, SiweMessage siwe) {
        JsonObject body = ownerRequest(network, pkp);
        body.addProperty("siweMessage", siwe.render());
        return body;
    }

    /** A body without auth methods, for a custom-auth Lit Action to fill in. */
    JsonObject actionRequest(LocalLitNetwork network, Pkp pkp) {
        String nonce = network.chain().latestBlockhash();
        return JsSdkClient.body(
                List.of(), pkp.publicKey0x(), JsSdkClient.sessionSiwe(pkp.ethAddress(), nonce, clock.instant()));
    }

    static List<Answer> toEveryNode(LocalLitNetwork network, JsonObject body) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (String url : network.nodeUrls()) {
            answers.add(send(post(url, PATH, body.toString(), sdkHeaders("lit_4f1c"))));
        }
        return answers;
    }

    static Answer toNode0(LocalLitNetwork network, String body) throws Exception {
        return send(post(network.node(0).url(), PATH, body, sdkHeaders("lit_4f1c")));
    }

    static BlsPublicKey handshakeKey(LocalLitNetwork network) throws Exception {
        return BlsPublicKey.parse(
                "networkPublicKey",
                handshake(network.node(0).url()).json().get("networkPublicKey").getAsString());
    }

    static BlsSignatureShare share(Answer answer) {
        return BlsSignatureShare.fromJson(
                "signatureShare", answer.json().get("signatureShare").toString());
    }

    /** Whether the shares of {@code subset} combine to a signature of their SIWE under {@code networkKey}. */
    static boolean combinesToAValidSignature(List<Answer> subset, BlsPublicKey networkKey) {
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(
                Eip191.hash(subset.get(0).json().get("siweMessage").getAsString()));
        return BlsPopScheme.verify(
                networkKey,
                message.bytes(),
                BlsShareCombiner.combine(
                        subset.stream().map(SessionKeyFixture::share).toList()));
    }

    /** The canonical JSON of the {@code Auth/Auth} nota bene of the answer's SIWE. */
    static String authContext(Answer answer) {
        Recap merged = RecapUrn.decode(
                SiweMessage.parse(answer.json().get("siweMessage").getAsString())
                        .resources()
                        .get(0));
        return Jcs.canonicalize(new JsonValue.Arr(List.copyOf(
                merged.attenuations().get(NodeSessionSiwe.AUTH_CONTEXT_RESOURCE).get("Auth/Auth"))));
    }

    /** Every answer is a Datil success in key order, node i's with share index i, all over one SIWE. */
    static void assertAnswersAlike(List<Answer> answers, LocalLitNetwork network) {
        Set<String> siweMessages = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            JsonObject json = answer.json();
            assertEquals(200, answer.status(), answer.body());
            assertEquals(
                    List.of(
                            "result",
                            "signatureShare",
                            "shareIndex",
                            "curveType",
                            "siweMessage",
                            "dataSigned",
                            "blsRootPubkey"),
                    List.copyOf(json.keySet()));
            assertEquals("success", json.get("result").getAsString());
            assertEquals(i, json.get("shareIndex").getAsInt());
            assertEquals(i + 1, share(answer).identifier());
            assertTrue(
                    json.getAsJsonObject("signatureShare")
                            .get("ProofOfPossession")
                            .getAsString()
                            .matches("[0-9a-f]{194}"),
                    answer.body());
            assertEquals("BLS", json.get("curveType").getAsString());
            String siwe = json.get("siweMessage").getAsString();
            siweMessages.add(siwe);
            assertEquals(
                    LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe)).hex(),
                    json.get("dataSigned").getAsString());
            assertEquals(
                    network.keys().blsPublicKey(), json.get("blsRootPubkey").getAsString());
        }
        assertEquals(1, siweMessages.size());
    }

    /** The answer is the Lit error with this status, code (null for none), kind and a detail containing text. */
    static void assertNodeError(Answer answer, int status, String errorCode, String errorKind, String detail) {
        JsonObject error = answer.json();
        assertEquals(status, answer.status(), answer.body());
        assertEquals(status, error.get("status").getAsInt(), answer.body());
        assertEquals(errorCode, error.has("errorCode") ? error.get("errorCode").getAsString() : null, answer.body());
        assertEquals(errorKind, error.get("errorKind").getAsString(), answer.body());
        assertEquals("lit_4f1c", error.get("correlationId").getAsString(), answer.body());
        assertTrue(error.getAsJsonArray("details").toString().contains(detail), answer.body());
    }
}
