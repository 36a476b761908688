package dev.lit4j.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsShareCombiner;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.encryption.LitEncryption;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.naga.PeerId;
import dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare;
import dev.lit4j.domain.naga.internal.GenericResponse;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.pkp.internal.EcdsaShareCombiner;
import dev.lit4j.domain.pkp.internal.EcdsaSignatureShare;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.siwe.PaymentDelegation;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import dev.lit4j.domain.usecase.CapacityDelegationIssuer;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.verify.NodeProtocol;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.sessionkey.JsSdkClient;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Naga-mode network over raw HTTP, as the JS SDK 8 talks to lit-peer (operations spec §5): the wrapped
 * handshake with identity keys, the sealed {@code /v2} routes with their Naga answers, and the exact failures —
 * 410 on the old routes, "can't decrypt", {@code PaymentFailed} below the node's price, refused session sigs.
 */
class NagaNetworkTest {
    private static final byte[] DIGEST = Hex.decode("digest", "11".repeat(32));
    private static final BigInteger PRICE = BigInteger.valueOf(1000);
    private static final BigInteger SIGN_PRICE = BigInteger.valueOf(5000);
    private static final BigInteger ENOUGH = SIGN_PRICE;
    private static final String REQUEST_ID = "lit_naga_test";

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final FakeWalletSigner owner = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private final SessionKeyPair sessionKey = SessionKeyPair.generate();
    private LocalLitNetwork network;
    private NagaClient client;
    private FakeNodeTransport nodes;
    private SessionSigIssuer issuer;
    private Pkp pkp;

    @BeforeEach
    void start() {
        start(LocalLitNetwork.builder());
    }

    private void start(LocalLitNetwork.Builder builder) {
        network = builder.protocol(NodeProtocol.NAGA)
                .nodeCount(3)
                .seed(23)
                .clock(clock)
                .prices(FixedNodePrices.uniform(PRICE).with(NagaProduct.SIGN, SIGN_PRICE))
                .build();
        client = new NagaClient(network);
        pkp = network.pkps().mint(owner.address());
        nodes = new FakeNodeTransport(
                new ConnectedNetwork(
                        network.nodeUrls(),
                        network.threshold(),
                        BlsPublicKey.parse("key", network.keys().blsPublicKey())),
                network.chain().latestBlockhash());
        issuer = new SessionSigIssuer(nodes, new FakeSessionStore(), clock);
    }

    /** This test's network again, with a metered ledger. */
    private void restartMetered() {
        network.close();
        start(LocalLitNetwork.builder().meteredLedger());
    }

    @AfterEach
    void stop() {
        network.close();
    }

    /** The wallet's session sigs request for {@code resource}, with {@link #sessionKey}. */
    private SessionSigsRequest sessionSigs(LitResource resource, LitAbility ability) {
        return SessionSigsRequest.builder()
                .resource(resource, ability)
                .sessionKey(sessionKey)
                .expiration(clock.instant().plus(Duration.ofHours(1)))
                .build();
    }

    /** Node {@code index}'s Naga session sig for {@code request}, granting it {@code maxPrice}. */
    private AuthSig nagaSig(SessionSigsRequest request, int index, BigInteger maxPrice) {
        return nagaSig(request, owner, index, maxPrice);
    }

    /** Node {@code index}'s Naga session sig for {@code request} by {@code wallet}, granting it {@code maxPrice}. */
    private AuthSig nagaSig(SessionSigsRequest request, FakeWalletSigner wallet, int index, BigInteger maxPrice) {
        String url = network.node(index).url();
        return issuer.getSessionSigs(
                        request, new WalletAuthSigner(wallet, clock), List.of(new NodePrice(url, maxPrice)))
                .forNode(url)
                .orElseThrow()
                .authSig();
    }

