package dev.lit4j.domain.recap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.SiweVectors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RecapUrnTest {
    private static final JsonObject VECTOR =
            SiweVectors.file("session-sig-flow.json").getAsJsonObject().getAsJsonObject("recap");
    private static final String CAPACITY_URN = "urn:recap:eyJhdHQiOnsibGl0LXJhdGVsaW1pdGluY3JlYXNlOi8vMjUzNjQiOnsiQXV0"
            + "aC9BdXRoIjpbeyJkZWxlZ2F0ZV90byI6WyI3MDk5Nzk3MEM1MTgxMmRjM0EwMTBDN2QwMWI1MGUwZDE3ZGM3OUM4Il0sIm5mdF9pZC"
            + "I6WyIyNTM2NCJdLCJ1c2VzIjoiMTAwIn1dfX0sInByZiI6W119";

    @Test
    void encodesTheEmptyRecap() {
        assertEquals(VECTOR.get("emptyJson").getAsString(), Recap.empty().toCanonicalJson());
        assertEquals(VECTOR.get("empty").getAsString(), Recap.empty().encode());
        assertEquals(Recap.empty(), RecapUrn.decode(VECTOR.get("empty").getAsString()));
    }

    @Test
    void encodesPkpAndLitActionWildcards() {
        Recap recap = Recap.empty()
                .withCapability(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING, null)
                .withCapability(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION, null);
        assertEquals(VECTOR.get("pkpAndLitActionJson").getAsString(), recap.toCanonicalJson());
        assertEquals(VECTOR.get("pkpAndLitAction").getAsString(), RecapUrn.encode(recap));
        assertEquals(recap, RecapUrn.decode(VECTOR.get("pkpAndLitAction").getAsString()));
    }

    @Test
    void encodesTheCapacityDelegationRestriction() {
        JsonValue.Obj restriction = (JsonValue.Obj)
                JsonValueParser.parse(
                        "r",
                        "{\"nft_id\":[\"25364\"],\"delegate_to\":[\"70997970C51812dc3A010C7d01b50e0d17dc79C8\"],\"uses\":\"100\"}");
        Recap recap = Recap.empty()
                .withCapability(
                        LitResource.rateLimitIncrease("25364"), LitAbility.RATE_LIMIT_INCREASE_AUTH, restriction);
        assertEquals(
                "{\"att\":{\"lit-ratelimitincrease://25364\":{\"Auth/Auth\":[{\"delegate_to\":"
                        + "[\"70997970C51812dc3A010C7d01b50e0d17dc79C8\"],\"nft_id\":[\"25364\"],\"uses\":\"100\"}]}},\"prf\":[]}",
                recap.toCanonicalJson());
        assertEquals(CAPACITY_URN, recap.encode());
    }

    static List<String> vectorUrns() {
        return SiweVectors.allRecapUrns();
    }

    @ParameterizedTest
    @MethodSource("vectorUrns")
    void decodingThenEncodingReproducesEveryVectorUrn(String urn) {
        assertEquals(urn, RecapUrn.decode(urn).encode());
    }

    @Test
    void theVectorsIncludeTheNodeRecapsWithNestedAuthContexts() {
        List<String> urns = vectorUrns();
        assertTrue(urns.size() >= 6, "urns: " + urns.size());
        long withAuthContext = urns.stream()
                .map(RecapUrn::decode)
                .filter(r -> r.attenuations().containsKey("lit-resolvedauthcontext://*"))
                .count();
        assertEquals(2, withAuthContext);
    }

    @Test
    void decodesNestedRestrictionsIntact() {
        Recap node = RecapUrn.decode(
                SiweVectors.nodePkpSiwe().substring(SiweVectors.nodePkpSiwe().indexOf("urn:recap:")));
        JsonValue.Obj restriction = node.attenuations()
                .get("lit-resolvedauthcontext://*")
                .get("Auth/Auth")
                .get(0);
        assertEquals(
                "{\"auth_context\":{\"actionIpfsIds\":[\"QmY3qun9qX3fUBHVfrA9f3v9RpyyPo8RHEuEN1XYPq1PrA\"],"
                        + "\"authMethodContexts\":[{\"appId\":\"lit\",\"authMethodType\":1,\"expiration\":1714097386,"
                        + "\"usedForSignSessionKeyRequest\":true,\"userId\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\"}],"
                        + "\"authSigAddress\":null,\"resources\":[]}}",
                Jcs.canonicalize(restriction));
    }

    @Test
    void strictDecodingRejectsPaddingWhichTheNodeAccepts() {
        String padded = VECTOR.get("empty").getAsString() + "==";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode(padded));
        assertEquals(
                "recap: not unpadded base64url: character '=' at position 36 (padding is not allowed)", e.getMessage());
        assertEquals(Recap.empty(), RecapUrn.decodeAcceptingPadding(padded));
        assertEquals(
                Recap.empty(),
                RecapUrn.decodeAcceptingPadding(VECTOR.get("empty").getAsString()));
    }

    @Test
    void lenientDecodingStillRequiresWellFormedPadding() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> RecapUrn.decodeAcceptingPadding(VECTOR.get("empty").getAsString() + "="));
        assertEquals(
                "recap: padded base64url must have a length that is a multiple of 4, got 27 characters",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "urn:recaps:eyJhdHQiOnt9LCJwcmYiOltdfQ|recap: not a ReCap URN: expected it to start with \"urn:recap:\","
                        + " got \"urn:recaps:eyJhdHQiOnt9LCJwcmYiOltdfQ\"",
                "urn:recap:eyJhdHQiOnt9LCJwcmYiOltdfQ+|recap: not unpadded base64url: character '+' at position 36",
                "urn:recap:eyJhdHQiOnt9LCJwcmYiOltdfR|recap: not canonical base64url: the last character has bits set beyond"
                        + " the data",
            })
    void rejectsMalformedUrns(String urn, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode(urn));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsBase64OfImpossibleLength() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode("urn:recap:eyJhd"));
        assertEquals("recap", e.field());
        assertTrue(e.getMessage().startsWith("recap: not valid base64url: "), e.getMessage());
    }

    @Test
    void rejectsAPayloadThatIsNotUtf8() {
        String urn = RecapUrn.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {(byte) 0xff});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode(urn));
        assertEquals("recap: the decoded payload is not UTF-8", e.getMessage());
    }

    @Test
    void rejectsAPayloadThatIsNotJson() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode(urnOf("{att}")));
        assertTrue(e.getMessage().startsWith("recap: not valid JSON: "), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[]|recap: expected a JSON object {\"att\":…,\"prf\":[…]}, found array",
                "{\"att\":{},\"prf\":[],\"x\":1}|recap.x: unknown key; a ReCap holds only att and prf",
                "{\"prf\":[]}|recap.att: is missing",
                "{\"att\":{}}|recap.prf: is missing",
                "{\"att\":[],\"prf\":[]}|recap.att: Invalid attenuation object: expected an object, found array",
                "{\"att\":{},\"prf\":{}}|recap.prf: Invalid proof list: expected an array of strings, found object",
                "{\"att\":{},\"prf\":[1]}|recap.prf[0]: Invalid proof list: expected a string, found number",
                "{\"att\":{},\"prf\":[\"QmUjX8MW6StQ7NKNdaS6g4RMkvN5hcgtKmEi8Mca6oX4t3\"]}|recap.prf: proof"
                        + " \"QmUjX8MW6StQ7NKNdaS6g4RMkvN5hcgtKmEi8Mca6oX4t3\" is not a base58btc CID string (z…)",
                "{\"att\":{\"lit-pkp://*\":[]},\"prf\":[]}|recap.att[\"lit-pkp://*\"]: Invalid attenuation object: expected an"
                        + " object of abilities, found array",
                "{\"att\":{\"lit-pkp://*\":{}},\"prf\":[]}|recap.att[\"lit-pkp://*\"]: has no abilities; expected at least one"
                        + " <namespace>/<name>",
                "{\"att\":{\"lit-pkp://*\":{\"Threshold\":[{}]}},\"prf\":[]}|recap.att[\"lit-pkp://*\"]: invalid ability key"
                        + " \"Threshold\"; expected <namespace>/<name>, each of a-z A-Z 0-9 . * _ + -",
                "{\"att\":{\"lit-pkp://*\":{\"Thresh old/Signing\":[{}]}},\"prf\":[]}|recap.att[\"lit-pkp://*\"]: invalid"
                        + " ability key \"Thresh old/Signing\"; expected <namespace>/<name>, each of a-z A-Z 0-9 . * _ + -",
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":{}}},\"prf\":[]}|recap.att[\"lit-pkp://*\"][\"Threshold/Signing\"]:"
                        + " Invalid nota-bene list: expected an array of objects, found object",
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[[]]}},\"prf\":[]}|recap.att[\"lit-pkp://*\"][\"Threshold/Signing\"]:"
                        + " Invalid nota-bene list: expected objects, found array",
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[]}},\"prf\":[]}|recap.att[\"lit-pkp://*\"][\"Threshold/Signing\"]:"
                        + " empty restriction list; expected at least one object ([{}] for no restriction)",
                "{\"att\":{\"not a uri\":{\"Threshold/Signing\":[{}]}},\"prf\":[]}|recap.att: resource \"not a uri\" is not a URI",
            })
    void rejectsMalformedCapabilityObjects(String json, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode(urnOf(json)));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[{}]},\"lit-litaction://*\":{\"Threshold/Execution\":[{}]}},"
                        + "\"prf\":[]}|recap.att|\"lit-litaction://*\" must come before \"lit-pkp://*\"",
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[{}],\"Auth/Auth\":[{}]}},\"prf\":[]}"
                        + "|recap.att.lit-pkp://*|\"Auth/Auth\" must come before \"Threshold/Signing\"",
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[{\"a\":{\"list\":[{\"z\":1,\"y\":2}]}}]}},\"prf\":[]}"
                        + "|recap.att.lit-pkp://*.Threshold/Signing[0].a.list[0]|\"y\" must come before \"z\"",
                "{\"prf\":[],\"att\":{}}|recap|\"att\" must come before \"prf\"",
            })
    void rejectsKeysOutOfOrderAtAnyDepth(String json, String path, String detail) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecapUrn.decode(urnOf(json)));
        assertEquals(
                path + ": Attenuation object is not properly sorted: key " + detail + " (keys in UTF-16 order)",
                e.getMessage());
    }

    private static String urnOf(String json) {
        return RecapUrn.PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
