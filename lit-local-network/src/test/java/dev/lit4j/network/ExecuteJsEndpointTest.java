package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.action.LitActionLimits;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /web/execute/v1} on one node: the Datil node's checks, answers and error bodies (operations spec §2.3–2.4). */
class ExecuteJsEndpointTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final FakeWalletSigner owner = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private LocalLitNetwork network;
    private SessionSigs sigs;
    private AuthSig sessionSig;
    private String url;

    @BeforeEach
    void start() {
        open(LocalLitNetwork.builder().nodeCount(3).seed(5).clock(clock).actionTimeout(Duration.ofMillis(800)));
    }

    private void open(LocalLitNetwork.Builder builder) {
        network = builder.build();
        FakeNodeTransport nodes = new FakeNodeTransport(
                new ConnectedNetwork(
                        network.nodeUrls(),
                        network.threshold(),
                        BlsPublicKey.parse("key", network.keys().blsPublicKey())),
                network.chain().latestBlockhash());
        sigs = new SessionSigIssuer(nodes, new FakeSessionStore(), clock)
                .getSessionSigs(
                        SessionSigsRequest.builder()
                                .resource(
                                        LitResource.wildcard(ResourcePrefix.LIT_ACTION),
                                        LitAbility.LIT_ACTION_EXECUTION)
                                .expiration(clock.instant().plus(Duration.ofHours(1)))
                                .build(),
                        new WalletAuthSigner(owner, clock));
        url = network.nodeUrls().get(0);
        sessionSig = sigs.forNode(url).orElseThrow().authSig();
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private static String base64(String code) {
        return Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8));
    }

    private Answer execute(JsonObject body) throws Exception {
        if (!body.has("authSig")) {
            body.add("authSig", JsonParser.parseString(AuthSigJson.toJson(sessionSig)));
        }
        return send(post(url, LocalLitNetwork.EXECUTE_JS_PATH, body.toString(), sdkHeaders("lit_exec")));
    }

    private Answer executeCode(String code) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("code", base64(code));
        return execute(body);
    }

    @Test
    void answersTheActionsResponseAndLogsAsADatilNode() throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("code", base64("console.log('n is', n); Lit.Actions.setResponse({response: String(n + 1)});"));
        JsonObject params = new JsonObject();
        params.addProperty("n", 41);
        body.add("jsParams", params);

        Answer answer = execute(body);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(
                "{\"success\":true,\"signedData\":{},\"decryptedData\":{},\"claimData\":{},\"response\":\"42\","
                        + "\"logs\":\"n is 41\\n\"}",
                answer.body());
    }

    @Test
    void anActionThatThrowsIsAnswered400WithItsErrorAndLogs() throws Exception {
        Answer answer = executeCode("console.log('a'); throw new TypeError('bad input');");

        assertEquals(400, answer.status());
        assertEquals("{\"success\":false,\"error\":\"TypeError: bad input\",\"logs\":\"a\\n\"}", answer.body());
    }

    @Test
    void anActionThatRunsTooLongIsAnsweredWithTheTimeoutErrorAndItsLogs() throws Exception {
        Answer answer = executeCode("console.log('looping'); for (;;) {}");

        assertEquals(502, answer.status());
        assertEquals(
                "{\"correlationId\":\"lit_exec\",\"details\":[\"Lit Action ran longer than 800 ms\"],"
                        + "\"errorCode\":\"NodeJsTimeoutError\",\"errorKind\":\"Timeout\",\"message\":\"There was a timeout"
                        + " error executing the Javascript for this action\",\"status\":502,\"logs\":\"looping\\n\"}",
                answer.body());
        assertEquals(
                200, executeCode("Lit.Actions.setResponse({response: 'ok'});").status(), "the node stays healthy");
    }

    @Test
    void anActionPastTheMemoryOrResponseLimitIsAnsweredWithTheNodesError() throws Exception {
        network.close();
        open(LocalLitNetwork.builder()
                .nodeCount(3)
                .seed(5)
                .clock(clock)
                .actionLimits(new LitActionLimits(Duration.ofSeconds(20), 16L * 1024 * 1024, 8)));

        Answer memory = executeCode(
                "console.log('hoarding'); const kept = [];" + " for (;;) { kept.push(new Array(100000).fill(0.5)); }");
        Answer response = executeCode("Lit.Actions.setResponse({response: 'nine char'});");

        assertEquals(502, memory.status());
        assertEquals(
                "{\"correlationId\":\"lit_exec\",\"details\":[\"Lit Action used more than 16 MiB of memory\"],"
                        + "\"errorCode\":\"NodeJsMemoryLimitError\",\"errorKind\":\"Validation\",\"message\":\"The memory limit"
                        + " was exceeded when executing the Javascript for this action\",\"status\":502,\"logs\":\"hoarding\\n\"}",
                memory.body());
        assertEquals(400, response.status());
        assertEquals(
                "{\"success\":false,\"error\":\"Error: Response is too long: 9 characters, at most 8 are"
                        + " allowed\",\"logs\":\"\"}",
                response.body());
    }

    @Test
    void anActionByIpfsIdRunsThePinnedCode() throws Exception {
        IpfsCid cid = network.actions().register("Lit.Actions.setResponse({response: Lit.Auth.actionIpfsIds[0]});");
        JsonObject body = new JsonObject();
        body.addProperty("ipfsId", cid.value());

        Answer answer = execute(body);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(
                cid.value(),
                JsonParser.parseString(answer.body())
                        .getAsJsonObject()
                        .get("response")
                        .getAsString());
    }

    @Test
    void theNodesChecksInOrder() throws Exception {
        JsonObject withAuthMethods = new JsonObject();
        withAuthMethods.addProperty("code", base64("1"));
        withAuthMethods.add("authMethods", new JsonArray());
        Answer authMethods = execute(withAuthMethods);
        assertEquals(400, authMethods.status());
        assertTrue(
                authMethods
                        .body()
                        .contains(
                                "\"details\":[\"Can't provide AuthMethods for executeJs. You have to"
                                        + " provide an SessionSig.\"],\"errorCode\":\"NodeCannotProvideAuthMethodForEndpoint\""),
                authMethods.body());

        JsonObject walletSig = new JsonObject();
        walletSig.addProperty("code", base64("1"));
        walletSig.add(
                "authSig",
                JsonParser.parseString(AuthSigJson.toJson(AuthSig.wallet(
                        "0x" + "11".repeat(65), "a message", owner.address().checksummed()))));
        Answer notSession = execute(walletSig);
        assertEquals(400, notSession.status());
        assertTrue(
                notSession.body().contains("\"errorCode\":\"NodeCannotProvideAuthSigForEndpoint\""), notSession.body());

        Answer neither = execute(new JsonObject());
        assertEquals(400, neither.status());
        assertTrue(
                neither.body()
                        .contains("\"details\":[\"No code or ipfs hash provided\"],\"errorCode\":"
                                + "\"NodeInvalidIPFSID\""),
                neither.body());

        JsonObject badBase64 = new JsonObject();
        badBase64.addProperty("code", "not base64!");
        Answer conversion = execute(badBase64);
        assertEquals(500, conversion.status());
        assertTrue(
                conversion.body().contains("Your Lit Action code could not be decoded from base64"), conversion.body());

        JsonObject unknownId = new JsonObject();
        unknownId.addProperty("ipfsId", IpfsCid.ofContent(new byte[] {1}).value());
        Answer ipfs = execute(unknownId);
        assertEquals(500, ipfs.status());
        assertTrue(ipfs.body().contains("\"errorKind\":\"IPFS\""), ipfs.body());

        JsonObject noSig = new JsonObject();
        noSig.addProperty("code", base64("1"));
        Answer missing = send(post(url, LocalLitNetwork.EXECUTE_JS_PATH, noSig.toString(), sdkHeaders("lit_x")));
        assertEquals(422, missing.status());
        assertTrue(missing.body().contains("missing field `authSig`"), missing.body());
    }

    @Test
    void aSessionForAnotherActionIsRefused() throws Exception {
        SessionSigs other = new SessionSigIssuer(
                        new FakeNodeTransport(
                                new ConnectedNetwork(
                                        network.nodeUrls(),
                                        network.threshold(),
                                        BlsPublicKey.parse("key", network.keys().blsPublicKey())),
                                network.chain().latestBlockhash()),
                        new FakeSessionStore(),
                        clock)
                .getSessionSigs(
                        SessionSigsRequest.builder()
                                .resource(
                                        LitResource.litAction(IpfsCid.ofContent(new byte[] {2})
                                                .value()),
                                        LitAbility.LIT_ACTION_EXECUTION)
                                .expiration(clock.instant().plus(Duration.ofHours(1)))
                                .build(),
                        new WalletAuthSigner(owner, clock));
        JsonObject body = new JsonObject();
        body.addProperty("code", base64("1"));
        body.add(
                "authSig",
                JsonParser.parseString(
                        AuthSigJson.toJson(other.forNode(url).orElseThrow().authSig())));

        Answer answer = execute(body);

        assertTrue(answer.status() >= 400, answer.body());
        assertTrue(answer.body().contains("\"errorCode\":\"Node"), answer.body());
    }

    @Test
    void signEcdsaAnswersTheSubsetsSharesThatCombineAndTheFailShareElsewhere() throws Exception {
        Pkp pkp = network.pkps().mint(owner.address());
        byte[] digest = new byte[32];
        java.util.Arrays.fill(digest, (byte) 7);
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        int failShares = 0;
        for (String node : network.nodeUrls()) {
            JsonObject body = new JsonObject();
            body.addProperty(
                    "code",
                    base64("(async () => { await Lit.Actions.signEcdsa({toSign: new Uint8Array(32)"
                            + ".fill(7), publicKey, sigName: 'sig1'}); })();"));
            JsonObject params = new JsonObject();
            params.addProperty("publicKey", pkp.publicKey0x());
            body.add("jsParams", params);
            body.add(
                    "authSig",
                    JsonParser.parseString(
                            AuthSigJson.toJson(sigs.forNode(node).orElseThrow().authSig())));

            Answer answer = send(post(node, LocalLitNetwork.EXECUTE_JS_PATH, body.toString(), sdkHeaders("lit_sign")));

            assertEquals(200, answer.status(), answer.body());
            JsonObject entry = JsonParser.parseString(answer.body())
                    .getAsJsonObject()
                    .getAsJsonObject("signedData")
                    .getAsJsonObject("sig1");
            if (entry.get("signatureShare").getAsString().isEmpty()) {
                failShares++;
                assertEquals(
                        "{\"sigType\":\"K256\",\"dataSigned\":\"fail\",\"signatureShare\":\"\",\"shareIndex\":0,"
                                + "\"bigR\":\"\",\"publicKey\":\"\",\"sigName\":\"sig1\"}",
                        entry.toString());
            } else {
                assertEquals(
                        "\"" + "07".repeat(32) + "\"", entry.get("dataSigned").getAsString());
                assertEquals(
                        "\"" + pkp.publicKey().toUpperCase(Locale.ROOT) + "\"",
                        entry.get("publicKey").getAsString());
                shares.add(EcdsaSignatureShare.of(
                        node,
                        unquoted(entry, "signatureShare"),
                        unquoted(entry, "bigR"),
                        unquoted(entry, "publicKey"),
                        unquoted(entry, "dataSigned")));
            }
        }

        assertEquals(network.threshold(), shares.size());
        assertEquals(network.nodeCount() - network.threshold(), failShares);
        PkpSignature signature =
                EcdsaShareCombiner.combine(shares, new PkpPublicKey(pkp.publicKey()), DataToSign.ofDigest(digest));
        assertEquals(pkp.ethAddress(), signature.signature().recoverAddress(digest));
    }

    private static String unquoted(JsonObject entry, String key) {
        return entry.get(key).getAsString().replace("\"", "");
    }
}
