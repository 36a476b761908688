package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.naga.NagaNodeTransport;
import dev.lit4j.domain.Lit4j;
import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.action.ExecuteJsResult;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.action.LitActionFailedException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.PkpAuthSigner;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.network.LocalLitNetwork;
import dev.lit4j.network.pkp.AuthMethodScope;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Lit4j operation end to end over the Naga wire: {@link Lit4j} on a {@link NagaNodeTransport} against a
 * {@link LocalLitNetwork} in Naga mode (5 nodes, threshold 3) that opens and seals every {@code /v2} request, checks
 * each session sig's {@code maxPrice} against its prices and answers Naga share formats.
 */
class NagaEndToEndTest {
    private static final DataToSign MESSAGE =
            DataToSign.hashOf("Hello Naga".getBytes(StandardCharsets.UTF_8), DataToSign.MessageHash.KECCAK256);

    private LocalLitNetwork network;
    private PkpPublicKey pkp;

    @BeforeEach
    void start() {
        network = LocalLitNetwork.builder()
                .protocol(NodeProtocol.NAGA)
                .nodeCount(5)
                .actionTimeout(Duration.ofSeconds(2))
                .build();
        pkp = new PkpPublicKey(network.pkps().mint(TestNetwork.OWNER.address()).publicKey());
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private NagaNodeTransport transport() {
        return new NagaNodeTransport(config().build(), HttpClient.newHttpClient(), network.nodePrices());
    }

    private NodeTransportConfig.Builder config() {
        return NodeTransportConfig.custom(network.nodeUrls())
                .protocol(NodeProtocol.NAGA)
                .threshold(network.threshold())
                .handshakeTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(10))
                .retryPolicy(TestNetwork.QUICK_RETRY);
    }

    private static Lit4j lit(NagaNodeTransport transport) {
        return Lit4j.builder().nodes(transport).store(new FakeSessionStore()).build();
    }

