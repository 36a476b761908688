package dev.lit4j.network;

import static dev.lit4j.network.NodeClient.post;
import static dev.lit4j.network.NodeClient.sdkHeaders;
import static dev.lit4j.network.NodeClient.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.encryption.EncryptedData;
import dev.lit4j.domain.encryption.LitEncryption;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.usecase.SessionSigIssuer;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import dev.lit4j.domain.wallet.WalletAuthSigner;
import dev.lit4j.network.NodeClient.Answer;
import dev.lit4j.testkit.fakes.FakeClock;
import dev.lit4j.testkit.fakes.FakeNodeTransport;
import dev.lit4j.testkit.fakes.FakeSessionStore;
import dev.lit4j.testkit.fakes.FakeWalletSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /web/encryption/sign/}: the session sig and the conditions are checked as a Datil node does, against
 * the local chain, and the shares of those who meet them decrypt.
 */
class EncryptionSignEndpointTest {
    private static final byte[] PLAINTEXT = "the launch codes".getBytes(StandardCharsets.UTF_8);
    private static final EthAddress TOKEN = EthAddress.parseAnyCase("t", "0x5FbDB2315678afecb367f032d93F642f64180aa3");

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final FakeWalletSigner reader = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
    private final FakeWalletSigner stranger = FakeWalletSigner.random();
    private LocalLitNetwork network;
    private SessionSigIssuer issuer;
    private BlsPublicKey networkKey;

    @BeforeEach
    void start() {
        network = LocalLitNetwork.builder().nodeCount(3).seed(17).clock(clock).build();
        networkKey = BlsPublicKey.parse("key", network.keys().blsPublicKey());
        FakeNodeTransport nodes = new FakeNodeTransport(
                new ConnectedNetwork(network.nodeUrls(), network.threshold(), networkKey),
                network.chain().latestBlockhash());
        issuer = new SessionSigIssuer(nodes, new FakeSessionStore(), clock);
    }

    @AfterEach
    void stop() {
        network.close();
    }

    private SessionSigs sessionSigs(FakeWalletSigner wallet, LitResource resource, LitAbility ability) {
        return issuer.getSessionSigs(
                SessionSigsRequest.builder()
                        .resource(resource, ability)
                        .expiration(clock.instant().plus(Duration.ofHours(1)))
                        .build(),
                new WalletAuthSigner(wallet, clock));
    }

    private static AccessControlConditions basic(String condition) {
        return AccessControlConditions.fromJson("conditions", "[" + condition + "]");
    }

    private static String userIs(EthAddress address) {
        return "{\"contractAddress\":\"\",\"standardContractType\":\"\",\"chain\":\"ethereum\",\"method\":\"\","
                + "\"parameters\":[\":userAddress\"],\"returnValueTest\":{\"comparator\":\"=\",\"value\":\""
                + address.checksummed() + "\"}}";
    }

    private static String balanceAtLeast(String type, String contract, String wei) {
        return "{\"contractAddress\":\"" + contract + "\",\"standardContractType\":\"" + type + "\",\"chain\":"
                + "\"ethereum\",\"method\":\"" + (type.isEmpty() ? "eth_getBalance" : "balanceOf")
                + "\",\"parameters\":"
                + "[\":userAddress\"" + (type.isEmpty() ? ",\"latest\"" : "") + "],\"returnValueTest\":"
                + "{\"comparator\":\">=\",\"value\":\"" + wei + "\"}}";
    }

    private Answer sign(String url, AccessControlConditions conditions, EncryptedData data, SessionSigs sigs)
            throws Exception {
        JsonObject body = new JsonObject();
        body.add(conditions.kind().fieldName(), JsonParser.parseString(conditions.canonicalJson()));
        body.addProperty("dataToEncryptHash", data.dataToEncryptHash().hex());
        body.addProperty("chain", "ethereum");
        body.add(
                "authSig",
                JsonParser.parseString(
                        AuthSigJson.toJson(sigs.forNode(url).orElseThrow().authSig())));
        body.addProperty("epoch", 1);
        return send(post(url, "/web/encryption/sign/", body.toString(), sdkHeaders("lit_decrypt")));
    }