    private JsonObject pkpSignRequest(AuthSig sessionSig, byte[] toSign, int... nodeSet) {
        JsonObject body = new JsonObject();
        JsonArray bytes = new JsonArray();
        for (byte b : toSign) {
            bytes.add(b & 0xff);
        }
        body.add("toSign", bytes);
        body.addProperty("signingScheme", "EcdsaK256Sha256");
        body.addProperty("pubkey", pkp.publicKey0x());
        body.add("authSig", JsonParser.parseString(AuthSigJson.toJson(sessionSig)));
        body.add("nodeSet", client.nodeSet(nodeSet));
        body.addProperty("epoch", 1);
        body.add("authMethods", new JsonArray());
        body.addProperty("keySetId", "naga-keyset1");
        return body;
    }

    private static JsonObject errorObject(GenericResponse reply) {
        return JsonParser.parseString(reply.optionalErrorObject().orElseThrow()).getAsJsonObject();
    }

    /** The share as the domain reads lit-peer's {@code EcdsaSignedMessageShare}, strictly. */
    private static EcdsaSignatureShare ecdsaShare(JsonObject output) {
        return EcdsaSignedMessageShare.fromJson("signatureShare", output.toString())
                .toShare("node");
    }

    @Test
    void theHandshakeIsWrappedAndPublishesTheNodesIdentityKey() throws Exception {
        for (int i = 0; i < network.nodeCount(); i++) {
            Answer answer = client.postPlain(i, "/web/handshake/", NodeClient.HANDSHAKE_BODY);
            assertEquals(200, answer.status(), answer.body());
            GenericResponse reply = GenericResponse.parse(answer.body());
            assertTrue(reply.ok());
            assertTrue(
                    answer.body().startsWith("{\"ok\":true,\"error\":null,\"errorObject\":null,\"data\":{"),
                    answer.body());
            JsonObject data =
                    JsonParser.parseString(reply.optionalData().orElseThrow()).getAsJsonObject();
            assertEquals(
                    network.identityKeys().get(i).hex(),
                    data.get("nodeIdentityKey").getAsString());
            assertEquals(
                    network.keys().blsPublicKey(), data.get("networkPublicKey").getAsString());
            assertEquals(1, data.get("epoch").getAsLong());
            assertEquals(HandshakeEndpoint.NODE_VERSION, data.get("nodeVersion").getAsString());
            assertEquals("", data.get("gitCommitHash").getAsString());
            assertTrue(data.get("attestation").isJsonNull());
            assertEquals(
                    network.chain().latestBlockhash(),
                    data.get("latestBlockhash").getAsString());
            assertEquals("8.0.0-naga-dev", data.get("clientSdkVersion").getAsString());
        }
        assertEquals(3, network.identityKeys().stream().distinct().count(), "each node has its own identity key");
    }

    @Test
    void aHandshakeWithoutChallengeIsRefusedAsLitPeerRefusesIt() throws Exception {
        Answer answer = client.postPlain(0, "/web/handshake", "{\"clientPublicKey\":\"test\"}");
        assertEquals(400, answer.status());
        String errorObject = "{\"serverPublicKey\":\"ERR\",\"subnetPublicKey\":\"ERR\",\"networkPublicKey\":\"ERR\","
                + "\"networkPublicKeySet\":\"ERR\",\"clientSdkVersion\":\"8.0.0-naga-dev\",\"hdRootPubkeys\":[],"
                + "\"attestation\":null,\"latestBlockhash\":\"\",\"nodeVersion\":\"lit4j-local-network\","
                + "\"nodeIdentityKey\":\"\",\"epoch\":0,\"gitCommitHash\":\"\"}";
        assertEquals(GenericResponse.failure("", errorObject).toJson(), answer.body());
    }

    @Test
    void everyDatilRouteIsGoneWithLitPeersExactBody() throws Exception {
        String expected = "{\"correlationId\":\"lit_naga_test\",\"details\":[\"This endpoint has been deprecated."
                + "  Please use the latest SDK with the v2 endpoint.\"],\"errorCode\":\"OldEndpointVersionNoLonger"
                + "Supported\",\"errorKind\":\"Generic\",\"message\":\"Old version of the endpoint is no longer"
                + " supported\",\"status\":410}";
        for (String path : List.of(
                "/web/pkp/sign",
                "/web/pkp/sign/v1",
                "/web/execute",
                "/web/execute/v1",
                "/web/encryption/sign",
                "/web/encryption/sign/",
                "/web/encryption/sign/v1",
                "/web/sign_session_key",
                "/web/sign_session_key/v1")) {
            Answer answer = client.postPlain(1, path, "{}");
            assertEquals(410, answer.status(), path);
            assertEquals(expected, answer.body(), path);
        }
    }

