package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.EXPIRATION;
import static dev.lit4j.domain.verify.Fixtures.ISSUED_AT;
import static dev.lit4j.domain.verify.Fixtures.NODE;
import static dev.lit4j.domain.verify.Fixtures.NODE_URL;
import static dev.lit4j.domain.verify.Fixtures.NONCE;
import static dev.lit4j.domain.verify.Fixtures.NOW;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.REQUESTS;
import static dev.lit4j.domain.verify.Fixtures.SESSION_KEY;
import static dev.lit4j.domain.verify.Fixtures.SIWE_ISSUED_AT;
import static dev.lit4j.domain.verify.Fixtures.WALLET_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.internal.SessionMessageBody;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.PaymentDelegation;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Naga session sigs (node spec §2.2 {@code maxPrice}) and payment delegations (§2.11) as lit-peer checks them. */
class NagaVerificationTest {
    private static final EthAddress USER =
            EthAddress.parseAnyCase("user", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final EthAddress STRANGER =
            EthAddress.parseAnyCase("stranger", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
    private static final String NO_MAX_PRICE =
            "its signed message is not a Naga session-signed message:" + " signedMessage.maxPrice: ";

    private final SessionSigVerifier naga = SessionSigVerifier.builder(NODE, VerificationMode.NODE_FAITHFUL)
            .protocol(NodeProtocol.NAGA)
            .clock(Fixtures.clockAt(NOW))
            .build();

    private static AuthSig nagaSessionSig(List<AuthSig> capabilities, BigInteger maxPrice) {
        String message = new SessionMessageBody(SESSION_KEY.publicKey(), REQUESTS, capabilities, ISSUED_AT, EXPIRATION)
                .forNode(NODE_URL, maxPrice);
        return SessionSig.sign(SESSION_KEY, message).authSig();
    }

    /** The session sig's message with {@code ,"maxPrice":<json>} instead of what it had. */
    private static AuthSig withMaxPriceJson(String json) {
        String datil = Fixtures.withCapabilities(List.of(EOA)).signedMessage();
        return Fixtures.signedText(datil.substring(0, datil.length() - 1) + ",\"maxPrice\":" + json + "}");
    }

    private static AuthSig paymentDelegation(PaymentDelegation delegation, Instant expiration) {
        return Fixtures.walletAuthSig(
                LitSiweBuilder.paymentDelegation(WALLET_ADDRESS, NONCE, SIWE_ISSUED_AT, delegation)
                        .expiration(expiration)
                        .build());
    }

    private static PaymentDelegation toUser(long maxPrice, PaymentDelegationScope... scopes) {
        return new PaymentDelegation(List.of(USER), BigInteger.valueOf(maxPrice), List.of(scopes));
    }

    @Test
    void aNagaSessionSigWithMaxPricePassesBothProtocols() {
        AuthSig sig = nagaSessionSig(List.of(EOA), new BigInteger("250000000000000000"));
        assertTrue(naga.verify(sig, PKP_ANY, LitAbility.PKP_SIGNING).valid());
        assertEquals(NodeProtocol.NAGA, naga.protocol());
        SessionSigVerifier datil = Fixtures.verifier(VerificationMode.NODE_FAITHFUL);
        assertEquals(NodeProtocol.DATIL, datil.protocol());
        assertTrue(datil.verify(sig, PKP_ANY, LitAbility.PKP_SIGNING).valid());
        assertTrue(
                naga.verify(withMaxPriceJson("\"250000000000000000\""), PKP_ANY, LitAbility.PKP_SIGNING)
                        .valid(),
                "a decimal string is read as decimal");
    }

    private void assertRefused(AuthSig sig, String reason) {
        SessionSigVerification result = naga.verify(sig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertFalse(result.valid());
        assertEquals(Optional.of(SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR), result.nodeError());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.MAX_PRICE, "session sig", OptionalInt.empty(), NO_MAX_PRICE + reason)),
                result.findings());
    }