    private SessionSigs pkpSessionSigs(Lit4j lit) {
        return lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                        .build(),
                lit.pkp(pkp, List.of(Fixtures.walletAuthMethod(lit.nodes().latestBlockhash(), TestNetwork.OWNER))));
    }

    @Test
    void pkpSessionSigsThenPkpSignWithANodeDown() {
        network.node(2).faults().down();
        NagaNodeTransport transport = transport();
        Lit4j lit = lit(transport);

        PkpSignature signature = lit.pkpSign(new PkpSignRequest(MESSAGE, pkp, pkpSessionSigs(lit)));

        assertEquals(pkp.ethAddress(), signature.signature().recoverAddress(MESSAGE.bytes()));
        assertEquals(4, transport.network().nodeUrls().size());
        assertEquals(
                List.of(network.node(2).url()),
                transport.connection().leftOut().stream()
                        .map(NodeFailure::nodeUrl)
                        .toList());
    }

    private static final String PASSWORD_ACTION =
            "Lit.Actions.setResponse({response: password === 'open sesame' ? 'true' : 'false'});";

    private PkpPublicKey pkpPermitting(IpfsCid action) {
        Pkp minted = network.pkps().mint(TestNetwork.OWNER.address());
        network.pkps().permitAction(minted.tokenId(), action, AuthMethodScope.PERSONAL_SIGN);
        return new PkpPublicKey(minted.publicKey());
    }

    private static SessionSigsRequest passwordRequest(IpfsCid action, String password) {
        return SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                .litActionIpfsId(action.value())
                .jsParams(JsonValue.Obj.builder()
                        .put("password", JsonValue.of(password))
                        .build())
                .build();
    }

    @Test
    void litActionSessionSigsOfACustomAuthActionThenPkpSign() {
        IpfsCid action = network.actions().register(PASSWORD_ACTION);
        PkpPublicKey actionPkp = pkpPermitting(action);
        Lit4j lit = lit(transport());

        SessionSigs sigs = lit.sessionSigs(passwordRequest(action, "open sesame"), lit.pkp(actionPkp, List.of()));
        PkpSignature signature = lit.pkpSign(new PkpSignRequest(MESSAGE, actionPkp, sigs));

        assertEquals(actionPkp.ethAddress(), signature.signature().recoverAddress(MESSAGE.bytes()));
    }

    @Test
    void aCustomAuthActionThatSaysNoIsRefusedByTheChosenNodes() {
        IpfsCid action = network.actions().register(PASSWORD_ACTION);
        PkpPublicKey actionPkp = pkpPermitting(action);
        Lit4j lit = lit(transport());

        NodeException e = assertThrows(
                NodeException.class,
                () -> lit.sessionSigs(passwordRequest(action, "wrong"), lit.pkp(actionPkp, List.of())));

        assertTrue(
                e.getMessage()
                        .startsWith("signSessionKey: 0 of the 3 nodes asked returned a valid share; all 3 must, and"
                                + " their shares must combine to a signature valid under the network key"),
                e.getMessage());
        assertFalse(e.failures().isEmpty(), e.getMessage());
        for (NodeFailure failure : e.failures()) {
            assertEquals("NodeLitActionsSessionSigAuthenticationFailed", failure.errorCode(), failure.toString());
            assertEquals(401, failure.httpStatus(), failure.toString());
            assertEquals(
                    "Lit Actions returned false for sessionSig signing authentication: Lit Actions returned false for"
                            + " sessionSig signing authentication",
                    failure.message());
        }
    }

    @Test
    void walletSessionSigsRunALitActionThatReadsTheWrappedJsParams() {
        Lit4j lit = lit(transport());
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                        .build(),
                lit.wallet(TestNetwork.OWNER));

        ExecuteJsResult result = lit.executeJs(
                ExecuteJsRequest.code("Lit.Actions.setResponse({response:"
                                + " JSON.stringify({greeting: jsParams.greeting})});")
                        .jsParams(Map.of("greeting", "hello"))
                        .build(),
                sigs);

        assertEquals("{\"greeting\":\"hello\"}", result.response());
    }

    @Test
    void anActionThatThrowsFailsWithItsErrorAndLogsAsOnDatil() {
        Lit4j lit = lit(transport());
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                        .build(),
                lit.wallet(TestNetwork.OWNER));

        LitActionFailedException e = assertThrows(
                LitActionFailedException.class,
                () -> lit.executeJs(
                        ExecuteJsRequest.code("console.log('checking'); throw new Error('not today');")
                                .build(),
                        sigs));

        assertEquals("Error: not today", e.error());
        assertEquals("checking\n", e.logs());
        assertEquals(network.threshold(), e.failures().size(), e.getMessage());
    }

    @Test
    void encryptThenDecryptWithTheNagaShares() {
        network.chain().ledger().setBalance(TestNetwork.OWNER.address(), new BigInteger("2000000000000000000"));
        Lit4j lit = lit(transport());
        AccessControlConditions conditions = AccessControlConditions.fromJson(
                "conditions",
                "[{\"contractAddress\":"
                        + "\"\",\"standardContractType\":\"\",\"chain\":\"ethereum\",\"method\":\"eth_getBalance\","
                        + "\"parameters\":[\":userAddress\",\"latest\"],\"returnValueTest\":{\"comparator\":\">=\","
                        + "\"value\":\"1000000000000000000\"}}]");
        byte[] secret = "Naga numbers".getBytes(StandardCharsets.UTF_8);
        EncryptedData data = lit.encrypt(conditions, secret);
        SessionSigs sigs = lit.sessionSigs(
                SessionSigsRequest.builder()
                        .resource(
                                conditions.resource(data.dataToEncryptHash()),
                                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION)
                        .build(),
                lit.wallet(TestNetwork.OWNER));

        assertArrayEquals(secret, lit.decrypt(data, conditions, "ethereum", sigs));
    }

    @Test
    void aSessionSigWhoseMaxPriceIsBelowTheNodesPriceIsRefusedWithPaymentFailed() {
        NagaNodeTransport transport = transport();
        Lit4j lit = lit(transport);
        PkpAuthSigner signer = new PkpAuthSigner(
                transport,
                Clock.systemUTC(),
                pkp,
                List.of(Fixtures.walletAuthMethod(transport.latestBlockhash(), TestNetwork.OWNER)));
        SessionSigs cheap = new SessionSigIssuer(transport, new FakeSessionStore(), Clock.systemUTC())
                .getSessionSigs(
                        SessionSigsRequest.builder()
                                .resource(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING)
                                .build(),
                        signer,
                        transport.network().nodeUrls().stream()
                                .map(url -> new NodePrice(url, BigInteger.ONE))
                                .toList());

        NodeException e = assertThrows(NodeException.class, () -> lit.pkpSign(new PkpSignRequest(MESSAGE, pkp, cheap)));

        NodeFailure failure = e.failures().get(0);
        assertEquals(402, failure.httpStatus());
        assertEquals("PaymentFailed", failure.errorCode());
        assertEquals("can't get payment method: Payment failed", failure.message());
    }
}