    @Test
    void anEnvelopeSealedToAnotherNodeIsAnsweredUnsealedCantDecrypt() throws Exception {
        Answer answer = client.postSealedTo(
                0,
                LocalLitNetwork.NAGA_PKP_SIGN_PATH,
                new JsonObject(),
                network.identityKeys().get(1));
        assertEquals(500, answer.status());
        String errorObject = "{\"correlationId\":\"lit_naga_test\",\"details\":[\"envelope.payload.ciphertext_and_tag:"
                + " does not authenticate: it was not sealed by " + client.key().hex() + " to this recipient's key "
                + network.identityKeys().get(0).hex() + ", or it was altered\"],\"errorKind\":\"Unexpected\","
                + "\"message\":\"An unexpected error has occured.\",\"status\":500}";
        assertEquals(GenericResponse.failure("can't decrypt", errorObject).toJson(), answer.body());
    }

    @Test
    void aBodyThatIsNoEnvelopeOrAnInnerRequestOfTheWrongShapeIsCantDecrypt() throws Exception {
        Answer plain = client.postPlain(0, LocalLitNetwork.NAGA_EXECUTE_JS_PATH, "{\"code\":\"MQ==\"}");
        assertEquals(500, plain.status());
        GenericResponse reply = GenericResponse.parse(plain.body());
        assertEquals("can't decrypt", reply.optionalError().orElseThrow());
        assertEquals("Unexpected", errorObject(reply).get("errorKind").getAsString());

        Answer noAuthSig = client.post(0, LocalLitNetwork.NAGA_PKP_SIGN_PATH, new JsonObject());
        assertEquals(500, noAuthSig.status());
        GenericResponse shape = GenericResponse.parse(noAuthSig.body());
        assertEquals("can't decrypt", shape.optionalError().orElseThrow());
        assertEquals(
                "[\"missing field `toSign`\"]",
                errorObject(shape).get("details").toString());
    }

    @Test
    void theNodeSetSignsWithLagrangeWeightedSharesThatCombineToThePkpsSignature() throws Exception {
        SessionSigsRequest sigs = sessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        for (int index : new int[] {0, 2}) {
            Answer answer = client.post(
                    index,
                    LocalLitNetwork.NAGA_PKP_SIGN_PATH,
                    pkpSignRequest(nagaSig(sigs, index, ENOUGH), DIGEST, 0, 2));
            assertEquals(200, answer.status(), answer.body());
            JsonObject data = client.data(answer);
            assertTrue(data.get("success").getAsBoolean());
            assertEquals(32, data.getAsJsonArray("signedData").size());
            JsonObject share = data.getAsJsonObject("signatureShare").getAsJsonObject("EcdsaSignedMessageShare");
            assertEquals(Hex.encode(DIGEST), share.get("digest").getAsString(), "plain hex, unquoted");
            assertEquals("success", share.get("result").getAsString());
            assertEquals("EcdsaK256Sha256", share.get("sig_type").getAsString());
            assertEquals("\"" + pkp.publicKey() + "\"", share.get("public_key").getAsString());
            assertEquals(
                    66 + 2, share.get("compressed_public_key").getAsString().length());
            assertEquals(
                    "\"" + String.format("%064X", index + 1) + "\"",
                    share.get("share_id").getAsString());
            assertEquals(64, share.get("peer_id").getAsString().length());
            shares.add(ecdsaShare(data.getAsJsonObject("signatureShare")));
        }
        PkpSignature signature = EcdsaShareCombiner.combine(
                shares, PkpPublicKey.parse("pkp", pkp.publicKey()), DataToSign.ofDigest(DIGEST));
        assertEquals(pkp.publicKey(), signature.publicKey().hex(), "the combination verifies under the PKP's key");
    }

