package dev.lit4j.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.resource.internal.ResourceAbilityRequestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceAbilityRequestTest {

    @Test
    void writesTheJsFormAsInTheSessionSigVector() {
        // the two resourceAbilityRequests of session-sig-flow.json sessionSig.signedMessage
        ResourceAbilityRequest pkp =
                ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);
        ResourceAbilityRequest action = ResourceAbilityRequest.of(
                LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION);
        assertEquals(
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\"}",
                ResourceAbilityRequestJson.toJson(pkp));
        assertEquals(
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-litaction\"},\"ability\":"
                        + "\"lit-action-execution\"}",
                ResourceAbilityRequestJson.toJson(action));
        assertNull(pkp.data());
    }

    @Test
    void writesDataAfterTheAbility() {
        JsonValue.Obj data = (JsonValue.Obj) JsonValueParser.parse("data", "{\"nft_id\":[\"25364\"],\"uses\":\"100\"}");
        ResourceAbilityRequest request = new ResourceAbilityRequest(
                LitResource.rateLimitIncrease("25364"), LitAbility.RATE_LIMIT_INCREASE_AUTH, data);
        String json = "{\"resource\":{\"resource\":\"25364\",\"resourcePrefix\":\"lit-ratelimitincrease\"},\"ability\":"
                + "\"rate-limit-increase-auth\",\"data\":{\"nft_id\":[\"25364\"],\"uses\":\"100\"}}";
        assertEquals(json, ResourceAbilityRequestJson.toJson(request));
        assertEquals(request, ResourceAbilityRequestJson.parse("request", json));
        assertEquals(data, request.data());
    }

    @Test
    void readsBackWhatItWrites() {
        ResourceAbilityRequest request = ResourceAbilityRequest.of(LitResource.pkp("0xab"), LitAbility.PKP_SIGNING);
        assertEquals(request, ResourceAbilityRequestJson.parse("request", ResourceAbilityRequestJson.toJson(request)));
    }

    @Test
    void rejectsAnAbilityInvalidOnTheResource() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ResourceAbilityRequest.of(
                        LitResource.wildcard(ResourcePrefix.PKP), LitAbility.LIT_ACTION_EXECUTION));
        assertEquals(
                "resourceAbilityRequest.ability: ability \"lit-action-execution\" is not valid on resource"
                        + " \"lit-pkp://*\"; it applies only to lit-litaction resources",
                e.getMessage());
    }

    @Test
    void rejectsTheNodeOnlyResource() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ResourceAbilityRequest.of(
                        LitResource.wildcard(ResourcePrefix.RESOLVED_AUTH_CONTEXT),
                        LitAbility.RATE_LIMIT_INCREASE_AUTH));
        assertEquals(
                "resourceAbilityRequest.ability: resource \"lit-resolvedauthcontext://*\" is node-only"
                        + " (lit-resolvedauthcontext); a client must not request any ability on it",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\",\"x\":1}"
                        + "|r.x: unknown key; only resource, ability and data are allowed",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\",\"id\":1},\"ability\":\"pkp-signing\"}"
                        + "|r.resource.id: unknown key; only resource and resourcePrefix are allowed",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"}}|r.ability: is missing",
                "{\"ability\":\"pkp-signing\"}|r.resource: is missing",
                "{\"resource\":{\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\"}|r.resource.resource: is missing",
                "{\"resource\":{\"resource\":\"*\"},\"ability\":\"pkp-signing\"}|r.resource.resourcePrefix: is missing",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\",\"ability\":\"x\"}"
                        + "|r.ability: the key appears twice",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\",\"resource\":\"*\"},\"ability\":\"pkp-signing\"}"
                        + "|r.resource.resource: the key appears twice",
                "{\"resource\":{\"resource\":1,\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\"}"
                        + "|r.resource.resource: expected a string, found a number",
                "{\"resource\":\"lit-pkp://*\",\"ability\":\"pkp-signing\"}|r.resource: expected an object, found a string",
                "[]|r: expected an object, found an array",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\",\"data\":[]}"
                        + "|r.data: expected an object, found array",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkpx\"},\"ability\":\"pkp-signing\"}"
                        + "|r.resource.resourcePrefix: unknown resource prefix \"lit-pkpx\"; expected one of"
                        + " lit-accesscontrolcondition, lit-pkp, lit-ratelimitincrease, lit-litaction, lit-paymentdelegation, lit-resolvedauthcontext"
                        + " (node-only)",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"signing\"}"
                        + "|r.ability: unknown ability \"signing\"; expected one of access-control-condition-decryption,"
                        + " access-control-condition-signing, pkp-signing, rate-limit-increase-auth, lit-action-execution, lit-payment-delegation",
                "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"lit-action-execution\"}"
                        + "|resourceAbilityRequest.ability: ability \"lit-action-execution\" is not valid on resource"
                        + " \"lit-pkp://*\"; it applies only to lit-litaction resources",
            })
    void readsStrictly(String json, String message) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ResourceAbilityRequestJson.parse("r", json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsMalformedJson() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> ResourceAbilityRequestJson.parse("r", "{\"resource\":"));
        assertTrue(e.getMessage().startsWith("r: not valid JSON: "), e.getMessage());
    }

    @Test
    void rejectsContentAfterTheObject() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ResourceAbilityRequestJson.parse(
                        "r",
                        "{\"resource\":{\"resource\":\"*\",\"resourcePrefix\":\"lit-pkp\"},\"ability\":\"pkp-signing\"} []"));
        assertEquals("r: unexpected content after the request object", e.getMessage());
    }
}
