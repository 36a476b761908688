package dev.lit4j.domain.siwe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.siwe.SiweVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiweRecapsTest {
    private static final EthAddress WALLET = new EthAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final Recap PKP =
            Recap.empty().withCapability(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING, null);
    private static final Recap ACTION = Recap.empty()
            .withCapability(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION, null);

    private static SiweMessage message(String statement, List<String> resources) {
        return new SiweMessage(
                "localhost",
                WALLET,
                statement,
                "lit:session:ab",
                "1",
                1,
                "abcdefgh",
                "2025-01-15T10:00:00.000Z",
                null,
                null,
                null,
                resources);
    }

    @Test
    void appendsToAMessageWithoutAReCap() {
        SiweMessage siwe = SiweRecaps.addRecap(message("Hello.", null), PKP);
        assertEquals("Hello. " + PKP.statement(), siwe.statement());
        assertEquals(List.of(PKP.encode()), siwe.resources());
    }

    @Test
    void aMessageWithoutStatementTakesTheReCapStatement() {
        SiweMessage siwe = SiweRecaps.addRecap(message(null, List.of("https://example.com/x")), PKP);
        assertEquals(PKP.statement(), siwe.statement());
        assertEquals(List.of("https://example.com/x", PKP.encode()), siwe.resources());
    }

    @Test
    void mergesIntoTheReCapAlreadyCarried() {
        SiweMessage siwe = SiweRecaps.addRecap(SiweRecaps.addRecap(message("Hello.", null), PKP), ACTION);
        Recap merged = PKP.merge(ACTION);
        assertEquals("Hello. " + merged.statement(), siwe.statement());
        assertEquals(List.of(merged.encode()), siwe.resources());
        assertEquals(
                SiweVectors.file("session-sig-flow.json")
                        .getAsJsonObject()
                        .getAsJsonObject("recap")
                        .get("pkpAndLitAction")
                        .getAsString(),
                siwe.resources().get(0));
    }

    @Test
    void appendsWhenTheLastResourceIsNotAReCap() {
        SiweMessage carrying = SiweRecaps.addRecap(message("Hello.", null), PKP);
        SiweMessage other = carrying.withResources(List.of(PKP.encode(), "https://example.com/x"));
        SiweMessage siwe = SiweRecaps.addRecap(other, ACTION);
        assertEquals(carrying.statement() + " " + ACTION.statement(), siwe.statement());
        assertEquals(List.of(PKP.encode(), "https://example.com/x", ACTION.encode()), siwe.resources());
    }

    @Test
    void appendsWhenTheStatementDoesNotEndWithTheCarriedReCap() {
        SiweMessage siwe = SiweRecaps.addRecap(message("Hello.", List.of(PKP.encode())), ACTION);
        assertEquals("Hello. " + ACTION.statement(), siwe.statement());
        assertEquals(List.of(PKP.encode(), ACTION.encode()), siwe.resources());
    }

    @Test
    void extractsAndVerifiesTheReCapOfTheVectors() {
        assertEquals(
                RecapUrn.decode(SiweVectors.file("session-sig-flow.json")
                        .getAsJsonObject()
                        .getAsJsonObject("recap")
                        .get("pkpAndLitAction")
                        .getAsString()),
                SiweRecaps.extractAndVerify(SiweMessage.parse(SiweVectors.eoaSiwe()))
                        .orElseThrow());
        for (String text : SiweVectors.allSiwes()) {
            assertTrue(SiweRecaps.extractAndVerify(SiweMessage.parse(text)).isPresent(), text);
        }
    }

    @Test
    void extractsNothingWithoutStatementResourcesOrAMatchingStatement() {
        assertTrue(SiweRecaps.extractAndVerify(message(null, List.of(PKP.encode())))
                .isEmpty());
        assertTrue(SiweRecaps.extractAndVerify(message("Hello.", null)).isEmpty());
        assertTrue(SiweRecaps.extractAndVerify(message("Hello.", List.of())).isEmpty());
        assertTrue(SiweRecaps.extractAndVerify(message("Hello.", List.of(PKP.encode())))
                .isEmpty());
        assertTrue(SiweRecaps.extractAndVerify(message(PKP.statement(), List.of("urn:recap:e30")))
                .isEmpty());
        assertEquals(
                PKP,
                SiweRecaps.extractAndVerify(message(PKP.statement(), List.of(PKP.encode())))
                        .orElseThrow());
    }
}