    @Test
    void aMaxPriceBelowTheNodesPriceIsPaymentFailed() throws Exception {
        SessionSigsRequest sigs = sessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        BigInteger tooLow = SIGN_PRICE.subtract(BigInteger.ONE);
        Answer answer = client.post(
                0, LocalLitNetwork.NAGA_PKP_SIGN_PATH, pkpSignRequest(nagaSig(sigs, 0, tooLow), DIGEST, 0, 1));
        assertEquals(402, answer.status());
        GenericResponse reply = client.open(answer);
        assertFalse(reply.ok());
        assertEquals("can't get payment method", reply.optionalError().orElseThrow());
        assertEquals(
                "{\"correlationId\":\"lit_naga_test\",\"details\":[\"max_price: 4999 is less than the endpoint"
                        + " price:  5000\"],\"errorCode\":\"PaymentFailed\",\"errorKind\":\"Generic\",\"message\":\"Payment"
                        + " failed\",\"status\":402}",
                reply.optionalErrorObject().orElseThrow());
        assertTrue(reply.toJson().endsWith(",\"data\":null}"));
    }

    @Test
    void aSessionSigWithoutMaxPriceIsRefusedAsANagaNodeCannotReadIt() throws Exception {
        SessionSigsRequest sigs = sessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        AuthSig datil = issuer.getSessionSigs(sigs, new WalletAuthSigner(owner, clock))
                .forNode(network.node(0).url())
                .orElseThrow()
                .authSig();
        Answer answer = client.post(0, LocalLitNetwork.NAGA_PKP_SIGN_PATH, pkpSignRequest(datil, DIGEST, 0, 1));
        assertEquals(400, answer.status());
        GenericResponse reply = client.open(answer);
        assertEquals("invalid user address", reply.optionalError().orElseThrow());
        assertEquals(
                "{\"correlationId\":\"lit_naga_test\",\"details\":[\"session sig: its signed message is not a"
                        + " Naga session-signed message: signedMessage.maxPrice: is missing; a Naga node requires it (the most"
                        + " this node may charge, e.g. \\\"0x5af3107a4000\\\") [§2.2, Naga]\"],\"errorCode\":"
                        + "\"NodeAuthSigSignedMessageConversionError\",\"errorKind\":\"Validation\",\"message\":\"auth_sig"
                        + " signedMessage couldn't be converted to SessionKeySignedMessageV2\",\"status\":400}",
                reply.optionalErrorObject().orElseThrow());
    }

    @Test
    void anotherNodesSessionSigOrABadSignatureIsAnInvalidUserAddress() throws Exception {
        SessionSigsRequest sigs = sessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        Answer wrongNode = client.post(
                0, LocalLitNetwork.NAGA_PKP_SIGN_PATH, pkpSignRequest(nagaSig(sigs, 1, ENOUGH), DIGEST, 0, 1));
        assertEquals(403, wrongNode.status());
        GenericResponse reply = client.open(wrongNode);
        assertEquals("invalid user address", reply.optionalError().orElseThrow());
        assertEquals("NodeNotAuthorized", errorObject(reply).get("errorCode").getAsString());
        assertEquals(403, errorObject(reply).get("status").getAsInt());

        AuthSig good = nagaSig(sigs, 0, ENOUGH);
        AuthSig forged = new AuthSig(
                Hex.encode(sessionKey.sign("something else".getBytes(StandardCharsets.UTF_8))),
                good.derivedVia(),
                good.signedMessage(),
                good.address(),
                good.algo());
        Answer badSignature = client.post(0, LocalLitNetwork.NAGA_PKP_SIGN_PATH, pkpSignRequest(forged, DIGEST, 0, 1));
        assertEquals(400, badSignature.status());
        GenericResponse refused = client.open(badSignature);
        assertEquals("invalid user address", refused.optionalError().orElseThrow());
        assertEquals(
                "NodeInvalidAuthSigSessionKeySignature",
                errorObject(refused).get("errorCode").getAsString());
    }

