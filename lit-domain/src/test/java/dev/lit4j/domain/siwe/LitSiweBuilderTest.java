package dev.lit4j.domain.siwe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.internal.SiweRecaps;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LitSiweBuilderTest {
    private static final EthAddress WALLET = new EthAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
    private static final Instant ISSUED_AT = Instant.parse("2025-01-15T10:00:00Z");
    private static final String SESSION_URI =
            "lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";
    private static final List<ResourceAbilityRequest> PKP_AND_ACTION = List.of(
            ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING),
            ResourceAbilityRequest.of(
                    LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION));

    @Test
    void reproducesCreateSiweMessageWithRecaps() {
        SiweMessage siwe = LitSiweBuilder.create(WALLET, NONCE, ISSUED_AT)
                .uri(SESSION_URI)
                .expiration(Instant.parse("2025-01-16T10:00:00Z"))
                .resources(PKP_AND_ACTION)
                .build();
        assertEquals(SiweVectors.siweWithRecaps(), siwe.render());
        assertEquals(SiweVectors.eoaSiwe(), siwe.render());
    }

    @Test
    void reproducesTheCapacityDelegationMessage() {
        CapacityDelegation delegation =
                new CapacityDelegation("25364", List.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), "100");
        SiweMessage withDefaultLifetime = LitSiweBuilder.capacityDelegation(WALLET, NONCE, ISSUED_AT, delegation)
                .build();
        assertEquals(SiweVectors.capacityDelegationSiwe(), withDefaultLifetime.render());
        SiweMessage explicit = LitSiweBuilder.capacityDelegation(WALLET, NONCE, ISSUED_AT, delegation)
                .expiration(Instant.parse("2025-01-22T10:00:00Z"))
                .build();
        assertEquals(SiweVectors.capacityDelegationSiwe(), explicit.render());
    }

    @Test
    void reproducesThePkpSessionSiweOfTheClientSpec() {
        String expected = "litprotocol.com wants you to sign in with your Ethereum account:\n"
                + "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf\n\n"
                + "Lit Protocol PKP session signature I further authorize the stated URI to perform the following actions"
                + " on my behalf: I further authorize the stated URI to perform the following actions on my behalf: (1)"
                + " 'Threshold': 'Execution' for 'lit-litaction://*'. (2) 'Threshold': 'Signing' for 'lit-pkp://*'.\n\n"
                + "URI: " + SESSION_URI + "\nVersion: 1\nChain ID: 1\nNonce: " + NONCE + "\n"
                + "Issued At: 2025-01-15T10:00:00.000Z\nExpiration Time: 2025-01-16T10:00:00.000Z\nResources:\n"
                + "- urn:recap:eyJhdHQiOnsibGl0LWxpdGFjdGlvbjovLyoiOnsiVGhyZXNob2xkL0V4ZWN1dGlvbiI6W3t9XX0sImxpdC1wa3A6Ly8"
                + "qIjp7IlRocmVzaG9sZC9TaWduaW5nIjpbe31dfX0sInByZiI6W119";
        SiweMessage siwe = LitSiweBuilder.create(
                        new EthAddress("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"), NONCE, ISSUED_AT)
                .domain("litprotocol.com")
                .statement("Lit Protocol PKP session signature " + Recap.empty().statement())
                .uri(SESSION_URI)
                .expiration(Instant.parse("2025-01-16T10:00:00Z"))
                .resources(PKP_AND_ACTION)
                .build();
        assertEquals(expected, siwe.render());
    }

    @Test
    void appliesTheJsDefaults() {
        SiweMessage siwe = LitSiweBuilder.create(WALLET, "abcdefgh", Instant.parse("2025-01-15T10:00:00.123456Z"))
                .build();
        assertEquals(
                "localhost wants you to sign in with your Ethereum account:\n"
                        + "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\n"
                        + "This is a test statement.  You can put anything you want here.\n\n"
                        + "URI: https://localhost/login\nVersion: 1\nChain ID: 1\nNonce: abcdefgh\n"
                        + "Issued At: 2025-01-15T10:00:00.123Z\nExpiration Time: 2025-01-22T10:00:00.123Z",
                siwe.render());
    }

    @Test
    void takesDomainChainIdAndStatementOverrides() {
        SiweMessage siwe = LitSiweBuilder.create(WALLET, "abcdefgh", ISSUED_AT)
                .domain("example.com")
                .statement("Sign in.")
                .chainId(137)
                .build();
        assertEquals("example.com", siwe.domain());
        assertEquals("Sign in.", siwe.statement());
        assertEquals(137, siwe.chainId());
    }

    @Test
    void carriesRequestDataAsTheRestriction() {
        SiweMessage siwe = LitSiweBuilder.create(WALLET, "abcdefgh", ISSUED_AT)
                .resources(List.of(new CapacityDelegation(null, List.of(), null).request()))
                .build();
        Recap recap = SiweRecaps.extractAndVerify(siwe).orElseThrow();
        assertEquals(
                "{\"att\":{\"lit-ratelimitincrease://*\":{\"Auth/Auth\":[{\"delegate_to\":[]}]}},\"prf\":[]}",
                recap.toCanonicalJson());
    }

    @Test
    void buildsTheCapacityRestrictionFromWhatIsGiven() {
        CapacityDelegation all = new CapacityDelegation(
                "7",
                List.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
                "5");
        assertEquals(
                "{\"nft_id\":[\"7\"],\"delegate_to\":[\"70997970C51812dc3A010C7d01b50e0d17dc79C8\","
                        + "\"3C44CdDdB6a900fa2b585dd299e03d12FA4293BC\"],\"uses\":\"5\"}",
                JsJson.stringify(all.restriction()));
        assertEquals("lit-ratelimitincrease://7", all.resource().key());
        CapacityDelegation none = new CapacityDelegation(null, null, null);
        assertEquals("{}", Jcs.canonicalize(none.restriction()));
        assertEquals("lit-ratelimitincrease://*", none.resource().key());
        assertEquals(LitAbility.RATE_LIMIT_INCREASE_AUTH, none.request().ability());
    }

    @Test
    void rejectsInvalidDelegations() {
        assertEquals(
                "capacityDelegation.capacityTokenId: must be a decimal token id, got \"0x10\"",
                assertThrows(InvalidInputException.class, () -> new CapacityDelegation("0x10", null, null))
                        .getMessage());
        assertEquals(
                "capacityDelegation.delegateeAddresses[1]: expected an Ethereum address (0x optional, 40 hex"
                        + " digits), got \"0x1234\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> new CapacityDelegation(
                                        null, List.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x1234"), null))
                        .getMessage());
        assertEquals(
                "capacityDelegation.uses: must be a decimal count, got \"ten\"",
                assertThrows(InvalidInputException.class, () -> new CapacityDelegation(null, null, "ten"))
                        .getMessage());
    }

    @Test
    void rejectsEmptyResourcesAndInvalidFields() {
        assertEquals(
                "resources: is empty; give at least one resource-ability request",
                assertThrows(
                                InvalidInputException.class,
                                () -> LitSiweBuilder.create(WALLET, NONCE, ISSUED_AT)
                                        .resources(List.of()))
                        .getMessage());
        assertEquals(
                "siwe.nonce: must be at least 8 letters or digits (a-z A-Z 0-9), got \"short\"",
                assertThrows(
                                InvalidInputException.class,
                                () -> LitSiweBuilder.create(WALLET, "short", ISSUED_AT)
                                        .build())
                        .getMessage());
        assertEquals(
                "walletAddress: is missing",
                assertThrows(InvalidInputException.class, () -> LitSiweBuilder.create(null, NONCE, ISSUED_AT))
                        .getMessage());
    }
}