    /** Every node's answer; the shares decrypt {@code data} when all answered 200. */
    private List<Answer> askEveryNode(AccessControlConditions conditions, EncryptedData data, FakeWalletSigner wallet)
            throws Exception {
        SessionSigs sigs = sessionSigs(
                wallet, conditions.resource(data.dataToEncryptHash()), LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        List<Answer> answers = new ArrayList<>();
        for (String url : network.nodeUrls()) {
            answers.add(sign(url, conditions, data, sigs));
        }
        return answers;
    }

    private byte[] decrypt(AccessControlConditions conditions, EncryptedData data, List<Answer> answers) {
        List<BlsSignatureShare> shares = new ArrayList<>();
        for (Answer answer : answers) {
            assertEquals(200, answer.status(), answer.body());
            JsonObject json = JsonParser.parseString(answer.body()).getAsJsonObject();
            assertEquals("success", json.get("result").getAsString());
            BlsSignatureShare share = BlsSignatureShare.fromJson(
                    "signatureShare", json.get("signatureShare").toString());
            assertEquals(share.shareIndex(), json.get("shareIndex").getAsInt());
            shares.add(share);
        }
        return LitEncryption.decrypt(data, conditions, shares, networkKey);
    }

    @Test
    void aReaderWhoseAddressIsTheConditionDecrypts() throws Exception {
        AccessControlConditions conditions = basic(userIs(reader.address()));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        assertArrayEquals(PLAINTEXT, decrypt(conditions, data, askEveryNode(conditions, data, reader)));
    }

    @Test
    void aReaderWhoDoesNotMeetTheConditionGetsTheNodesRefusal() throws Exception {
        AccessControlConditions conditions = basic(userIs(reader.address()));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        for (Answer answer : askEveryNode(conditions, data, stranger)) {
            assertEquals(401, answer.status());
            JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
            String message = "The access control condition check returned that you are not permitted to access this"
                    + " content.  Are you sure you meet the conditions?  Check the auth_sig and the other conditions";
            assertEquals(
                    "NodeAccessControlConditionsReturnedNotAuthorized",
                    error.get("errorCode").getAsString());
            assertEquals("Validation", error.get("errorKind").getAsString());
            assertEquals(message, error.get("message").getAsString());
            assertEquals(message, error.getAsJsonArray("details").get(0).getAsString());
            assertEquals("lit_decrypt", error.get("correlationId").getAsString());
        }
    }

    @Test
    void theRefusalIsTheDatilNodesBodyOfTheSdkTranscript() throws Exception {
        JsonObject path =
                TestVectors.load("encryption-datil.json").getAsJsonObject().getAsJsonObject("decryptErrorPath");
        AccessControlConditions conditions = basic(userIs(reader.address()));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        SessionSigs sigs = sessionSigs(
                stranger,
                conditions.resource(data.dataToEncryptHash()),
                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        String url = network.nodeUrls().get(0);
        JsonObject body = new JsonObject();
        body.add(conditions.kind().fieldName(), JsonParser.parseString(conditions.canonicalJson()));
        body.addProperty("dataToEncryptHash", data.dataToEncryptHash().hex());
        body.addProperty("chain", "ethereum");
        body.add(
                "authSig",
                JsonParser.parseString(
                        AuthSigJson.toJson(sigs.forNode(url).orElseThrow().authSig())));
        body.addProperty("epoch", 31316);
        Answer answer = send(post(
                url,
                "/web/encryption/sign/",
                body.toString(),
                sdkHeaders(path.getAsJsonObject("nodeBody").get("correlationId").getAsString())));
        assertEquals(path.get("httpStatus").getAsInt(), answer.status());
        assertEquals(path.getAsJsonObject("nodeBody").toString(), answer.body());
    }

    @Test
    void aSessionSigForAnotherResourceIsRefusedBeforeTheConditions() throws Exception {
        AccessControlConditions conditions = basic(userIs(reader.address()));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        EncryptedData other = LitEncryption.encrypt(conditions, new byte[] {1}, networkKey);
        SessionSigs forOther = sessionSigs(
                reader, conditions.resource(other.dataToEncryptHash()), LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        Answer answer = sign(network.nodeUrls().get(0), conditions, data, forOther);
        assertError(answer, 404, "NodeResourceIdNotFound");
        SessionSigs pkpOnly = sessionSigs(reader, LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        assertError(sign(network.nodeUrls().get(0), conditions, data, pkpOnly), 404, "NodeResourceIdNotFound");
    }

    @Test
    void aWildcardDecryptionGrantIsAccepted() throws Exception {
        AccessControlConditions conditions = basic(userIs(reader.address()));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        SessionSigs sigs = sessionSigs(
                reader,
                LitResource.wildcard(ResourcePrefix.ACCESS_CONTROL_CONDITION),
                LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        List<Answer> answers = new ArrayList<>();
        for (String url : network.nodeUrls()) {
            answers.add(sign(url, conditions, data, sigs));
        }
        assertArrayEquals(PLAINTEXT, decrypt(conditions, data, answers));
    }

    @Test
    void theNativeBalanceIsReadFromTheLocalChain() throws Exception {
        AccessControlConditions conditions = basic(balanceAtLeast("", "", "1000000000000000000"));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        network.chain().ledger().setBalance(reader.address(), new BigInteger("999999999999999999"));
        assertError(
                askEveryNode(conditions, data, reader).get(0), 401, "NodeAccessControlConditionsReturnedNotAuthorized");
        network.chain().ledger().setBalance(reader.address(), new BigInteger("1000000000000000000"));
        assertArrayEquals(PLAINTEXT, decrypt(conditions, data, askEveryNode(conditions, data, reader)));
    }

    @Test
    void erc20AndErc721HoldingsAndTimestampsAreReadFromTheLocalChain() throws Exception {
        String nft = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
        AccessControlConditions conditions = AccessControlConditions.fromJson(
                "c",
                "{\"unifiedAccessControlConditions\":["
                        + unified(balanceAtLeast("ERC20", TOKEN.checksummed(), "5")) + ",{\"operator\":\"and\"},["
                        + unified("{\"contractAddress\":\"" + nft
                                + "\",\"standardContractType\":\"ERC721\",\"chain\":\"ethereum\","
                                + "\"method\":\"ownerOf\",\"parameters\":[\"42\"],\"returnValueTest\":{\"comparator\":\"=\",\"value\":"
                                + "\":userAddress\"}}")
                        + ",{\"operator\":\"or\"},"
                        + unified(
                                "{\"contractAddress\":\"\",\"standardContractType\":\"timestamp\",\"chain\":\"ethereum\","
                                        + "\"method\":\"eth_getBlockByNumber\",\"parameters\":[\"latest\"],\"returnValueTest\":{\"comparator\":"
                                        + "\">=\",\"value\":\""
                                        + Instant.parse("2026-02-01T00:00:00Z").getEpochSecond() + "\"}}")
                        + "]]}");
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        EthAddress nftContract = EthAddress.parseAnyCase("nft", nft);
        network.chain().ledger().setErc20Balance(TOKEN, reader.address(), BigInteger.valueOf(5));
        network.chain().ledger().setErc721Owner(nftContract, BigInteger.valueOf(42), stranger.address());
        assertError(
                askEveryNode(conditions, data, reader).get(1), 401, "NodeAccessControlConditionsReturnedNotAuthorized");

        clock.set(Instant.parse("2026-02-01T00:00:00Z"));
        network.chain().mine();
        assertArrayEquals(PLAINTEXT, decrypt(conditions, data, askEveryNode(conditions, data, reader)));

        clock.set(Instant.parse("2026-01-10T12:00:00Z"));
        network.chain().mine();
        network.chain().ledger().setErc721Owner(nftContract, BigInteger.valueOf(42), reader.address());
        assertArrayEquals(PLAINTEXT, decrypt(conditions, data, askEveryNode(conditions, data, reader)));

        network.chain().ledger().setErc20Balance(TOKEN, reader.address(), BigInteger.valueOf(4));
        assertError(
                askEveryNode(conditions, data, reader).get(2), 401, "NodeAccessControlConditionsReturnedNotAuthorized");
    }

    @Test
    void aConditionTheLocalNetworkCannotEvaluateIsRefusedNeverGranted() throws Exception {
        AccessControlConditions conditions =
                basic("{\"contractAddress\":\"0x3110c39b428221012934A7F617913b095BC1078C\","
                        + "\"standardContractType\":\"ERC1155\",\"chain\":\"ethereum\",\"method\":\"balanceOf\",\"parameters\":"
                        + "[\":userAddress\",\"21\"],\"returnValueTest\":{\"comparator\":\">\",\"value\":\"0\"}}");
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        Answer answer = askEveryNode(conditions, data, reader).get(0);
        assertError(answer, 502, "NodeAccessControlConditionsCheckFailed");
        assertEquals(
                "the local network cannot evaluate standardContractType \"ERC1155\"; it evaluates :userAddress"
                        + " comparisons, eth_getBalance, timestamp, ERC20 balanceOf and ERC721 ownerOf/balanceOf against its"
                        + " chain",
                JsonParser.parseString(answer.body())
                        .getAsJsonObject()
                        .getAsJsonArray("details")
                        .get(0)
                        .getAsString());

        AccessControlConditions solana = AccessControlConditions.fromJson(
                "c",
                "{\"solRpcConditions\":[{\"method\":"
                        + "\"getBalance\",\"params\":[\":userAddress\"],\"chain\":\"solana\",\"returnValueTest\":{\"key\":\"\","
                        + "\"comparator\":\">=\",\"value\":\"1\"}}]}");
        EncryptedData solData = LitEncryption.encrypt(solana, PLAINTEXT, networkKey);
        assertError(askEveryNode(solana, solData, reader).get(0), 502, "NodeAccessControlConditionsCheckFailed");

        AccessControlConditions unknownToken = basic(balanceAtLeast("ERC20", TOKEN.checksummed(), "1"));
        EncryptedData tokenData = LitEncryption.encrypt(unknownToken, PLAINTEXT, networkKey);
        assertError(askEveryNode(unknownToken, tokenData, reader).get(0), 502, "NodeRpcError");
    }

    @Test
    void malformedConditionsAreRefusedWithTheNodesCodes() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 31; i++) {
            many.append(i == 0 ? "" : ",").append(userIs(reader.address()));
        }
        AccessControlConditions tooMany = basic(many.toString());
        EncryptedData data = LitEncryption.encrypt(tooMany, PLAINTEXT, networkKey);
        Answer answer = askEveryNode(tooMany, data, reader).get(0);
        assertError(answer, 400, "NodeTooManyConditions");
        assertEquals(
                "Too many conditions, max is 30, got 31",
                JsonParser.parseString(answer.body())
                        .getAsJsonObject()
                        .getAsJsonArray("details")
                        .get(0)
                        .getAsString());

        AccessControlConditions dangling =
                AccessControlConditions.fromJson("c", "[" + userIs(reader.address()) + ",{\"operator\":\"and\"}]");
        EncryptedData danglingData = LitEncryption.encrypt(dangling, PLAINTEXT, networkKey);
        assertError(askEveryNode(dangling, danglingData, reader).get(0), 400, "NodeInvalidBooleanConditionType");

        AccessControlConditions badValue = basic(balanceAtLeast("", "", "1e18"));
        EncryptedData badData = LitEncryption.encrypt(badValue, PLAINTEXT, networkKey);
        assertError(askEveryNode(badValue, badData, reader).get(0), 400, "NodeInvalidACCReturnValueTest");
    }

    @Test
    void aNodeWithAWrongKeyShareGivesAShareThatFailsVerification() throws Exception {
        AccessControlConditions conditions = basic(userIs(reader.address()));
        EncryptedData data = LitEncryption.encrypt(conditions, PLAINTEXT, networkKey);
        network.node(1).faults().wrongBlsShare(true);
        List<Answer> answers = askEveryNode(conditions, data, reader);
        InvalidSignatureException e =
                assertThrows(InvalidSignatureException.class, () -> decrypt(conditions, data, answers));
        assertTrue(
                e.getMessage()
                        .startsWith("identitySignature: is not the network's"
                                + " signature over lit-accesscontrolcondition://"),
                e.getMessage());
        assertArrayEquals(PLAINTEXT, decrypt(conditions, data, List.of(answers.get(0), answers.get(2))));
    }

    private static String unified(String evmBasic) {
        return "{\"conditionType\":\"evmBasic\"," + evmBasic.substring(1);
    }

    private static void assertError(Answer answer, int status, String errorCode) {
        assertEquals(status, answer.status(), answer.body());
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertEquals(errorCode, error.get("errorCode").getAsString(), answer.body());
        assertEquals(status, error.get("status").getAsInt());
    }
}
