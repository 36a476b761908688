package dev.lit4j.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcePrefixTest {

    @ParameterizedTest
    @CsvSource({
        "ACCESS_CONTROL_CONDITION, lit-accesscontrolcondition",
        "PKP, lit-pkp",
        "RATE_LIMIT_INCREASE, lit-ratelimitincrease",
        "LIT_ACTION, lit-litaction",
        "RESOLVED_AUTH_CONTEXT, lit-resolvedauthcontext",
    })
    void hasExplicitWireNames(ResourcePrefix prefix, String wireName) {
        assertEquals(wireName, prefix.wireName());
        assertEquals(wireName, prefix.toString());
        assertEquals(prefix, ResourcePrefix.fromWireName("p", wireName));
    }

    @Test
    void onlyTheResolvedAuthContextIsNodeOnly() {
        assertTrue(ResourcePrefix.RESOLVED_AUTH_CONTEXT.isNodeOnly());
        assertFalse(ResourcePrefix.PKP.isNodeOnly());
        assertFalse(ResourcePrefix.ACCESS_CONTROL_CONDITION.isNodeOnly());
        assertFalse(ResourcePrefix.RATE_LIMIT_INCREASE.isNodeOnly());
        assertFalse(ResourcePrefix.LIT_ACTION.isNodeOnly());
    }

    @Test
    void rejectsAnUnknownNameListingTheValidOnes() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ResourcePrefix.fromWireName("resourcePrefix", "PKP"));
        assertEquals(
                "resourcePrefix: unknown resource prefix \"PKP\"; expected one of lit-accesscontrolcondition,"
                        + " lit-pkp, lit-ratelimitincrease, lit-litaction, lit-paymentdelegation, lit-resolvedauthcontext (node-only)",
                e.getMessage());
    }
}
