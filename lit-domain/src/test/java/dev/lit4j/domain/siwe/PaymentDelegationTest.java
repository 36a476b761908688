package dev.lit4j.domain.siwe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.siwe.internal.SiweRecaps;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Naga payment-delegation SIWE (operations spec §5.5). */
class PaymentDelegationTest {
    private static final EthAddress PAYER = new EthAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final EthAddress DELEGATEE = new EthAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static final String NONCE = "0x9b7a2c1a1b5b7b8f1d4c1c8e6f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";

    private static PaymentDelegation delegation() {
        return new PaymentDelegation(
                List.of(DELEGATEE),
                new BigInteger("1000000000000000000"),
                List.of(
                        PaymentDelegationScope.PKP_SIGN,
                        PaymentDelegationScope.LIT_ACTION,
                        PaymentDelegationScope.PKP_SIGN));
    }

    @Test
    void theRestrictionIsLowerCaseAddressesHexPriceAndScopesOnce() {
        assertEquals(
                "{\"delegate_to\":[\"70997970c51812dc3a010c7d01b50e0d17dc79c8\"],\"max_price\":\"de0b6b3a7640000\","
                        + "\"scopes\":[\"pkp_sign\",\"lit_action\"]}",
                dev.lit4j.domain.codec.internal.JsJson.stringify(delegation().restriction()));
        assertEquals("lit-paymentdelegation://*", delegation().resource().key());
    }

    @Test
    void theSiweDelegatesThroughTheCapabilityUriWithOneAuthRecap() {
        SiweMessage siwe = LitSiweBuilder.paymentDelegation(
                        PAYER, NONCE, Instant.parse("2025-01-15T10:00:00Z"), delegation())
                .build();
        String text = siwe.render();
        assertEquals(
                true,
                text.startsWith("localhost wants you to sign in with your Ethereum account:\n"
                        + PAYER.checksummed()
                        + "\n\nThis is a test statement.  You can put anything you want here. I further"
                        + " authorize the stated URI to perform the following actions on my behalf: (1) 'Auth': 'Auth' for"
                        + " 'lit-paymentdelegation://*'.\n\nURI: lit:capability:delegation\n"),
                text);
        assertEquals(
                true,
                text.contains("\nIssued At: 2025-01-15T10:00:00.000Z\nExpiration Time: 2025-01-22T10:00:00.000Z\n"),
                text);
        assertEquals(
                "{\"att\":{\"lit-paymentdelegation://*\":{\"Auth/Auth\":[{\"delegate_to\":"
                        + "[\"70997970c51812dc3a010c7d01b50e0d17dc79c8\"],\"max_price\":\"de0b6b3a7640000\",\"scopes\":"
                        + "[\"pkp_sign\",\"lit_action\"]}]}},\"prf\":[]}",
                SiweRecaps.extractAndVerify(SiweMessage.parse(text))
                        .orElseThrow()
                        .toCanonicalJson());
    }

    @Test
    void refusesAnEmptyOrNegativeDelegation() {
        assertEquals(
                "paymentDelegation.delegatees: is empty; name at least one address",
                assertThrows(
                                InvalidInputException.class,
                                () -> new PaymentDelegation(
                                        List.of(), BigInteger.ONE, List.of(PaymentDelegationScope.PKP_SIGN)))
                        .getMessage());
        assertEquals(
                "paymentDelegation.scopes: is empty; name at least one of [encryption_sign, lit_action, pkp_sign,"
                        + " sign_session_key]",
                assertThrows(
                                InvalidInputException.class,
                                () -> new PaymentDelegation(List.of(DELEGATEE), BigInteger.ONE, List.of()))
                        .getMessage());
        assertEquals(
                "paymentDelegation.maxPrice: must not be negative, got -1",
                assertThrows(
                                InvalidInputException.class,
                                () -> new PaymentDelegation(
                                        List.of(DELEGATEE),
                                        BigInteger.valueOf(-1),
                                        List.of(PaymentDelegationScope.PKP_SIGN)))
                        .getMessage());
        assertEquals(
                "scopes[0]: unknown payment delegation scope \"pkp-sign\"; expected one of encryption_sign,"
                        + " lit_action, pkp_sign, sign_session_key",
                assertThrows(
                                InvalidInputException.class,
                                () -> PaymentDelegationScope.fromWireName("scopes[0]", "pkp-sign"))
                        .getMessage());
    }
}