    @Test
    void aMessageThatIsNotADigestCannotBeSigned() throws Exception {
        SessionSigsRequest sigs = sessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        Answer answer = client.post(
                0,
                LocalLitNetwork.NAGA_PKP_SIGN_PATH,
                pkpSignRequest(nagaSig(sigs, 0, ENOUGH), "hello".getBytes(StandardCharsets.UTF_8), 0, 1));
        assertEquals(400, answer.status());
        GenericResponse reply = client.open(answer);
        assertEquals("unable to get signature share", reply.optionalError().orElseThrow());
        assertEquals(
                "[\"Error signing with the PKP\",\"Message length to be signed is not 32 bytes.  Please hash it"
                        + " before sending it to the node to sign.  You can use SHA256 or Keccak256 for example\"]",
                errorObject(reply).get("details").toString());
    }

    private JsonObject executeRequest(AuthSig sessionSig, String code, JsonObject jsParams, int... nodeSet) {
        JsonObject body = new JsonObject();
        body.addProperty("code", Base64.getEncoder().encodeToString(code.getBytes(StandardCharsets.UTF_8)));
        JsonObject wrapped = new JsonObject();
        wrapped.add("jsParams", jsParams);
        body.add("jsParams", wrapped);
        body.add("authSig", JsonParser.parseString(AuthSigJson.toJson(sessionSig)));
        body.add("nodeSet", client.nodeSet(nodeSet));
        body.addProperty("keySetId", "naga-keyset1");
        return body;
    }

    @Test
    void aV8ActionReadsItsWrappedParamsAndItsSharesComeAsJsonStringsWithThePaymentDetail() throws Exception {
        SessionSigsRequest sigs =
                sessionSigs(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION);
        String code = "(async () => { await Lit.Actions.signEcdsa({toSign: new Uint8Array(jsParams.toSign),"
                + " publicKey: jsParams.publicKey, sigName: 'sig1'});"
                + " Lit.Actions.setResponse({response: 'hello ' + jsParams.name}); })();";
        JsonObject params = new JsonObject();
        params.addProperty("name", "naga");
        params.addProperty("publicKey", pkp.publicKey());
        JsonArray toSign = new JsonArray();
        for (byte b : DIGEST) {
            toSign.add(b & 0xff);
        }
        params.add("toSign", toSign);
        List<EcdsaSignatureShare> shares = new ArrayList<>();
        for (int index : new int[] {1, 2}) {
            Answer answer = client.post(
                    index,
                    LocalLitNetwork.NAGA_EXECUTE_JS_PATH,
                    executeRequest(nagaSig(sigs, index, PRICE), code, params, 1, 2));
            assertEquals(200, answer.status(), () -> client.open(answer).toJson());
            JsonObject data = client.data(answer);
            assertEquals("hello naga", data.get("response").getAsString());
            assertEquals(
                    "[{\"component\":\"BaseAmount\",\"quantity\":1,\"price\":1000}]",
                    data.get("paymentDetail").toString());
            JsonObject signed = data.getAsJsonObject("signedData").getAsJsonObject("sig1");
            assertEquals("EcdsaK256Sha256", signed.get("sigType").getAsString());
            assertEquals("sig1", signed.get("sigName").getAsString());
            assertEquals("\"" + pkp.publicKey() + "\"", signed.get("publicKey").getAsString());
            shares.add(ecdsaShare(
                    JsonParser.parseString(signed.get("signatureShare").getAsString())
                            .getAsJsonObject()));
        }
        PkpSignature signature = EcdsaShareCombiner.combine(
                shares, PkpPublicKey.parse("pkp", pkp.publicKey()), DataToSign.ofDigest(DIGEST));
        assertEquals(pkp.publicKey(), signature.publicKey().hex(), "the combination verifies under the PKP's key");
    }

