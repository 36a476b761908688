package dev.lit4j.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LitResourceTest {
    private static final String ACC_ID = "53b01f820c82e86d7e4cd804b8a6f68682221eeb7df76fd43ee777c8caab5628/"
            + "77de0fc5f98095b9db6ab72e00ae93ee1d2af94f9fee25c3d3b95cc3bd5da4d0";
    private static final String PKP_ID = "8d6ef75d5d8a3e25b5da5cba29a3a7ce6bd8b8ec1e38e3f32c7ecbc1ca4e4c1a";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lit-pkp://*",
                "lit-pkp://" + PKP_ID,
                "lit-litaction://*",
                "lit-litaction://QmUjX8MW6StQ7NKNdaS6g4RMkvN5hcgtKmEi8Mca6oX4t3",
                "lit-litaction://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
                "lit-ratelimitincrease://25364",
                "lit-ratelimitincrease://*",
                "lit-accesscontrolcondition://" + ACC_ID,
                "lit-accesscontrolcondition://*",
                "lit-resolvedauthcontext://*",
            })
    void parsesAndWritesKeys(String key) {
        LitResource resource = LitResource.parse(key);
        assertEquals(key, resource.key());
        assertEquals(key, resource.toString());
    }

    @Test
    void splitsPrefixAndId() {
        LitResource resource = LitResource.parse("lit-ratelimitincrease://25364");
        assertEquals(ResourcePrefix.RATE_LIMIT_INCREASE, resource.prefix());
        assertEquals("25364", resource.id());
        assertFalse(resource.isWildcard());
        assertEquals("lit-ratelimitincrease://*", resource.wildcardKey());
        assertTrue(LitResource.wildcard(ResourcePrefix.PKP).isWildcard());
    }

    @Test
    void rejectsAnUnknownPrefixListingTheValidOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LitResource.parse("lit-pkpx://*"));
        assertEquals(
                "resource: unknown resource prefix \"lit-pkpx\"; expected one of lit-accesscontrolcondition,"
                        + " lit-pkp, lit-ratelimitincrease, lit-litaction, lit-paymentdelegation, lit-resolvedauthcontext (node-only)",
                e.getMessage());
    }

    @Test
    void rejectsAKeyWithoutSeparator() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LitResource.parse("lit-pkp:*"));
        assertEquals(
                "resource: expected <prefix>://<id>, got \"lit-pkp:*\"; valid prefixes: lit-accesscontrolcondition,"
                        + " lit-pkp, lit-ratelimitincrease, lit-litaction, lit-paymentdelegation, lit-resolvedauthcontext (node-only)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lit-pkp://1234|invalid lit-pkp id \"1234\"; expected * or the PKP token id as 64 hex digits without 0x",
                "lit-ratelimitincrease://0x10|invalid lit-ratelimitincrease id \"0x10\"; expected * or the Capacity Credits"
                        + " token id in decimal",
                "lit-litaction://Qmshort|invalid lit-litaction id \"Qmshort\"; expected * or an IPFS CID (Qm… or b…)",
                "lit-accesscontrolcondition://abc|invalid lit-accesscontrolcondition id \"abc\"; expected * or <sha256 hex of"
                        + " the conditions>/<dataToEncryptHash hex> (64 hex digits each)",
                "lit-resolvedauthcontext://x|lit-resolvedauthcontext id must be *, got \"x\"",
                "lit-pkp://|invalid lit-pkp id \"\"; expected * or the PKP token id as 64 hex digits without 0x",
            })
    void rejectsIdsInvalidForTheirKind(String key, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LitResource.parse(key));
        assertEquals("resource.id: " + problem, e.getMessage());
    }

    @Test
    void formatsPkpTokenIdsAsTheJsSdkDoes() {
        assertEquals(
                "lit-pkp://" + "0".repeat(60) + "abcd",
                LitResource.pkp("0xABCD").key());
        assertEquals(
                "lit-pkp://" + "0".repeat(60) + "1234", LitResource.pkp("1234").key());
        assertEquals("lit-pkp://" + PKP_ID, LitResource.pkp(PKP_ID).key());
        assertEquals("lit-pkp://*", LitResource.pkp("*").key());
        assertEquals("lit-pkp://*", LitResource.pkp("0x*").key());
    }

    @Test
    void rejectsPkpTokenIdsTooLongOrNotHex() {
        InvalidInputException tooLong =
                assertThrows(InvalidInputException.class, () -> LitResource.pkp("0x" + "1".repeat(65)));
        assertEquals("resource.id: PKP token id has 65 hex digits; at most 64 are allowed", tooLong.getMessage());
        InvalidInputException notHex = assertThrows(InvalidInputException.class, () -> LitResource.pkp("xyz"));
        assertEquals("resource.id: PKP token id must be hex (or *), got \"xyz\"", notHex.getMessage());
    }

    @Test
    void buildsTheOtherKinds() {
        assertEquals(
                "lit-ratelimitincrease://25364",
                LitResource.rateLimitIncrease("25364").key());
        assertEquals(
                "lit-litaction://QmUjX8MW6StQ7NKNdaS6g4RMkvN5hcgtKmEi8Mca6oX4t3",
                LitResource.litAction("QmUjX8MW6StQ7NKNdaS6g4RMkvN5hcgtKmEi8Mca6oX4t3")
                        .key());
        String[] parts = ACC_ID.split("/");
        assertEquals(
                "lit-accesscontrolcondition://" + ACC_ID,
                LitResource.accessControlCondition(parts[0], parts[1]).key());
    }

    @Test
    void requiresPrefixAndId() {
        assertEquals(
                "resource.prefix: is missing",
                assertThrows(InvalidInputException.class, () -> new LitResource(null, "*"))
                        .getMessage());
        assertEquals(
                "resource.id: is missing",
                assertThrows(InvalidInputException.class, () -> new LitResource(ResourcePrefix.PKP, null))
                        .getMessage());
    }
}
