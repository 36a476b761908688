package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.internal.SessionMessageBody;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSignedMessageTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final String MESSAGE = Vectors.string(FLOW, "sessionSig", "signedMessage");
    private static final String SESSION_KEY = Vectors.string(FLOW, "sessionKey", "publicKey");
    private static final AuthSig EOA = new AuthSig(
            Vectors.string(FLOW, "eoaAuthSig", "sig"),
            Vectors.string(FLOW, "eoaAuthSig", "derivedVia"),
            Vectors.string(FLOW, "eoaAuthSig", "signedMessage"),
            Vectors.string(FLOW, "eoaAuthSig", "address"),
            null);

    @Test
    void readsTheVectorMessage() {
        SessionSignedMessage message = SessionSignedMessage.parse(MESSAGE);
        assertEquals(SESSION_KEY, message.sessionKey());
        assertEquals(
                List.of(
                        new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", "*", "pkp-signing"),
                        new SessionSignedMessage.ResourceAbilityEntry("lit-litaction", "*", "lit-action-execution")),
                message.resourceAbilityRequests());
        assertEquals(List.of(EOA), message.capabilities());
        assertEquals("2025-01-15T10:00:05.123Z", message.issuedAt());
        assertEquals("2025-01-16T10:00:00.000Z", message.expiration());
        assertEquals("https://15.235.83.220:7470", message.nodeAddress());
    }

    @Test
    void givesBackWhatSessionMessageBodyWrote() {
        JsonValue.Obj data = JsonValue.Obj.builder()
                .put("note", new JsonValue.Str("kept out"))
                .build();
        List<ResourceAbilityRequest> requests = List.of(
                ResourceAbilityRequest.of(LitResource.pkp("ab"), LitAbility.PKP_SIGNING),
                new ResourceAbilityRequest(
                        LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION, data));
        AuthSig bls = new AuthSig(
                "{\"ProofOfPossession\":\"00\"}",
                AuthSig.DERIVED_VIA_BLS,
                "line 1\nline \"2\"",
                "0x7f2e96c99F9551915DA9e9F828F512330f130acB",
                AuthSig.ALGO_BLS);
        SessionMessageBody body = new SessionMessageBody(
                new SessionPublicKey(SESSION_KEY),
                requests,
                List.of(EOA, bls),
                "2025-01-15T10:00:05.123Z",
                "2025-01-16T10:00:00.000Z");

        SessionSignedMessage message = SessionSignedMessage.parse(body.forNode("https://1.2.3.4:443"));

        assertEquals(
                new SessionSignedMessage(
                        SESSION_KEY,
                        List.of(
                                SessionSignedMessage.ResourceAbilityEntry.of(requests.get(0)),
                                SessionSignedMessage.ResourceAbilityEntry.of(requests.get(1))),
                        List.of(EOA, bls),
                        "2025-01-15T10:00:05.123Z",
                        "2025-01-16T10:00:00.000Z",
                        "https://1.2.3.4:443"),
                message);
        assertEquals("lit-pkp", message.resourceAbilityRequests().get(0).resourcePrefix());
        assertEquals(
                "0".repeat(62) + "ab", message.resourceAbilityRequests().get(0).resource());
    }

    @Test
    void ignoresUnknownTopLevelKeysAndExtraEntryKeysAsTheNodeDoes() {
        String json = "{\"maxPrice\":\"0x10\",\"sessionKey\":\"k\",\"resourceAbilityRequests\":[{\"ability\":\"x\","
                + "\"data\":{\"a\":[1,{\"b\":null}]},\"resource\":{\"resourcePrefix\":\"p\",\"resource\":\"r\","
                + "\"extra\":true}}],\"capabilities\":[],\"issuedAt\":\"not a time\",\"expiration\":\"\","
                + "\"nodeAddress\":\" anything \",\"future\":{\"x\":1}}";
        SessionSignedMessage message = SessionSignedMessage.parse(json);
        assertEquals("k", message.sessionKey());
        assertEquals(
                List.of(new SessionSignedMessage.ResourceAbilityEntry("p", "r", "x")),
                message.resourceAbilityRequests());
        assertEquals(List.of(), message.capabilities());
        assertEquals("not a time", message.issuedAt());
        assertEquals("", message.expiration());
        assertEquals(" anything ", message.nodeAddress());
    }

    @Test
    void refusesARepeatedKeyAnywhere() {
        assertRefused(
                "signedMessage.nodeAddress: the key appears twice",
                MESSAGE.substring(0, MESSAGE.length() - 1) + ",\"nodeAddress\":\"x\"}");
        assertRefused(
                "signedMessage.maxPrice: the key appears twice",
                MESSAGE.replace("{\"sessionKey\"", "{\"maxPrice\":\"1\",\"maxPrice\":\"1\",\"sessionKey\""));
        assertRefused(
                "signedMessage.resourceAbilityRequests[0].ability: the key appears twice",
                MESSAGE.replace("\"ability\":\"pkp-signing\"", "\"ability\":\"pkp-signing\",\"ability\":\"x\""));
        assertRefused(
                "signedMessage.resourceAbilityRequests[0].resource.resource: the key appears twice",
                MESSAGE.replace(
                        "{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"}",
                        "{\"resource\":\"*\",\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"}"));
        assertRefused(
                "signedMessage.resourceAbilityRequests[1].data.a: the key appears twice",
                MESSAGE.replace(
                        "\"ability\":\"lit-action-execution\"",
                        "\"ability\":\"lit-action-execution\",\"data\":{\"a\":1,\"a\":2}"));
        assertRefused(
                "signedMessage.capabilities[0].sig: the key appears twice",
                MESSAGE.replace("{\"sig\":\"0x", "{\"sig\":\"0x\",\"sig\":\"0x"));
    }

    @Test
    void refusesAnUnknownAuthSigKeyInACapability() {
        assertRefused(
                "signedMessage.capabilities[0].foo: unknown AuthSig key; only sig, derivedVia, signedMessage,"
                        + " address and algo are allowed",
                MESSAGE.replace("{\"sig\":\"0x", "{\"foo\":\"bar\",\"sig\":\"0x"));
    }

    @Test
    void refusesMissingFields() {
        assertRefused(
                "signedMessage.nodeAddress: is missing",
                MESSAGE.replace(",\"nodeAddress\":\"https://15.235.83.220:7470\"", ""));
        assertRefused(
                "signedMessage.sessionKey: is missing", MESSAGE.replace("\"sessionKey\":\"" + SESSION_KEY + "\",", ""));
        assertRefused(
                "signedMessage.resourceAbilityRequests[0].ability: is missing",
                MESSAGE.replace(",\"ability\":\"pkp-signing\"", ""));
        assertRefused(
                "signedMessage.resourceAbilityRequests[0].resource.resourcePrefix: is missing",
                MESSAGE.replace(",\"resourcePrefix\":\"lit-pkp\"", ""));
        assertRefused(
                "signedMessage.capabilities[0].address: is missing",
                MESSAGE.replace(",\"address\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"", ""));
    }

    @Test
    void refusesWrongTypes() {
        assertRefused(
                "signedMessage.issuedAt: expected a string, found a number",
                MESSAGE.replace("\"2025-01-15T10:00:05.123Z\"", "1736935205"));
        assertRefused(
                "signedMessage.nodeAddress: expected a string, found null",
                MESSAGE.replace("\"https://15.235.83.220:7470\"", "null"));
        assertRefused(
                "signedMessage.capabilities: expected an array, found an object",
                MESSAGE.replace("\"capabilities\":[", "\"capabilities\":{\"x\":[")
                        .replace("}],\"issuedAt\"", "}]},\"issuedAt\""));
        assertRefused(
                "signedMessage.resourceAbilityRequests[0]: expected an object, found a string",
                MESSAGE.replace("\"resourceAbilityRequests\":[", "\"resourceAbilityRequests\":[\"x\","));
        assertRefused("signedMessage: expected an object, found an array", "[" + MESSAGE + "]");
    }

    @Test
    void refusesMalformedJsonAndTrailingContent() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SessionSignedMessage.parse(MESSAGE.substring(0, MESSAGE.length() - 1)));
        assertEquals("signedMessage", e.field());
        assertTrue(e.getMessage().startsWith("signedMessage: not valid JSON: "), e.getMessage());
        assertRefused("signedMessage: unexpected content after the message object", MESSAGE + "{}");
        assertEquals(SessionSignedMessage.parse(MESSAGE), SessionSignedMessage.parse(" \n" + MESSAGE + "\n "));
    }

    @Test
    void anEntryCoversItsPrefixWithAWildcardOrTheExactId() {
        LitResource pkp = LitResource.pkp("ab");
        assertTrue(new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", "*", "anything").covers(pkp));
        assertTrue(new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", pkp.id(), "pkp-signing").covers(pkp));
        assertFalse(new SessionSignedMessage.ResourceAbilityEntry(
                        "lit-pkp", pkp.id().toUpperCase(), "pkp-signing")
                .covers(pkp));
        assertFalse(new SessionSignedMessage.ResourceAbilityEntry("lit-litaction", "*", "pkp-signing").covers(pkp));
        assertFalse(new SessionSignedMessage.ResourceAbilityEntry("LIT-PKP", "*", "pkp-signing").covers(pkp));
        assertFalse(new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", "ab", "pkp-signing").covers(pkp));
        assertFalse(new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", pkp.id(), "pkp-signing")
                .covers(LitResource.wildcard(ResourcePrefix.PKP)));
        assertEquals(
                "lit-pkp://* pkp-signing",
                new SessionSignedMessage.ResourceAbilityEntry("lit-pkp", "*", "pkp-signing").toString());
    }

    @Test
    void capabilitiesAreTheAuthSigsTheNodeReads() {
        SessionSignedMessage message = SessionSignedMessage.parse(MESSAGE);
        assertEquals(
                AuthSigJson.toJson(EOA),
                AuthSigJson.toJson(message.capabilities().get(0)));
    }

    @Test
    void refusesAMissingEntryWhenBuiltByHand() {
        List<AuthSig> withNull = new ArrayList<>();
        withNull.add(null);
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> new SessionSignedMessage("k", List.of(), withNull, "i", "e", "n"));
        assertEquals("signedMessage.capabilities[0]: is missing", e.getMessage());
    }

    private static void assertRefused(String expected, String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionSignedMessage.parse(json));
        assertEquals(expected, e.getMessage());
    }
}