    @Test
    void executeBelowThePriceIsPaymentFailedAndAThrowingActionAnswersItsErrorAndLogs() throws Exception {
        SessionSigsRequest sigs =
                sessionSigs(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION);
        Answer cheap = client.post(
                0,
                LocalLitNetwork.NAGA_EXECUTE_JS_PATH,
                executeRequest(nagaSig(sigs, 0, BigInteger.valueOf(999)), "1", new JsonObject(), 0, 1));
        assertEquals(402, cheap.status());
        GenericResponse refused = client.open(cheap);
        assertEquals("error getting dynamic payment", refused.optionalError().orElseThrow());
        assertEquals("PaymentFailed", errorObject(refused).get("errorCode").getAsString());
        assertEquals(
                "[\"max_price: 999 is less than the endpoint price:  1000\"]",
                errorObject(refused).get("details").toString());

        Answer thrown = client.post(
                0,
                LocalLitNetwork.NAGA_EXECUTE_JS_PATH,
                executeRequest(
                        nagaSig(sigs, 0, ENOUGH),
                        "console.log('about to fail'); throw new Error('boom');",
                        new JsonObject(),
                        0,
                        1));
        assertEquals(400, thrown.status());
        GenericResponse failed = client.open(thrown);
        assertTrue(
                failed.optionalError().orElseThrow().contains("boom"),
                failed.optionalError().orElseThrow());
        assertEquals("about to fail\n", failed.optionalErrorObject().orElseThrow());
    }

    private static AccessControlConditions userIs(FakeWalletSigner wallet) {
        return AccessControlConditions.fromJson(
                "conditions",
                "[{\"contractAddress\":\"\",\"standardContractType\":"
                        + "\"\",\"chain\":\"ethereum\",\"method\":\"\",\"parameters\":[\":userAddress\"],\"returnValueTest\":"
                        + "{\"comparator\":\"=\",\"value\":\""
                        + wallet.address().checksummed() + "\"}}]");
    }

    private JsonObject decryptRequest(AccessControlConditions conditions, EncryptedData data, AuthSig sessionSig) {
        JsonObject body = new JsonObject();
        body.add(conditions.kind().fieldName(), JsonParser.parseString(conditions.canonicalJson()));
        body.addProperty("ciphertext", Base64.getEncoder().encodeToString(new byte[] {1}));
        body.addProperty("dataToEncryptHash", data.dataToEncryptHash().hex());
        body.add("authSig", JsonParser.parseString(AuthSigJson.toJson(sessionSig)));
        body.addProperty("chain", "ethereum");
        body.addProperty("keySetId", "naga-keyset1");
        return body;
    }

