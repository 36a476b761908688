package dev.lit4j.network.sessionkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.TestVectors;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.action.LitAuthContext;
import dev.lit4j.network.chain.Block;
import dev.lit4j.network.error.LitNodeError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSessionSiweTest {
    private static final JsonObject WALLET_ANSWER = TestVectors.load("bls-session-key-responses.json")
            .getAsJsonArray()
            .get(0)
            .getAsJsonObject();
    private static final EthAddress WALLET_PKP =
            EthAddress.parseChecksummed("pkp", "0x7f2e96c99F9551915DA9e9F828F512330f130acB");
    private static final String WALLET_NONCE = "0xa5f18dbc0fa2080649042ab8cb6cef3b246c20c15b62482ba43fb4ca2a4642cb";
    private static final Block WALLET_BLOCK = new Block(1, WALLET_NONCE, Instant.parse("2024-04-25T02:09:35Z"));
    private static final LitAuthContext WALLET_CONTEXT = new LitAuthContext(
            List.of("QmY3qun9qX3fUBHVfrA9f3v9RpyyPo8RHEuEN1XYPq1PrA"),
            List.of(new AuthMethodContext("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "lit", 1, true, 1714097386L)),
            null,
            List.of());

    private static SiweMessage walletClientSiwe() {
        return JsSdkClient.sessionSiwe(
                WALLET_PKP,
                "lit:session:73e09d1ad1faa329bef12ebaf9b982d2925746e3677cabd4b6b7196096a6ee02",
                WALLET_NONCE,
                Instant.parse("2024-04-25T02:09:51.822Z"),
                Instant.parse("2024-04-26T02:09:50.822Z"));
    }

    @Test
    void rebuildsTheRecordedDatilWalletAnswerByteForByte() {
        SiweMessage built = NodeSessionSiwe.build(
                walletClientSiwe(), WALLET_PKP, WALLET_BLOCK, AuthContextJson.of(WALLET_CONTEXT, null));

        assertEquals(WALLET_ANSWER.get("siweMessage").getAsString(), built.render());
        assertEquals(
                WALLET_ANSWER.get("dataSigned").getAsString(),
                LitSessionBlsMessage.fromEip191Hash(Eip191.hash(built.render())).hex());
    }

    @Test
    void rebuildsTheRecordedDatilLitActionAnswerByteForByte() {
        JsonObject nodeSig = TestVectors.load("datil-session-sigs-sample.json")
                .getAsJsonObject()
                .getAsJsonObject("https://51.255.59.58:443");
        String recorded = JsonParser.parseString(nodeSig.get("signedMessage").getAsString())
                .getAsJsonObject()
                .getAsJsonArray("capabilities")
                .get(1)
                .getAsJsonObject()
                .get("signedMessage")
                .getAsString();
        EthAddress pkp = EthAddress.parseChecksummed("pkp", "0x4F92B988dfF23a7A476C256E621206F120f92337");
        String nonce = "0xfba8cfeb4e933e68851e7b993e17cc7be919373ff0afce1d44db8ae4fe03436a";
        SiweMessage client = JsSdkClient.sessionSiwe(
                pkp,
                "lit:session:8356d1e28349e2c8d1e7b3b85d7fa2913ad0c6961a39a5227c943839898870da",
                nonce,
                Instant.parse("2024-10-16T13:48:16.466Z").minusSeconds(86_400),
                Instant.parse("2024-10-17T13:48:16.466Z"));
        LitAuthContext context = new LitAuthContext(
                List.of("QmSJ3w5TorMq2yv8JdMXJGVadWDe3yctGWujZdc7sF88gt"), List.of(), null, List.of());
        String response = "\"(true, {\\\"MO\\\":\\\"FO\\\",\\\"privateKey\\\":"
                + "\\\"0x3194c4ff0148ae5c83e944e4e654b03bd663add6c86f922055366c6f2306b1a7\\\"})\"";

        SiweMessage built = NodeSessionSiwe.build(
                client,
                pkp,
                new Block(2, nonce, Instant.parse("2024-10-16T13:47:47Z")),
                AuthContextJson.of(context, response));

        assertEquals(recorded, built.render());
    }

    @Test
    void authContextJsonHasTheDatilShape() {
        assertEquals(
                "{\"actionIpfsIds\":[\"QmY3qun9qX3fUBHVfrA9f3v9RpyyPo8RHEuEN1XYPq1PrA\"],\"authMethodContexts\":"
                        + "[{\"appId\":\"lit\",\"authMethodType\":1,\"expiration\":1714097386,\"usedForSignSessionKeyRequest\""
                        + ":true,\"userId\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"}],\"authSigAddress\":null,"
                        + "\"resources\":[]}",
                Jcs.canonicalize(AuthContextJson.of(WALLET_CONTEXT, null)));
        assertEquals(
                "{\"actionIpfsIds\":[],\"authMethodContexts\":[{\"appId\":\"lit\",\"authMethodType\":1,"
                        + "\"usedForSignSessionKeyRequest\":false,\"userId\":\"u\"}],\"authSigAddress\":\"0xabc\","
                        + "\"customAuthResource\":\"true\",\"resources\":[\"r\"]}",
                Jcs.canonicalize(AuthContextJson.of(
                        new LitAuthContext(
                                List.of(),
                                List.of(new AuthMethodContext("u", "lit", 1, false, null)),
                                "0xabc",
                                List.of("r")),
                        "true")));
    }

    @Test
    void aSiweWithoutResourcesHasNoCapabilityObject() {
        SiweMessage client = walletClientSiwe().withResources(null);

        LitNodeError e = assertThrows(LitNodeError.class, () -> build(client));

        assertEquals(
                "{\"details\":[\"Unable to convert SIWE into Capability object\"],\"errorKind\":\"Conversion\","
                        + "\"message\":\"An error related to type conversion has occured.\",\"status\":500}",
                e.toPublicJson(null));
    }

    @Test
    void onlyTheLastResourceCounts() {
        SiweMessage recapFirst = walletClientSiwe()
                .withResources(List.of(walletClientSiwe().resources().get(0), "https://example.com/other"));

        LitNodeError e = assertThrows(LitNodeError.class, () -> build(recapFirst));

        assertEquals(List.of("Unable to convert SIWE into Capability object"), e.details());
    }

    @Test
    void aReCapTheStatementDoesNotEndWithIsInvalid() {
        SiweMessage client = walletClientSiwe().withStatement(JsSdkClient.STATEMENT);

        LitNodeError e = assertThrows(LitNodeError.class, () -> build(client));

        assertEquals(
                "{\"details\":[\"Unable to extract and verify user's capability object\",\"the last resource is"
                        + " not a valid ReCap, or the statement does not end with its statement\"],\"errorCode\":"
                        + "\"NodeSIWECapabilityInvalid\",\"errorKind\":\"Parser\",\"message\":\"Invalid Capability object in"
                        + " SIWE resource ReCap\",\"status\":400}",
                e.toPublicJson(null));
    }

    @Test
    void anUndecodableReCapIsInvalid() {
        SiweMessage client = walletClientSiwe().withResources(List.of("urn:recap:e30"));

        LitNodeError e = assertThrows(LitNodeError.class, () -> build(client));

        assertEquals("NodeSIWECapabilityInvalid", e.code().wireName());
    }

    private static SiweMessage build(SiweMessage client) {
        return NodeSessionSiwe.build(client, WALLET_PKP, WALLET_BLOCK, JsonValue.Obj.EMPTY);
    }
}
