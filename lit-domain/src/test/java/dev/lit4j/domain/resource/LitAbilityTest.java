package dev.lit4j.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LitAbilityTest {

    @ParameterizedTest
    @CsvSource({
        "ACCESS_CONTROL_CONDITION_DECRYPTION, access-control-condition-decryption, ACCESS_CONTROL_CONDITION,"
                + " Threshold/Decryption",
        "ACCESS_CONTROL_CONDITION_SIGNING, access-control-condition-signing, ACCESS_CONTROL_CONDITION,"
                + " Threshold/Signing",
        "PKP_SIGNING, pkp-signing, PKP, Threshold/Signing",
        "RATE_LIMIT_INCREASE_AUTH, rate-limit-increase-auth, RATE_LIMIT_INCREASE, Auth/Auth",
        "LIT_ACTION_EXECUTION, lit-action-execution, LIT_ACTION, Threshold/Execution",
        "PAYMENT_DELEGATION, lit-payment-delegation, PAYMENT_DELEGATION, Auth/Auth",
    })
    void mapsToWireNamePrefixAndRecapKey(LitAbility ability, String wireName, ResourcePrefix prefix, String recapKey) {
        assertEquals(wireName, ability.wireName());
        assertEquals(wireName, ability.toString());
        assertEquals(prefix, ability.resourcePrefix());
        assertEquals(recapKey, ability.recapAbilityKey());
        assertEquals(recapKey, ability.recapNamespace() + "/" + ability.recapName());
        assertEquals(ability, LitAbility.fromWireName("ability", wireName));
    }

    @Test
    void isValidOnlyOnItsResourceKind() {
        assertTrue(LitAbility.PKP_SIGNING.isValidOn(LitResource.wildcard(ResourcePrefix.PKP)));
        assertFalse(LitAbility.PKP_SIGNING.isValidOn(LitResource.wildcard(ResourcePrefix.LIT_ACTION)));
        assertFalse(LitAbility.RATE_LIMIT_INCREASE_AUTH.isValidOn(
                LitResource.wildcard(ResourcePrefix.RESOLVED_AUTH_CONTEXT)));
    }

    @Test
    void requireValidOnExplainsTheMismatch() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> LitAbility.PKP_SIGNING.requireValidOn(
                        "request.ability", LitResource.wildcard(ResourcePrefix.LIT_ACTION)));
        assertEquals(
                "request.ability: ability \"pkp-signing\" is not valid on resource \"lit-litaction://*\"; it applies"
                        + " only to lit-pkp resources",
                e.getMessage());
    }

    @Test
    void requireValidOnRefusesTheNodeOnlyResource() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> LitAbility.RATE_LIMIT_INCREASE_AUTH.requireValidOn(
                        "request.ability", LitResource.wildcard(ResourcePrefix.RESOLVED_AUTH_CONTEXT)));
        assertEquals(
                "request.ability: resource \"lit-resolvedauthcontext://*\" is node-only (lit-resolvedauthcontext);"
                        + " a client must not request any ability on it",
                e.getMessage());
    }

    @Test
    void rejectsAnUnknownAbilityListingTheValidOnes() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> LitAbility.fromWireName("ability", "Threshold/Signing"));
        assertEquals(
                "ability: unknown ability \"Threshold/Signing\"; expected one of access-control-condition-decryption,"
                        + " access-control-condition-signing, pkp-signing, rate-limit-increase-auth, lit-action-execution, lit-payment-delegation",
                e.getMessage());
    }
}