    @Test
    void decryptionSharesComeInTheNagaFormAndDecrypt() throws Exception {
        BlsPublicKey networkKey = BlsPublicKey.parse("key", network.keys().blsPublicKey());
        AccessControlConditions conditions = userIs(owner);
        byte[] plaintext = "naga secrets".getBytes(StandardCharsets.UTF_8);
        EncryptedData data = LitEncryption.encrypt(conditions, plaintext, networkKey);
        SessionSigsRequest sigs = sessionSigs(
                conditions.resource(data.dataToEncryptHash()), LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        List<BlsIdentifiedShare> shares = new ArrayList<>();
        for (int index : new int[] {0, 1}) {
            Answer answer = client.post(
                    index,
                    LocalLitNetwork.NAGA_ENCRYPTION_SIGN_PATH,
                    decryptRequest(conditions, data, nagaSig(sigs, index, ENOUGH)));
            assertEquals(200, answer.status(), answer.body());
            JsonObject reply = client.data(answer);
            assertEquals("success", reply.get("result").getAsString());
            JsonObject pop = reply.getAsJsonObject("signatureShare").getAsJsonObject("ProofOfPossession");
            assertEquals(64, pop.get("identifier").getAsString().length());
            assertEquals(192, pop.get("value").getAsString().length());
            String shareId = reply.get("shareId").getAsString();
            assertFalse(shareId.startsWith("0"));
            BlsIdentifiedShare share = BlsIdentifiedShare.fromJson(
                    "signatureShare", reply.get("signatureShare").toString());
            assertEquals(
                    PeerId.parse("shareId", "0".repeat(64 - shareId.length()) + shareId)
                            .blsShareIdentifier(),
                    share.identifier(),
                    "the key share sits at lit-peer's identifier of the node's peer id");
            shares.add(share);
        }
        assertArrayEquals(
                plaintext,
                LitEncryption.decrypt(data, conditions, BlsShareCombiner.combineIdentified(shares), networkKey));

        Answer cheap = client.post(
                2,
                LocalLitNetwork.NAGA_ENCRYPTION_SIGN_PATH,
                decryptRequest(conditions, data, nagaSig(sigs, 2, BigInteger.ONE)));
        assertEquals(402, cheap.status());
        assertEquals(
                "unable to get payment method",
                client.open(cheap).optionalError().orElseThrow());
    }

    private JsonObject signSessionKeyRequest(String maxPrice, int... nodeSet) {
        String nonce = network.chain().latestBlockhash();
        JsonObject body = JsSdkClient.body(
                List.of(JsSdkClient.walletAuthMethod(owner, nonce, clock.instant())),
                pkp.publicKey0x(),
                JsSdkClient.sessionSiwe(pkp.ethAddress(), nonce, clock.instant()));
        body.add("nodeSet", client.nodeSet(nodeSet));
        body.addProperty("maxPrice", maxPrice);
        return body;
    }

    @Test
    void pkpSessionKeySharesComeInTheNagaFormAndCombineToTheNetworksSignature() throws Exception {
        List<BlsIdentifiedShare> shares = new ArrayList<>();
        String siwe = null;
        for (int index : new int[] {0, 1}) {
            Answer answer = client.post(
                    index,
                    LocalLitNetwork.NAGA_SIGN_SESSION_KEY_PATH,
                    signSessionKeyRequest("0x" + ENOUGH.toString(16), 0, 1));
            assertEquals(200, answer.status(), () -> client.open(answer).toJson());
            JsonObject data = client.data(answer);
            assertEquals("success", data.get("result").getAsString());
            assertEquals("BLS12381G1", data.get("curveType").getAsString());
            assertEquals(
                    network.keys().blsPublicKey(), data.get("blsRootPubkey").getAsString());
            assertFalse(data.has("shareIndex"));
            assertTrue(data.get("shareId").getAsString().matches("[1-9a-f][0-9a-f]*"));
            shares.add(BlsIdentifiedShare.fromJson(
                    "signatureShare", data.get("signatureShare").toString()));
            siwe = data.get("siweMessage").getAsString();
        }
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe));
        assertTrue(BlsPopScheme.verify(
                BlsPublicKey.parse("key", network.keys().blsPublicKey()),
                message.bytes(),
                BlsShareCombiner.combineIdentified(shares)));
    }

    @Test
    void aSessionKeyRequestBelowThePriceOrWithoutMaxPriceIsRefused() throws Exception {
        Answer cheap = client.post(2, LocalLitNetwork.NAGA_SIGN_SESSION_KEY_PATH, signSessionKeyRequest("0x3e7", 1, 2));
        assertEquals(402, cheap.status());
        GenericResponse refused = client.open(cheap);
        assertEquals("unable to get payment method", refused.optionalError().orElseThrow());
        assertEquals(
                "[\"max_price: 999 is less than the endpoint price:  1000\"]",
                errorObject(refused).get("details").toString());

        JsonObject noMaxPrice = signSessionKeyRequest("0x" + ENOUGH.toString(16), 1, 2);
        noMaxPrice.remove("maxPrice");
        Answer shape = client.post(2, LocalLitNetwork.NAGA_SIGN_SESSION_KEY_PATH, noMaxPrice);
        assertEquals(500, shape.status());
        assertEquals(
                "can't decrypt",
                GenericResponse.parse(shape.body()).optionalError().orElseThrow());
    }

    @Test
    void onAMeteredLedgerTheUserPaysEachNodeItsPriceOrIsRefused() throws Exception {
        restartMetered();
        SessionSigsRequest sigs = sessionSigs(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        Answer unfunded = client.post(
                0, LocalLitNetwork.NAGA_PKP_SIGN_PATH, pkpSignRequest(nagaSig(sigs, 0, ENOUGH), DIGEST, 0, 1));
        assertEquals(402, unfunded.status());
        GenericResponse refused = client.open(unfunded);
        assertEquals("can't get payment method", refused.optionalError().orElseThrow());
        assertEquals(
                "[\" No payment delegation covers the request; Self failed to pay: " + owner.address()
                        + "'s balance 0 does not cover 5000\"]",
                errorObject(refused).get("details").toString());
        assertEquals("PaymentFailed", errorObject(refused).get("errorCode").getAsString());

        network.ledger().deposit(owner.address(), SIGN_PRICE.multiply(BigInteger.TWO));
        for (int index : new int[] {0, 1}) {
            Answer paid = client.post(
                    index,
                    LocalLitNetwork.NAGA_PKP_SIGN_PATH,
                    pkpSignRequest(nagaSig(sigs, index, ENOUGH), DIGEST, 0, 1));
            assertEquals(200, paid.status(), () -> client.open(paid).toJson());
        }
        assertEquals(BigInteger.ZERO, network.ledger().balance(owner.address()), "each node charged its price");
    }

    @Test
    void aPaymentDelegationLetsItsPayerPayWithinItsMaxPriceAndScope() throws Exception {
        restartMetered();
        FakeWalletSigner user = FakeWalletSigner.random();
        network.ledger().deposit(owner.address(), PRICE);
        CapacityDelegationIssuer delegations = new CapacityDelegationIssuer(nodes, clock);
        AuthSig delegation = delegations.createPaymentDelegationAuthSig(
                owner,
                new PaymentDelegation(List.of(user.address()), PRICE, List.of(PaymentDelegationScope.LIT_ACTION)));
        SessionSigsRequest sigs = SessionSigsRequest.builder()
                .resource(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION)
                .capabilityAuthSig(delegation)
                .expiration(clock.instant().plus(Duration.ofHours(1)))
                .build();
        String code = "Lit.Actions.setResponse({response: 'paid'});";

        Answer aboveTheCap = client.post(
                0,
                LocalLitNetwork.NAGA_EXECUTE_JS_PATH,
                executeRequest(nagaSig(sigs, user, 0, PRICE.add(BigInteger.ONE)), code, new JsonObject(), 0));
        assertEquals(402, aboveTheCap.status());
        assertEquals(
                "[\" No payment delegation covers the request; Self failed to pay: " + user.address()
                        + "'s balance 0 does not cover 1000\"]",
                errorObject(client.open(aboveTheCap)).get("details").toString());
        assertEquals(PRICE, network.ledger().balance(owner.address()), "a refused request charges no one");

        Answer delegated = client.post(
                0,
                LocalLitNetwork.NAGA_EXECUTE_JS_PATH,
                executeRequest(nagaSig(sigs, user, 0, PRICE), code, new JsonObject(), 0));
        assertEquals(200, delegated.status(), () -> client.open(delegated).toJson());
        assertEquals("paid", client.data(delegated).get("response").getAsString());
        assertEquals(BigInteger.ZERO, network.ledger().balance(owner.address()), "the payer paid");

        Answer spent = client.post(
                1,
                LocalLitNetwork.NAGA_EXECUTE_JS_PATH,
                executeRequest(nagaSig(sigs, user, 1, PRICE), code, new JsonObject(), 1));
        assertEquals(402, spent.status());
        assertEquals(
                "[\" Delegator failed to pay: " + owner.address() + "'s balance 0 does not cover 1000; Self"
                        + " failed to pay: " + user.address() + "'s balance 0 does not cover 1000\"]",
                errorObject(client.open(spent)).get("details").toString());
    }

    @Test
    void aNodeWithTheWrongBlsShareFaultAnswersANagaShareThatSpoilsTheCombination() throws Exception {
        network.node(1).faults().wrongBlsShare(true);
        List<BlsIdentifiedShare> shares = new ArrayList<>();
        String siwe = null;
        for (int index : new int[] {0, 1}) {
            Answer answer = client.post(
                    index,
                    LocalLitNetwork.NAGA_SIGN_SESSION_KEY_PATH,
                    signSessionKeyRequest("0x" + ENOUGH.toString(16), 0, 1));
            assertEquals(200, answer.status(), () -> client.open(answer).toJson());
            JsonObject data = client.data(answer);
            shares.add(BlsIdentifiedShare.fromJson(
                    "signatureShare", data.get("signatureShare").toString()));
            siwe = data.get("siweMessage").getAsString();
        }
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe));
        assertFalse(BlsPopScheme.verify(
                BlsPublicKey.parse("key", network.keys().blsPublicKey()),
                message.bytes(),
                BlsShareCombiner.combineIdentified(shares)));
    }
}
