package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSigsJsonTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final String FLOW_MAP = Vectors.text("session-sig-flow.session-sigs.compact.json");
    private static final String DATIL = Vectors.text("datil-session-sigs-sample.json");
    private static final String DATIL_COMPACT = Vectors.text("datil-session-sigs-sample.compact.json");
    private static final String NODE = Vectors.string(FLOW, "sessionSig", "nodeUrl");

    @Test
    void writesTheVectorSessionSigAsJsonStringifyDoes() {
        SessionKeyPair key = SessionKeyPair.fromSeed(Hex.decode("seed", Vectors.string(FLOW, "sessionKey", "seedHex")));
        SessionSig sig = SessionSig.sign(key, Vectors.string(FLOW, "sessionSig", "signedMessage"));
        assertEquals(FLOW_MAP, SessionSigsJson.toJson(new SessionSigs(Map.of(NODE, sig))));
    }

    @Test
    void readsTheVectorSessionSigBack() {
        SessionSigs sigs = SessionSigsJson.parse(FLOW_MAP);
        assertEquals(List.of(NODE), sigs.nodeUrls());
        SessionSig sig = sigs.forNode(NODE).orElseThrow();
        assertEquals(Vectors.string(FLOW, "sessionSig", "signedMessage"), sig.signedMessage());
        assertEquals(Vectors.string(FLOW, "sessionSig", "sig"), sig.authSig().sig());
        sig.verifySignature();
        assertEquals(FLOW_MAP, SessionSigsJson.toJson(sigs));
    }

    @Test
    void roundTripsTheNineNodeDatilSampleByteForByte() {
        SessionSigs sigs = SessionSigsJson.parse(DATIL);
        assertEquals(
                new ArrayList<>(JsonParser.parseString(DATIL).getAsJsonObject().keySet()), sigs.nodeUrls());
        assertEquals(9, sigs.nodeUrls().size());
        assertEquals(
                "8356d1e28349e2c8d1e7b3b85d7fa2913ad0c6961a39a5227c943839898870da",
                sigs.sessionKey().hex());
        assertEquals(DATIL_COMPACT, SessionSigsJson.toJson(sigs));
        assertEquals(sigs, SessionSigsJson.parse(DATIL_COMPACT));
    }

    @Test
    void keepsEverySignedMessageExactlySoEverySignatureVerifies() {
        SessionSigs sigs = SessionSigsJson.parse(DATIL);
        JsonObject raw = JsonParser.parseString(DATIL).getAsJsonObject();
        for (String node : sigs.nodeUrls()) {
            SessionSig sig = sigs.forNode(node).orElseThrow();
            assertEquals(raw.getAsJsonObject(node).get("signedMessage").getAsString(), sig.signedMessage());
            assertTrue(sig.signedMessage().contains("\"nodeAddress\":\"" + node + "\""));
            sig.verifySignature();
        }
    }

    @Test
    void refusesWhatIsNotAnObjectOfSessionSigs() {
        assertRefused("sessionSigs: expected an object of node URL to session sig, found an array", "[]");
        assertRefused("sessionSigs: has no entries; there must be a session sig for at least one node", "{}");
        assertRefused("sessionSigs: unexpected content after the session sigs object", FLOW_MAP + "{}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionSigsJson.parse("{\"a\":"));
        assertEquals("sessionSigs", e.field());
        assertTrue(e.getMessage().startsWith("sessionSigs: not valid JSON: "), e.getMessage());
        assertRefused("sessionSigs: is missing", null);
    }

    @Test
    void refusesANodeUrlTwice() {
        String entry = FLOW_MAP.substring(1, FLOW_MAP.length() - 1);
        assertRefused("sessionSigs[" + NODE + "]: the node URL appears twice", "{" + entry + "," + entry + "}");
    }

    @Test
    void refusesAnEntryThatIsNotASessionSigAuthSig() {
        String withExtraKey = FLOW_MAP.replace(",\"algo\":\"ed25519\"}", ",\"algo\":\"ed25519\",\"extra\":1}");
        assertRefused(
                "sessionSigs[" + NODE + "].extra: unknown AuthSig key; only sig, derivedVia, signedMessage,"
                        + " address and algo are allowed",
                withExtraKey);
        String walletKind = FLOW_MAP.replace("litSessionSignViaNacl", "web3.eth.personal.sign");
        assertRefused(
                "sessionSigs[" + NODE + "].derivedVia: expected \"litSessionSignViaNacl\", got"
                        + " \"web3.eth.personal.sign\"",
                walletKind);
        String noAlgo = FLOW_MAP.replace(",\"algo\":\"ed25519\"", "");
        assertRefused("sessionSigs[" + NODE + "].algo: expected \"ed25519\", got none", noAlgo);
        assertRefused(
                "sessionSigs[" + NODE + "]: expected an AuthSig object, found a string", "{\"" + NODE + "\":\"x\"}");
    }

    private static void assertRefused(String message, String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionSigsJson.parse(json));
        assertEquals(message, e.getMessage());
    }
}
