package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.SessionKeyFixture.PATH;
import static dev.lit4j.network.SessionKeyFixture.START;
import static dev.lit4j.network.SessionKeyFixture.assertAnswersAlike;
import static dev.lit4j.network.SessionKeyFixture.assertNodeError;
import static dev.lit4j.network.SessionKeyFixture.authContext;
import static dev.lit4j.network.SessionKeyFixture.combinesToAValidSignature;
import static dev.lit4j.network.SessionKeyFixture.handshakeKey;
import static dev.lit4j.network.SessionKeyFixture.toEveryNode;
import static dev.lit4j.network.SessionKeyFixture.toNode0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.chain.Block;
import dev.lit4j.network.pkp.AuthMethodId;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.sessionkey.JsSdkClient;
import dev.lit4j.network.sessionkey.NodeSessionSiwe;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /web/sign_session_key/v1} over real HTTP, with requests made the way the JS SDK v7 makes them: what a
 * network signs and how its shares combine.
 */
class SignSessionKeyEndpointTest {
    private final SessionKeyFixture fixture = new SessionKeyFixture();

    @AfterEach
    void closeNetworks() {
        fixture.close();
    }

    @Test
    void threeNodesSharesFromAnyTwoCombineToTheNetworkSignature() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());

        List<Answer> answers = toEveryNode(network, fixture.ownerRequest(network, pkp));

        assertAnswersAlike(answers, network);
        BlsPublicKey networkKey = handshakeKey(network);
        assertTrue(combinesToAValidSignature(List.of(answers.get(0), answers.get(1)), networkKey));
        assertTrue(combinesToAValidSignature(List.of(answers.get(2), answers.get(0)), networkKey));
        assertTrue(combinesToAValidSignature(List.of(answers.get(1), answers.get(2)), networkKey));
        assertTrue(combinesToAValidSignature(answers, networkKey));
        assertFalse(combinesToAValidSignature(List.of(answers.get(1)), networkKey));
    }

    @Test
    void tenNodesSharesFromAnySixCombineToTheNetworkSignature() throws Exception {
        LocalLitNetwork network = fixture.start(10);
        Pkp pkp = network.pkps().mint(fixture.owner.address());

        List<Answer> answers = toEveryNode(network, fixture.ownerRequest(network, pkp));

        assertAnswersAlike(answers, network);
        assertEquals(6, network.threshold());
        BlsPublicKey networkKey = handshakeKey(network);
        Random random = new Random(10);
        for (int trial = 0; trial < 5; trial++) {
            List<Answer> shuffled = new ArrayList<>(answers);
            Collections.shuffle(shuffled, random);
            assertTrue(combinesToAValidSignature(shuffled.subList(0, 6), networkKey), "trial " + trial);
            assertFalse(combinesToAValidSignature(shuffled.subList(0, 5), networkKey), "trial " + trial);
        }
        assertTrue(combinesToAValidSignature(answers.subList(4, 10), networkKey));
        assertTrue(combinesToAValidSignature(answers, networkKey));
    }

    @Test
    void theNodeSiweIsBuiltAsDatilNodesBuildIt() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        Block block = network.chain().latest();
        JsonObject body = fixture.ownerRequest(network, pkp);
        SiweMessage client = SiweMessage.parse(body.get("siweMessage").getAsString());

        SiweMessage nodeSiwe = SiweMessage.parse(
                toEveryNode(network, body).get(2).json().get("siweMessage").getAsString());

        Recap merged = RecapUrn.decode(nodeSiwe.resources().get(0));
        assertEquals(1, nodeSiwe.resources().size());
        assertEquals(client.statement() + " " + merged.statement(), nodeSiwe.statement());
        assertTrue(nodeSiwe.statement().endsWith(" (3) 'Auth': 'Auth' for 'lit-resolvedauthcontext://*'."));
        assertEquals(pkp.ethAddress(), nodeSiwe.address());
        assertEquals(block.hash(), nodeSiwe.nonce());
        assertEquals("2025-01-15T10:00:00Z", nodeSiwe.issuedAt());
        assertEquals(block.timestamp(), nodeSiwe.issuedAtInstant());
        assertEquals(client.expirationTime(), nodeSiwe.expirationTime());
        assertEquals(client.uri(), nodeSiwe.uri());
        assertEquals(JsSdkClient.DOMAIN, nodeSiwe.domain());
        assertEquals(
                List.of("lit-litaction://*", "lit-pkp://*", NodeSessionSiwe.AUTH_CONTEXT_RESOURCE),
                List.copyOf(merged.attenuations().keySet()));
        List<JsonValue.Obj> notaBene =
                merged.attenuations().get(NodeSessionSiwe.AUTH_CONTEXT_RESOURCE).get("Auth/Auth");
        long walletExpiration = START.plus(Duration.ofDays(7)).getEpochSecond();
        assertEquals(
                "[{\"auth_context\":{\"actionIpfsIds\":[],\"authMethodContexts\":[{\"appId\":\"lit\","
                        + "\"authMethodType\":1,\"expiration\":" + walletExpiration
                        + ",\"usedForSignSessionKeyRequest\":true,"
                        + "\"userId\":\"" + fixture.owner.address()
                        + "\"}],\"authSigAddress\":null,\"resources\":[]}}]",
                Jcs.canonicalize(new JsonValue.Arr(List.copyOf(notaBene))));
    }

    @Test
    void aLitActionSentAsCodeAuthorisesAPkpThatPermitsIt() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        String code = "Lit.Actions.setResponse({response:"
                + " String(magic === 42 && Lit.Auth.actionIpfsIds.length === 1)});";
        IpfsCid cid = IpfsCid.ofContent(code.getBytes(StandardCharsets.UTF_8));
        network.pkps().permitAction(pkp.tokenId(), cid, AuthMethodScope.PERSONAL_SIGN);
        JsonObject body = fixture.actionRequest(network, pkp);
        body.addProperty("code", Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8)));
        body.add("jsParams", JsonParser.parseString("{\"magic\":42}"));

        List<Answer> answers = toEveryNode(network, body);

        assertAnswersAlike(answers, network);
        assertTrue(combinesToAValidSignature(answers.subList(0, 2), handshakeKey(network)));
        assertEquals(
                "[{\"auth_context\":{\"actionIpfsIds\":[\"" + cid + "\"],\"authMethodContexts\":[],"
                        + "\"authSigAddress\":null,\"customAuthResource\":\"true\",\"resources\":[]}}]",
                authContext(answers.get(0)));
    }

    @Test
    void aLitActionNamedByIpfsIdAuthorisesAPkpThatPermitsIt() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        IpfsCid cid = network.actions().register("Lit.Actions.setResponse({response: 'true'});");
        network.pkps().permitAction(pkp.tokenId(), cid, AuthMethodScope.SIGN_ANYTHING);
        JsonObject body = fixture.actionRequest(network, pkp);
        body.addProperty("litActionIpfsId", cid.value());

        List<Answer> answers = toEveryNode(network, body);

        assertAnswersAlike(answers, network);
        assertTrue(authContext(answers.get(1)).contains("\"actionIpfsIds\":[\"" + cid + "\"]"));
    }

    @Test
    void aLitActionAnsweringFalseIsRefused() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        IpfsCid cid = network.actions().register("Lit.Actions.setResponse({response: 'false'});");
        network.pkps().permitAction(pkp.tokenId(), cid, AuthMethodScope.PERSONAL_SIGN);
        JsonObject body = fixture.actionRequest(network, pkp);
        body.addProperty("litActionIpfsId", cid.value());

        assertNodeError(
                toNode0(network, body.toString()),
                401,
                "NodeLitActionsSessionSigAuthenticationFailed",
                "Validation",
                "Authentication failed for session_sig signing via Lit Action");
    }

    @Test
    void aLitActionThePkpDoesNotPermitIsRefused() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        JsonObject body = fixture.actionRequest(network, pkp);
        body.addProperty(
                "litActionIpfsId",
                network.actions()
                        .register("Lit.Actions.setResponse({response: 'true'});")
                        .value());

        assertNodeError(
                toNode0(network, body.toString()),
                401,
                "NodeAuthSigScopeTooLimited",
                "Validation",
                "None of the AuthMethods, AuthSig or Lit Actions meet the requires scope [2].");
    }

    @Test
    void aWalletThePkpDoesNotPermitIsRefusedUntilPermitted() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        FakeWalletSigner stranger = FakeWalletSigner.random();
        String nonce = network.chain().latestBlockhash();
        JsonObject body = JsSdkClient.body(
                List.of(JsSdkClient.walletAuthMethod(stranger, nonce, START)),
                pkp.publicKey0x(),
                JsSdkClient.sessionSiwe(pkp.ethAddress(), nonce, START));

        assertNodeError(
                toNode0(network, body.toString()),
                401,
                "NodeAuthSigScopeTooLimited",
                "Validation",
                "None of the AuthMethods, AuthSig or Lit Actions meet the requires scope [2].");

        network.pkps().permitAddress(pkp.tokenId(), stranger.address(), AuthMethodScope.PERSONAL_SIGN);

        assertEquals(200, toNode0(network, body.toString()).status());
    }

    @Test
    void withoutAPkpKeyTheNodesFindThePkpByTheFirstAuthMethod() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        JsonObject body = fixture.ownerRequest(network, pkp);
        body.remove("pkpPublicKey");

        assertNodeError(
                toNode0(network, body.toString()),
                400,
                "NodePKPTokenIdNotFound",
                "Unexpected",
                "Could not find PKP token IDs for auth method id 0x");

        network.pkps()
                .permitAuthMethod(
                        pkp.tokenId(),
                        AuthMethodType.ETH_WALLET,
                        AuthMethodId.ethWalletLit(fixture.owner.address(), true),
                        AuthMethodScope.PERSONAL_SIGN);
        List<Answer> answers = toEveryNode(network, body);

        assertAnswersAlike(answers, network);
        assertEquals(
                pkp.ethAddress(),
                SiweMessage.parse(answers.get(0).json().get("siweMessage").getAsString())
                        .address());
    }

    @Test
    void theWrongBlsShareFaultBreaksEveryCombinationWithThatNode() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        network.node(1).faults().wrongBlsShare(true);

        List<Answer> answers = toEveryNode(network, fixture.ownerRequest(network, pkp));

        assertAnswersAlike(answers, network);
        BlsPublicKey networkKey = handshakeKey(network);
        assertFalse(combinesToAValidSignature(List.of(answers.get(0), answers.get(1)), networkKey));
        assertFalse(combinesToAValidSignature(List.of(answers.get(1), answers.get(2)), networkKey));
        assertTrue(combinesToAValidSignature(List.of(answers.get(0), answers.get(2)), networkKey));
    }

    @Test
    void twoWrongBlsSharesDoNotCancelOutWhenAllThreeAnswersAreCombined() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        network.node(0).faults().wrongBlsShare(true);
        network.node(1).faults().wrongBlsShare(true);

        List<Answer> answers = toEveryNode(network, fixture.ownerRequest(network, pkp));

        assertAnswersAlike(answers, network);
        // ids {1,2,3}: Lagrange coefficients 3, -3, 1, so one shared offset on ids 1 and 2 would cancel
        assertFalse(combinesToAValidSignature(answers, handshakeKey(network)));
        assertFalse(combinesToAValidSignature(List.of(answers.get(0), answers.get(1)), handshakeKey(network)));
    }

    @Test
    void concurrentRequestsAreAllServed() throws Exception {
        LocalLitNetwork network = fixture.start(3);
        Pkp pkp = network.pkps().mint(fixture.owner.address());
        String body = fixture.ownerRequest(network, pkp).toString();
        List<CompletableFuture<Answer>> answers = new ArrayList<>();

        for (int i = 0; i < 30; i++) {
            String url = network.nodeUrls().get(i % network.nodeCount());
            answers.add(NodeClient.sendAsync(post(url, PATH, body, sdkHeaders("lit_" + i))));
        }

        Set<String> siweMessages = new HashSet<>();
        for (CompletableFuture<Answer> answer : answers) {
            assertEquals(200, answer.get().status(), answer.get().body());
            siweMessages.add(answer.get().json().get("siweMessage").getAsString());
        }
        assertEquals(1, siweMessages.size());
    }
}