    @Test
    void nagaRequiresMaxPriceAsAHexOrDecimalString() {
        AuthSig datilSig = Fixtures.withCapabilities(List.of(EOA));
        assertTrue(Fixtures.verifier(VerificationMode.NODE_FAITHFUL)
                .verify(datilSig, PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
        assertRefused(
                datilSig,
                "is missing; a Naga node requires it (the most this node may charge, e.g." + " \"0x5af3107a4000\")");
        assertRefused(
                withMaxPriceJson("1000"),
                "must be a string (\"0x<hex>\" or decimal digits); a Naga node refuses" + " a JSON number");
        assertRefused(
                withMaxPriceJson("null"),
                "must be a string (\"0x<hex>\" or decimal digits); a Naga node refuses"
                        + " a JSON value of another type");
        assertRefused(withMaxPriceJson("\"0xfg\""), "\"0xfg\" is not hex digits (0x optional)");
        assertRefused(withMaxPriceJson("\"0x\""), "\"0x\" is not hex digits (0x optional)");
        assertRefused(withMaxPriceJson("\"12e3\""), "\"12e3\" is neither 0x and hex digits nor decimal digits");
        assertRefused(
                withMaxPriceJson("\"0x1" + "0".repeat(64) + "\""),
                "\"0x1" + "0".repeat(64) + "\" is above the" + " U256 maximum 2^256 - 1");
        assertTrue(naga.verify(withMaxPriceJson("\"0x" + "f".repeat(64) + "\""), PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
    }

    @Test
    void aPaymentDelegationPaysForTheNamedUserScopeAndPrice() {
        AuthSig delegation = paymentDelegation(
                toUser(1000, PaymentDelegationScope.PKP_SIGN, PaymentDelegationScope.LIT_ACTION),
                Instant.parse("2025-01-22T10:00:00Z"));
        AuthSig sig = nagaSessionSig(List.of(delegation, EOA), BigInteger.valueOf(1000));

        SessionSigVerification result = naga.verifyWithPaymentDelegation(
                sig, PKP_ANY, LitAbility.PKP_SIGNING, USER, PaymentDelegationScope.PKP_SIGN);

        assertTrue(result.valid(), result.describe());
        PaymentDelegationCheck check = result.paymentDelegation().orElseThrow();
        assertTrue(check.authorized());
        assertEquals(BigInteger.valueOf(1000), check.sessionMaxPrice());
        PaymentDelegationGrant grant = new PaymentDelegationGrant(
                0,
                WALLET_ADDRESS,
                "lit-paymentdelegation://*",
                List.of(USER.lowercaseHexNoPrefix()),
                BigInteger.valueOf(1000),
                List.of("pkp_sign", "lit_action"),
                Optional.of("2025-01-22T10:00:00.000Z"));
        assertEquals(List.of(grant), check.grants());
        assertEquals(List.of(), check.problems());
        assertEquals(
                "capability 0 delegates payment from " + WALLET_ADDRESS + " to 70997970c51812dc3a010c7d01b50e0d17dc79c8"
                        + " up to 1000 wei per request for pkp_sign, lit_action; expires 2025-01-22T10:00:00.000Z",
                grant.toString());
        assertTrue(
                result.describe()
                        .endsWith("payment delegation for " + USER + " (pkp_sign, maxPrice 1000):" + " AUTHORIZED\n  - "
                                + grant + "\n"),
                result.describe());
    }

    private PaymentDelegationCheck refused(AuthSig sig, EthAddress user, PaymentDelegationScope scope) {
        SessionSigVerification result =
                naga.verifyWithPaymentDelegation(sig, PKP_ANY, LitAbility.PKP_SIGNING, user, scope);
        assertFalse(result.valid());
        assertEquals(Optional.empty(), result.nodeError(), "the session sig itself passes");
        assertTrue(
                result.describe()
                        .contains("\nthe session sig itself passes a Lit node's checks, but no payment"
                                + " delegation pays for " + user + "\n"),
                result.describe());
        return result.paymentDelegation().orElseThrow();
    }

    private static Finding grantProblem(String reason) {
        return new Finding(VerificationRule.PAYMENT_DELEGATION_GRANT, "session sig", OptionalInt.of(0), reason);
    }

    @Test
    void aDelegationDoesNotPayForAnotherUserScopeOrAHigherMaxPrice() {
        AuthSig delegation =
                paymentDelegation(toUser(1000, PaymentDelegationScope.PKP_SIGN), Instant.parse("2025-01-22T10:00:00Z"));
        AuthSig sig = nagaSessionSig(List.of(delegation, EOA), BigInteger.valueOf(1000));
        assertEquals(
                List.of(grantProblem("its payment delegation does not name " + STRANGER
                        + " (compared as 3c44cdddb6a900fa2b585dd299e03d12fa4293bc)")),
                refused(sig, STRANGER, PaymentDelegationScope.PKP_SIGN).problems());
        assertEquals(
                List.of(grantProblem("its payment delegation does not list the scope lit_action")),
                refused(sig, USER, PaymentDelegationScope.LIT_ACTION).problems());
        AuthSig tooDear = nagaSessionSig(List.of(delegation, EOA), BigInteger.valueOf(1001));
        assertEquals(
                List.of(grantProblem("the session's maxPrice 1001 is above the delegation's max_price 1000")),
                refused(tooDear, USER, PaymentDelegationScope.PKP_SIGN).problems());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.PAYMENT_DELEGATION_GRANT,
                        "session sig",
                        OptionalInt.empty(),
                        "no valid capability carries a payment delegation (ability Auth/Auth on a lit-paymentdelegation://"
                                + " resource)")),
                refused(nagaSessionSig(List.of(EOA), BigInteger.ONE), USER, PaymentDelegationScope.PKP_SIGN)
                        .problems());
    }

    @Test
    void anInvalidCapabilityIsSkippedNotFatal() {
        AuthSig expired = paymentDelegation(toUser(5, PaymentDelegationScope.PKP_SIGN), NOW.minusSeconds(1));
        AuthSig valid =
                paymentDelegation(toUser(5, PaymentDelegationScope.PKP_SIGN), Instant.parse("2025-01-22T10:00:00Z"));
        SessionSigVerification result = naga.verifyWithPaymentDelegation(
                nagaSessionSig(List.of(expired, valid, EOA), BigInteger.valueOf(5)),
                PKP_ANY,
                LitAbility.PKP_SIGNING,
                USER,
                PaymentDelegationScope.PKP_SIGN);
        assertTrue(result.valid(), result.describe());
        PaymentDelegationCheck check = result.paymentDelegation().orElseThrow();
        assertEquals(1, check.grants().get(0).capabilityIndex());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.PAYMENT_DELEGATION_CAPABILITY,
                        "capability 0" + " (web3.eth.personal.sign " + WALLET_ADDRESS + ")",
                        OptionalInt.of(0),
                        "its SIWE expired at"
                                + " 2025-01-15T10:00:04.123Z; now is 2025-01-15T10:00:05.123Z; Naga skips it")),
                check.problems());
    }

    @Test
    void paymentDelegationIsNagaOnly() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> Fixtures.verifier(VerificationMode.NODE_FAITHFUL)
                        .verifyWithPaymentDelegation(
                                Fixtures.withCapabilities(List.of(EOA)),
                                PKP_ANY,
                                LitAbility.PKP_SIGNING,
                                USER,
                                PaymentDelegationScope.PKP_SIGN));
        assertEquals(
                "protocol: payment delegation is a Naga rule; build the verifier with protocol(NodeProtocol.NAGA)",
                e.getMessage());
    }
}
