package dev.lit4j.domain.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecapTest {
    private static final String PREFIX =
            "I further authorize the stated URI to perform the following actions on my behalf:";
    private static final String PKP_ID = "8d6ef75d5d8a3e25b5da5cba29a3a7ce6bd8b8ec1e38e3f32c7ecbc1ca4e4c1a";
    private static final LitResource PKP = LitResource.pkp(PKP_ID);
    private static final LitResource ANY_PKP = LitResource.wildcard(ResourcePrefix.PKP);
    private static final LitResource ANY_ACTION = LitResource.wildcard(ResourcePrefix.LIT_ACTION);

    @Test
    void theEmptyStatementEndsWithAColon() {
        assertEquals(PREFIX, Recap.empty().statement());
    }

    @Test
    void statementsOfTheSpecExamples() {
        Recap rli = Recap.empty()
                .withCapability(LitResource.rateLimitIncrease("25364"), LitAbility.RATE_LIMIT_INCREASE_AUTH, null);
        assertEquals(PREFIX + " (1) 'Auth': 'Auth' for 'lit-ratelimitincrease://25364'.", rli.statement());
        Recap pkpAndAction = Recap.empty()
                .withCapability(ANY_PKP, LitAbility.PKP_SIGNING, null)
                .withCapability(ANY_ACTION, LitAbility.LIT_ACTION_EXECUTION, null);
        assertEquals(
                PREFIX + " (1) 'Threshold': 'Execution' for 'lit-litaction://*'. (2) 'Threshold': 'Signing' for"
                        + " 'lit-pkp://*'.",
                pkpAndAction.statement());
    }

    @Test
    void statementGroupsAbilitiesByNamespaceAndNumbersEveryGroup() {
        Recap recap = Recap.empty()
                .withAttenuation("lit-pkp://*", "Threshold", "Signing", JsonValue.Obj.EMPTY)
                .withAttenuation("lit-pkp://*", "Auth", "Auth", JsonValue.Obj.EMPTY)
                .withAttenuation("lit-pkp://*", "Threshold", "Execution", JsonValue.Obj.EMPTY)
                .withAttenuation("lit-pkp://*", "*", "*", JsonValue.Obj.EMPTY)
                .withAttenuation("lit-litaction://*", "Threshold", "Execution", JsonValue.Obj.EMPTY);
        assertEquals(
                PREFIX + " (1) 'Threshold': 'Execution' for 'lit-litaction://*'. (2) '*': '*' for 'lit-pkp://*'."
                        + " (3) 'Auth': 'Auth' for 'lit-pkp://*'. (4) 'Threshold': 'Execution', 'Signing' for 'lit-pkp://*'.",
                recap.statement());
    }

    @Test
    void withAttenuationAppendsRestrictionsToTheAbility() {
        JsonValue.Obj first = obj("{\"a\":1}");
        JsonValue.Obj second = obj("{\"b\":2}");
        Recap recap = Recap.empty()
                .withAttenuation("lit-pkp://*", "Threshold", "Signing", first)
                .withAttenuation("lit-pkp://*", "Threshold", "Signing", second);
        assertEquals(
                List.of(first, second), recap.attenuations().get("lit-pkp://*").get("Threshold/Signing"));
        assertEquals(
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[{\"a\":1},{\"b\":2}]}},\"prf\":[]}",
                recap.toCanonicalJson());
    }

    @Test
    void withAllCapabilitiesGrantsStarStar() {
        Recap recap = Recap.empty().withAllCapabilities(ANY_PKP);
        assertEquals("{\"att\":{\"lit-pkp://*\":{\"*/*\":[{}]}},\"prf\":[]}", recap.toCanonicalJson());
        assertTrue(recap.verifyCapabilitiesForResource(PKP, LitAbility.PKP_SIGNING));
    }

    @Test
    void rejectsInvalidAbilityParts() {
        InvalidInputException namespace = assertThrows(
                InvalidInputException.class,
                () -> Recap.empty().withAttenuation("lit-pkp://*", "Thresh/old", "Signing", JsonValue.Obj.EMPTY));
        assertEquals(
                "recap.namespace: invalid ability part \"Thresh/old\"; expected one or more of a-z A-Z 0-9 . * _ + -",
                namespace.getMessage());
        InvalidInputException name = assertThrows(
                InvalidInputException.class,
                () -> Recap.empty().withAttenuation("lit-pkp://*", "Threshold", "", JsonValue.Obj.EMPTY));
        assertEquals(
                "recap.name: invalid ability part \"\"; expected one or more of a-z A-Z 0-9 . * _ + -",
                name.getMessage());
        InvalidInputException resource = assertThrows(
                InvalidInputException.class,
                () -> Recap.empty().withAttenuation("pkp *", "Threshold", "Signing", JsonValue.Obj.EMPTY));
        assertEquals("recap.att: resource \"pkp *\" is not a URI", resource.getMessage());
    }

    @Test
    void withCapabilityRejectsAnAbilityInvalidForTheResource() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> Recap.empty().withCapability(ANY_ACTION, LitAbility.PKP_SIGNING, null));
        assertEquals(
                "recap.ability: ability \"pkp-signing\" is not valid on resource \"lit-litaction://*\"; it applies"
                        + " only to lit-pkp resources",
                e.getMessage());
    }

    @Test
    void mergeReplacesEmptyRestrictionsAndAppendsRealOnes() {
        JsonValue.Obj limit = obj("{\"uses\":\"1\"}");
        Recap base = Recap.empty()
                .withCapability(ANY_PKP, LitAbility.PKP_SIGNING, null)
                .withAttenuation("lit-ratelimitincrease://1", "Auth", "Auth", limit);
        Recap other = Recap.empty()
                .withCapability(ANY_PKP, LitAbility.PKP_SIGNING, obj("{\"x\":1}"))
                .withAttenuation("lit-ratelimitincrease://1", "Auth", "Auth", JsonValue.Obj.EMPTY)
                .withAttenuation("lit-pkp://*", "*", "*", JsonValue.Obj.EMPTY)
                .withCapability(ANY_ACTION, LitAbility.LIT_ACTION_EXECUTION, null);
        Recap merged = base.merge(other);
        assertEquals(
                "{\"att\":{\"lit-litaction://*\":{\"Threshold/Execution\":[{}]},\"lit-pkp://*\":{\"*/*\":[{}],"
                        + "\"Threshold/Signing\":[{\"x\":1}]},\"lit-ratelimitincrease://1\":{\"Auth/Auth\":[{\"uses\":\"1\"},{}]}},"
                        + "\"prf\":[]}",
                merged.toCanonicalJson());
        assertEquals(
                "{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[{}]},\"lit-ratelimitincrease://1\":"
                        + "{\"Auth/Auth\":[{\"uses\":\"1\"}]}},\"prf\":[]}",
                base.toCanonicalJson(),
                "merge must not change base");
    }

    @Test
    void mergeUnionsProofsKeepingThisObjectsFirst() {
        Recap a = new Recap(new TreeMap<>(), List.of("zA", "zB"));
        Recap b = new Recap(new TreeMap<>(), List.of("zB", "zC"));
        assertEquals(List.of("zA", "zB", "zC"), a.merge(b).proofs());
        assertEquals("{\"att\":{},\"prf\":[\"zA\",\"zB\",\"zC\"]}", a.merge(b).toCanonicalJson());
    }

    @Test
    void grantsTheExactKeyOrTheWildcardKey() {
        Recap exact = Recap.empty().withCapability(PKP, LitAbility.PKP_SIGNING, null);
        assertTrue(exact.verifyCapabilitiesForResource(PKP, LitAbility.PKP_SIGNING));
        assertFalse(exact.verifyCapabilitiesForResource(LitResource.pkp("0x01"), LitAbility.PKP_SIGNING));
        assertFalse(exact.verifyCapabilitiesForResource(ANY_PKP, LitAbility.PKP_SIGNING));
        Recap wildcard = Recap.empty().withCapability(ANY_PKP, LitAbility.PKP_SIGNING, null);
        assertTrue(wildcard.verifyCapabilitiesForResource(PKP, LitAbility.PKP_SIGNING));
        assertTrue(wildcard.verifyCapabilitiesForResource(ANY_PKP, LitAbility.PKP_SIGNING));
    }

    @Test
    void theWildcardKeyIsChosenFirstAndExclusively() {
        Recap recap = Recap.empty()
                .withAttenuation("lit-pkp://*", "Auth", "Auth", JsonValue.Obj.EMPTY)
                .withCapability(PKP, LitAbility.PKP_SIGNING, null);
        assertFalse(recap.verifyCapabilitiesForResource(PKP, LitAbility.PKP_SIGNING));
    }

    @Test
    void onlyStarStarIsAWildcardAbility() {
        Recap partial = Recap.empty().withAttenuation("lit-pkp://*", "Threshold", "*", JsonValue.Obj.EMPTY);
        assertFalse(partial.verifyCapabilitiesForResource(PKP, LitAbility.PKP_SIGNING));
        Recap otherAbility =
                Recap.empty().withAttenuation("lit-pkp://*", "Threshold", "Execution", JsonValue.Obj.EMPTY);
        assertFalse(otherAbility.verifyCapabilitiesForResource(PKP, LitAbility.PKP_SIGNING));
    }

    @Test
    void refusesAbilitiesInvalidForTheResourceAndMissingResources() {
        Recap all = Recap.empty().withAllCapabilities(ANY_PKP).withAllCapabilities(ANY_ACTION);
        assertFalse(all.verifyCapabilitiesForResource(ANY_PKP, LitAbility.LIT_ACTION_EXECUTION));
        assertFalse(all.verifyCapabilitiesForResource(
                LitResource.rateLimitIncrease("1"), LitAbility.RATE_LIMIT_INCREASE_AUTH));
        Recap node = Recap.empty().withAllCapabilities(LitResource.wildcard(ResourcePrefix.RESOLVED_AUTH_CONTEXT));
        for (LitAbility ability : LitAbility.values()) {
            assertFalse(node.verifyCapabilitiesForResource(
                    LitResource.wildcard(ResourcePrefix.RESOLVED_AUTH_CONTEXT), ability));
        }
    }

    @Test
    void isDeeplyImmutable() {
        List<JsonValue.Obj> restrictions = new ArrayList<>(List.of(JsonValue.Obj.EMPTY));
        TreeMap<String, List<JsonValue.Obj>> abilities = new TreeMap<>();
        abilities.put("Threshold/Signing", restrictions);
        TreeMap<String, SortedMap<String, List<JsonValue.Obj>>> att = new TreeMap<>();
        att.put("lit-pkp://*", abilities);
        Recap recap = new Recap(att, new ArrayList<>());
        restrictions.add(obj("{\"late\":true}"));
        abilities.put("Auth/Auth", List.of(JsonValue.Obj.EMPTY));
        att.clear();
        assertEquals("{\"att\":{\"lit-pkp://*\":{\"Threshold/Signing\":[{}]}},\"prf\":[]}", recap.toCanonicalJson());
        assertThrows(
                UnsupportedOperationException.class, () -> recap.attenuations().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> recap.attenuations().get("lit-pkp://*").put("Auth/Auth", List.of()));
        assertThrows(
                UnsupportedOperationException.class,
                () -> recap.attenuations()
                        .get("lit-pkp://*")
                        .get("Threshold/Signing")
                        .add(JsonValue.Obj.EMPTY));
        assertThrows(UnsupportedOperationException.class, () -> recap.proofs().add("zX"));
    }

    @Test
    void rejectsAnEmptyRestrictionListWhenBuilt() {
        TreeMap<String, List<JsonValue.Obj>> abilities = new TreeMap<>();
        abilities.put("Threshold/Signing", List.of());
        TreeMap<String, SortedMap<String, List<JsonValue.Obj>>> att = new TreeMap<>();
        att.put("lit-pkp://*", abilities);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Recap(att, List.of()));
        assertEquals(
                "recap.att[\"lit-pkp://*\"][\"Threshold/Signing\"]: empty restriction list; expected at least one"
                        + " object ([{}] for no restriction)",
                e.getMessage());
    }

    private static JsonValue.Obj obj(String json) {
        return (JsonValue.Obj) JsonValueParser.parse("test", json);
    }
}
