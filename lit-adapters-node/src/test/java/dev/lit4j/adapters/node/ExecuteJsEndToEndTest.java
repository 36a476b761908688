package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.action.LitActionClaim;
import dev.lit4j.domain.action.LitActionFailedException;
import dev.lit4j.domain.action.ResponseStrategy;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

/**
 * {@code executeJs} end to end: {@link Lit4j#executeJs} over {@link HttpNodeTransport} against a local network
 * of 5 nodes (threshold 3) that runs the actions in its JavaScript runtime.
 */
class ExecuteJsEndToEndTest {
    private static final FakeWalletSigner WALLET = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    private LocalLitNetwork network;

    @BeforeEach
    void start() {
        network = LocalLitNetwork.builder()
                .nodeCount(5)
                .actionTimeout(Duration.ofSeconds(2))
                .build();
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private Lit4j lit() {
        return Lit4j.builder()
                .nodes(HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls())
                        .handshakeTimeout(Duration.ofSeconds(2))
                        .requestTimeout(Duration.ofSeconds(10))
                        .retryPolicy(TestNetwork.QUICK_RETRY)
                        .build()))
                .store(new FakeSessionStore())
                .build();
    }

    private static SessionSigs sessionSigs(Lit4j lit) {
        return lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                        .build(),
                lit.wallet(WALLET));
    }

    @Test
    void anActionReadsItsJsParamsAndSetsAJsonResponse() {
        Lit4j lit = lit();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("greeting", "hello");
        params.put("numbers", List.of(1, 2, 3));
        params.put("bytes", new byte[] {(byte) 0xff, 1});

        ExecuteJsResult result = lit.executeJs(
                ExecuteJsRequest.code("(async () => {"
                                + " const sum = numbers.reduce((a, b) => a + b, 0);"
                                + " console.log(`summing ${numbers.length} numbers`);"
                                + " Lit.Actions.setResponse({response: JSON.stringify({greeting, sum, first: jsParams.bytes[0],"
                                + " user: Lit.Auth.authSigAddress})}); })();")
                        .jsParams(params)
                        .build(),
                sessionSigs(lit));

        assertEquals(
                "{\"greeting\":\"hello\",\"sum\":6,\"first\":255,\"user\":\""
                        + WALLET.address().checksummed() + "\"}",
                result.response());
        assertEquals("summing 3 numbers\n", result.logs());
        assertEquals(JsonValue.Obj.class, result.responseJson().orElseThrow().getClass());
    }

    private static final String SIGNING_ACTION = "(async () => {"
            + " const first = await Lit.Actions.signEcdsa({toSign, publicKey, sigName: 'sig1'});"
            + " await Lit.Actions.ethPersonalSignMessageEcdsa({message: 'hello from a Lit Action', publicKey,"
            + " sigName: 'personal'});"
            + " Lit.Actions.setResponse({response: JSON.stringify({hello: 'world', first})}); })();";

    private static Map<String, Object> signingParams(PkpPublicKey pkp, byte[] digest) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("toSign", digest);
        params.put("publicKey", pkp.hex());
        return params;
    }

    @Test
    void anActionSignsWithThePkpAndSetsAJsonResponse() {
        PkpPublicKey pkp =
                new PkpPublicKey(network.pkps().mint(WALLET.address()).publicKey());
        byte[] digest = Hash.sha3("executeJs end to end".getBytes(StandardCharsets.UTF_8));
        Lit4j lit = lit();

        ExecuteJsResult result = lit.executeJs(
                ExecuteJsRequest.code(SIGNING_ACTION)
                        .jsParams(signingParams(pkp, digest))
                        .build(),
                sessionSigs(lit));

        assertEquals("{\"hello\":\"world\",\"first\":\"success\"}", result.response());
        assertEquals(
                List.of("sig1", "personal"), List.copyOf(result.signatures().keySet()));
        PkpSignature sig1 = result.signatures().get("sig1");
        assertEquals(pkp.ethAddress(), sig1.signature().recoverAddress(digest));
        assertEquals(Hex.encode(digest), sig1.dataSigned().hex());
        byte[] personal = Eip191.hash("hello from a Lit Action");
        assertEquals(
                pkp.ethAddress(),
                result.signatures().get("personal").signature().recoverAddress(personal));
    }

    @Test
    void twoNodesDownBeforeConnectingLeaveThreeThatSign() {
        PkpPublicKey pkp =
                new PkpPublicKey(network.pkps().mint(WALLET.address()).publicKey());
        byte[] digest = Hash.sha3("three of five".getBytes(StandardCharsets.UTF_8));
        network.node(0).faults().down();
        network.node(2).faults().down();
        Lit4j lit = lit();

        ExecuteJsResult result = lit.executeJs(
                ExecuteJsRequest.code(SIGNING_ACTION)
                        .jsParams(signingParams(pkp, digest))
                        .build(),
                sessionSigs(lit));

        assertEquals(
                pkp.ethAddress(), result.signatures().get("sig1").signature().recoverAddress(digest));
    }

    @Test
    void aWalletThePkpDoesNotPermitCannotSignInAnAction() {
        PkpPublicKey pkp = new PkpPublicKey(network.pkps()
                .mint(FakeWalletSigner.ofPrivateKey(
                                "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
                        .address())
                .publicKey());
        Lit4j lit = lit();

        LitActionFailedException e = assertThrows(
                LitActionFailedException.class,
                () -> lit.executeJs(
                        ExecuteJsRequest.code(SIGNING_ACTION)
                                .jsParams(signingParams(pkp, new byte[32]))
                                .build(),
                        sessionSigs(lit)));

        assertEquals(
                "Error: Neither you nor this Lit Action are authorized to sign using this PKP: " + pkp.hex0x(),
                e.error());
    }

    @Test
    void anActionClaimsAKeyAndEveryNodeSignsTheDerivedKeyId() {
        Lit4j lit = lit();
        ExecuteJsRequest request = ExecuteJsRequest.code(
                        "(async () => { await Lit.Actions.claimKey({keyId: 'alice'});" + " })();")
                .build();

        ExecuteJsResult result = lit.executeJs(request, sessionSigs(lit));

        LitActionClaim claim = result.claims().get("alice");
        byte[] derived = Hash.sha3((request.cid().value() + "_alice").getBytes(StandardCharsets.UTF_8));
        assertEquals(Hex.encode(derived), claim.derivedKeyId());
        assertEquals(5, claim.signatures().size());
        assertEquals(
                5,
                claim.signatures().stream()
                        .map(signature -> signature.recoverAddress(derived))
                        .distinct()
                        .count(),
                "each node signs with its own wallet");
        assertEquals(Map.of(), result.signatures());
    }

    @Test
    void anActionNamedByItsIpfsIdRuns() {
        IpfsCid cid = network.actions().register("Lit.Actions.setResponse({response: 'pinned'});");
        Lit4j lit = lit();

        ExecuteJsResult result =
                lit.executeJs(ExecuteJsRequest.ipfsId(cid.value()).build(), sessionSigs(lit));

        assertEquals("pinned", result.response());
    }

    @Test
    void anActionThatThrowsFailsWithItsErrorAndLogs() {
        Lit4j lit = lit();

        LitActionFailedException e = assertThrows(
                LitActionFailedException.class,
                () -> lit.executeJs(
                        ExecuteJsRequest.code("(async () => { console.log('about to fail');"
                                        + " throw new Error('the action refuses'); })();")
                                .build(),
                        sessionSigs(lit)));

        assertEquals("Error: the action refuses", e.error());
        assertEquals("about to fail\n", e.logs());
        assertEquals(5, e.failures().size());
        NodeFailure first = e.failures().get(0);
        assertEquals(400, first.httpStatus());
        assertEquals("Error: the action refuses", first.message());
        assertTrue(
                e.getMessage()
                        .startsWith("the Lit Action "
                                + ExecuteJsRequest.code(
                                                "(async () => {"
                                                        + " console.log('about to fail'); throw new Error('the action refuses'); })();")
                                        .build()
                                        .cid()
                                + " failed: \"Error: the action refuses\"; it logged: \"about to fail\\n\""),
                e.getMessage());
    }

    @Test
    void anActionThatLoopsForeverGetsTheNodesTimeoutAndTheNodesStayHealthy() {
        Lit4j lit = lit();
        SessionSigs sigs = sessionSigs(lit);

        LitActionFailedException e = assertThrows(
                LitActionFailedException.class,
                () -> lit.executeJs(
                        ExecuteJsRequest.code("console.log('spinning'); while (true) {}")
                                .build(),
                        sigs));

        assertEquals("spinning\n", e.logs());
        assertEquals(
                "There was a timeout error executing the Javascript for this action: Lit Action ran longer than"
                        + " 2000 ms",
                e.error());
        for (NodeFailure failure : e.failures()) {
            assertEquals("NodeJsTimeoutError", failure.errorCode());
            assertEquals(502, failure.httpStatus());
        }
        assertEquals(
                "still here",
                lit.executeJs(
                                ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'still here'});")
                                        .build(),
                                sigs)
                        .response());
    }

    @Test
    void twoNodesDownBeforeConnectingLeaveThreeThatRunTheAction() {
        network.node(1).faults().down();
        network.node(3).faults().down();
        Lit4j lit = lit();

        ExecuteJsResult result = lit.executeJs(
                ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'from three'});")
                        .build(),
                sessionSigs(lit));

        assertEquals(3, lit.nodes().network().nodeUrls().size());
        assertEquals("from three", result.response());
    }

    @Test
    void twoFaultyNodesFailTheCallAndAreBothNamed() {
        Lit4j lit = lit();
        SessionSigs sigs = sessionSigs(lit);
        network.node(0).faults().answerServerError();
        network.node(4).faults().answerGarbage();

        NodeException e = assertThrows(
                NodeException.class,
                () -> lit.executeJs(
                        ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'x'});")
                                .build(),
                        sigs));

        assertEquals(2, e.failures().size(), e.getMessage());
        assertEquals(
                List.of(network.node(0).url(), network.node(4).url()).stream()
                        .sorted()
                        .toList(),
                e.failures().stream().map(NodeFailure::nodeUrl).sorted().toList());
        assertTrue(e.getMessage().contains("2 of 5 nodes failed (3 succeeded, all are needed)"), e.getMessage());
    }

    @Test
    void singleNodeModeRunsOnOneNodeAndStrategiesPickAmongDifferingResponses() {
        Lit4j lit = lit();
        SessionSigs sigs = sessionSigs(lit);
        String code = "Lit.Actions.setResponse({response: String(Math.random() < 2)});";

        assertEquals(
                "true",
                lit.executeJs(ExecuteJsRequest.code(code).useSingleNode(true).build(), sigs)
                        .response());
        assertEquals(
                "custom:5",
                lit.executeJs(
                                ExecuteJsRequest.code(code)
                                        .responseStrategy(
                                                ResponseStrategy.custom(responses -> "custom:" + responses.size()))
                                        .build(),
                                sigs)
                        .response());
    }

    @Test
    void sessionSigsWithoutTheActionGrantAreRefusedByEveryNode() {
        Lit4j lit = lit();
        SessionSigs pkpOnly = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .build(),
                lit.wallet(WALLET));

        NodeException e = assertThrows(
                NodeException.class,
                () -> lit.executeJs(
                        ExecuteJsRequest.code("Lit.Actions.setResponse({response: 'x'});")
                                .build(),
                        pkpOnly));

        assertEquals(5, e.failures().size());
        assertTrue(e.failures().stream().allMatch(f -> f.errorCode() != null && f.httpStatus() >= 400), e.getMessage());
        assertInstanceOf(NodeException.class, e);
    }
}
