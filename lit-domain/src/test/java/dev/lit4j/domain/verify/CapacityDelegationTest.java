package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.DELEGATEE;
import static dev.lit4j.domain.verify.Fixtures.DELEGATION;
import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.NOW;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.WALLET_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.siwe.CapacityDelegation;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.siwe.internal.SiweRecaps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Capacity Credits delegations checked as Datil does (node spec §2.11), on the JS SDK's delegation vector. */
class CapacityDelegationTest {
    private static final CapacityDelegationGrant VECTOR_GRANT = new CapacityDelegationGrant(
            0,
            WALLET_ADDRESS,
            "lit-ratelimitincrease://25364",
            Optional.of(List.of("25364")),
            Optional.of(List.of("70997970C51812dc3A010C7d01b50e0d17dc79C8")),
            Optional.of("100"),
            Optional.of("2025-01-22T10:00:00.000Z"));
    private static final EthAddress STRANGER =
            EthAddress.parseAnyCase("stranger", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

    private final SessionSigVerifier verifier = Fixtures.verifier(VerificationMode.NODE_FAITHFUL);

    @Test
    void theDelegateeMaySpendTheDelegatedNft() {
        SessionSigVerification result = check(List.of(DELEGATION, EOA), DELEGATEE);
        assertTrue(result.valid(), result.describe());
        CapacityDelegationCheck delegation = result.capacityDelegation().orElseThrow();
        assertTrue(delegation.authorized());
        assertEquals(DELEGATEE, delegation.user());
        assertEquals(List.of(VECTOR_GRANT), delegation.grants());
        assertEquals(List.of(), delegation.problems());
        assertEquals(
                "capability 0 delegates lit-ratelimitincrease://25364 of " + WALLET_ADDRESS + ": NFTs 25364;"
                        + " delegatees 70997970C51812dc3A010C7d01b50e0d17dc79C8; uses 100; expires 2025-01-22T10:00:00.000Z",
                VECTOR_GRANT.toString());
        assertTrue(
                result.describe()
                        .endsWith("capacity delegation for " + DELEGATEE + ": AUTHORIZED\n" + "  - " + VECTOR_GRANT
                                + "\n"),
                result.describe());
        assertFalse(
                result.describe().contains("failed rules:"),
                "a VALID verdict lists no failed rules, though the"
                        + " delegation was skipped as the session's capability: " + result.describe());
        assertTrue(
                result.describe()
                        .contains("\ncapabilities:\n  - capability 0 (web3.eth.personal.sign " + WALLET_ADDRESS
                                + "): rejected, its SIWE URI is"),
                result.describe());
    }

    @Test
    void someoneElseMayNot() {
        SessionSigVerification result = check(List.of(DELEGATION, EOA), STRANGER);
        assertFalse(result.valid());
        assertEquals(Optional.empty(), result.nodeError(), "the session sig itself is fine");
        assertTrue(result.acceptedCapability().isPresent());
        Finding problem = new Finding(
                VerificationRule.DELEGATION_GRANT,
                "session sig",
                OptionalInt.empty(),
                "no capacity delegation names " + STRANGER + " (compared as 3c44cdddb6a900fa2b585dd299e03d12fa4293bc):"
                        + " capability 0 delegates to 70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertEquals(List.of(problem), result.capacityDelegation().orElseThrow().problems());
        assertEquals(problem, result.findings().get(result.findings().size() - 1));
        assertFalse(
                result.describe().contains("a Lit node accepts the session sig"),
                "an INVALID verdict says no" + " node accepts: " + result.describe());
        assertTrue(
                result.describe()
                        .startsWith("session sig INVALID (node-faithful mode) for pkp-signing on"
                                + " lit-pkp://*\nthe session sig itself passes a Lit node's checks, but no capacity delegation lets "
                                + STRANGER + " spend Capacity Credits\n"),
                result.describe());
        assertTrue(result.describe().contains("capacity delegation for " + STRANGER + ": NOT AUTHORIZED\n"));
    }

    @Test
    void withoutDelegateesAnyoneMay() {
        AuthSig toAnyone =
                delegation(new CapacityDelegation("25364", null, null), Instant.parse("2025-01-22T10:00:00Z"));
        CapacityDelegationCheck delegation =
                check(List.of(toAnyone, EOA), STRANGER).capacityDelegation().orElseThrow();
        assertTrue(delegation.authorized());
        assertEquals(
                List.of(new CapacityDelegationGrant(
                        0,
                        WALLET_ADDRESS,
                        "lit-ratelimitincrease://25364",
                        Optional.of(List.of("25364")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("2025-01-22T10:00:00.000Z"))),
                delegation.grants());
        AuthSig allNfts = delegation(new CapacityDelegation(null, null, "3"), Instant.parse("2025-01-22T10:00:00Z"));
        assertEquals(
                "capability 0 delegates lit-ratelimitincrease://* of " + WALLET_ADDRESS + ": NFTs all the owner's;"
                        + " delegatees anyone; uses 3; expires 2025-01-22T10:00:00.000Z",
                check(List.of(allNfts, EOA), STRANGER)
                        .capacityDelegation()
                        .orElseThrow()
                        .grants()
                        .get(0)
                        .toString());
    }

    @Test
    void withoutADelegationNobodyMay() {
        CapacityDelegationCheck delegation =
                check(List.of(EOA), DELEGATEE).capacityDelegation().orElseThrow();
        assertFalse(delegation.authorized());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.DELEGATION_GRANT,
                        "session sig",
                        OptionalInt.empty(),
                        "no valid capability carries a capacity delegation (ability Auth/Auth on a lit-ratelimitincrease://"
                                + " resource)")),
                delegation.problems());
    }

    @Test
    void anyInvalidCapabilityStopsEveryDelegation() {
        AuthSig expired = delegation(
                new CapacityDelegation("25364", List.of(DELEGATEE.checksummed()), null), NOW.minusSeconds(1));
        SessionSigVerification result = check(List.of(expired, EOA), DELEGATEE);
        assertEquals(Optional.empty(), result.nodeError(), "the session walk skips the expired delegation");
        CapacityDelegationCheck delegation = result.capacityDelegation().orElseThrow();
        assertFalse(delegation.authorized());
        assertEquals(List.of(), delegation.grants());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.DELEGATION_CAPABILITIES_VALID,
                        "capability 0 (web3.eth.personal.sign " + WALLET_ADDRESS + ")",
                        OptionalInt.of(0),
                        "its SIWE expired at 2025-01-15T10:00:04.123Z; now is 2025-01-15T10:00:05.123Z; Datil refuses every"
                                + " capacity delegation of a session sig with an invalid capability")),
                delegation.problems());
    }

    @Test
    void aWalletCapabilityMustBeSignedByItsAddressHere() {
        // the session walk does not compare them (node-faithful), the rate-limit path does
        AuthSig claimsOther =
                new AuthSig(EOA.sig(), EOA.derivedVia(), EOA.signedMessage(), STRANGER.checksummed(), null);
        SessionSigVerification result = check(List.of(DELEGATION, claimsOther), DELEGATEE);
        assertEquals(Optional.empty(), result.nodeError());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.DELEGATION_CAPABILITIES_VALID,
                        "capability 1 (web3.eth.personal.sign " + STRANGER + ")",
                        OptionalInt.of(1),
                        "its address \"" + STRANGER
                                + "\" is not the signer of its SIWE, " + WALLET_ADDRESS
                                + "; Datil refuses every capacity delegation of"
                                + " a session sig with an invalid capability")),
                result.capacityDelegation().orElseThrow().problems());
        assertFalse(result.valid());
    }

    @Test
    void aMalformedRestrictionDoesNotCount() {
        JsonValue.Obj badDelegatees = JsonValue.Obj.builder()
                .put("delegate_to", new JsonValue.Str(DELEGATEE.lowercaseHexNoPrefix()))
                .build();
        JsonValue.Obj badUses =
                JsonValue.Obj.builder().put("uses", new JsonValue.Num(100)).build();
        JsonValue.Obj badTokens = JsonValue.Obj.builder()
                .put("nft_id", new JsonValue.Arr(List.of(new JsonValue.Str("0x6314"))))
                .build();
        Recap recap = Recap.empty()
                .withAttenuation("lit-ratelimitincrease://25364", "Auth", "Auth", badDelegatees)
                .withAttenuation("lit-ratelimitincrease://25364", "Auth", "Auth", badUses)
                .withAttenuation("lit-ratelimitincrease://25364", "Auth", "Auth", badTokens);
        CapacityDelegationCheck delegation = check(List.of(delegationWith(recap), EOA), DELEGATEE)
                .capacityDelegation()
                .orElseThrow();
        assertFalse(delegation.authorized());
        String subject = "capability 0 (web3.eth.personal.sign " + WALLET_ADDRESS + ")";
        assertEquals(
                List.of(
                        new Finding(
                                VerificationRule.DELEGATION_RESTRICTION,
                                subject,
                                OptionalInt.of(0),
                                "its restriction on"
                                        + " lit-ratelimitincrease://25364 has a delegate_to that is not an array of address strings;"
                                        + " it does not count"),
                        new Finding(
                                VerificationRule.DELEGATION_RESTRICTION,
                                subject,
                                OptionalInt.of(0),
                                "its restriction on"
                                        + " lit-ratelimitincrease://25364 has a uses that is not a decimal string; it does not count"),
                        new Finding(
                                VerificationRule.DELEGATION_RESTRICTION,
                                subject,
                                OptionalInt.of(0),
                                "its restriction on"
                                        + " lit-ratelimitincrease://25364 has an nft_id that is not an array of decimal token-id"
                                        + " strings; it does not count"),
                        new Finding(
                                VerificationRule.DELEGATION_GRANT,
                                "session sig",
                                OptionalInt.empty(),
                                "no valid capability"
                                        + " carries a capacity delegation (ability Auth/Auth on a lit-ratelimitincrease:// resource)")),
                delegation.problems());
    }

    @Test
    void aMalformedRestrictionNextToAValidOneIsReportedButDoesNotStopIt() {
        JsonValue.Obj bad =
                JsonValue.Obj.builder().put("uses", new JsonValue.Str("many")).build();
        Recap recap = Recap.empty()
                .withAttenuation("lit-ratelimitincrease://25364", "Auth", "Auth", bad)
                .withAttenuation("lit-ratelimitincrease://25364", "Auth", "Auth", JsonValue.Obj.EMPTY);
        SessionSigVerification result = check(List.of(delegationWith(recap), EOA), DELEGATEE);
        assertTrue(result.valid(), result.describe());
        CapacityDelegationCheck delegation = result.capacityDelegation().orElseThrow();
        assertEquals(1, delegation.grants().size());
        assertEquals(
                VerificationRule.DELEGATION_RESTRICTION,
                delegation.problems().get(0).rule());
    }

    @Test
    void delegateToIsComparedAsTheNodeDoes() {
        assertTrue(VECTOR_GRANT.delegatesTo(DELEGATEE), "mixed case in the entry");
        assertFalse(VECTOR_GRANT.delegatesTo(STRANGER));
        CapacityDelegationGrant with0x = new CapacityDelegationGrant(
                0,
                WALLET_ADDRESS,
                "lit-ratelimitincrease://*",
                Optional.empty(),
                Optional.of(List.of(DELEGATEE.checksummed())),
                Optional.empty(),
                Optional.empty());
        assertFalse(with0x.delegatesTo(DELEGATEE), "an entry with 0x never matches");
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> new CapacityDelegationCheck(DELEGATEE, false, List.of(), List.of()));
        assertEquals("capacityDelegation: a refused check names its problems", e.getMessage());
    }

    @Test
    void theDelegationIsReportedEvenWhenALaterSessionRuleFails() {
        AuthSig forOtherNode = Fixtures.sessionSig(
                Fixtures.REQUESTS,
                List.of(DELEGATION, EOA),
                Fixtures.ISSUED_AT,
                Fixtures.EXPIRATION,
                "https://1.1.1.1:443");
        SessionSigVerification result =
                verifier.verifyWithCapacityDelegation(forOtherNode, PKP_ANY, LitAbility.PKP_SIGNING, DELEGATEE);
        assertEquals(Optional.of(SessionSigErrorCode.NOT_AUTHORIZED), result.nodeError());
        assertEquals(
                List.of(VECTOR_GRANT), result.capacityDelegation().orElseThrow().grants());
        assertFalse(result.valid());
    }

    @Test
    void oneCapabilitysDelegationsAreReadWithoutJudgingIt() {
        CapacityDelegationReader.Reading reading = CapacityDelegationReader.read(0, DELEGATION);
        assertEquals(List.of(VECTOR_GRANT), reading.grants());
        assertEquals(List.of(), reading.problems());

        AuthSig expired = delegation(new CapacityDelegation("25364", null, null), NOW.minusSeconds(1));
        assertEquals(1, CapacityDelegationReader.read(3, expired).grants().size(), "its time is not looked at");
        assertEquals(
                3, CapacityDelegationReader.read(3, expired).grants().get(0).capabilityIndex());
        assertEquals(new CapacityDelegationReader.Reading(List.of(), List.of()), CapacityDelegationReader.read(1, EOA));
    }

    @Test
    void readingReportsRestrictionsThatDoNotCount() {
        JsonValue.Obj bad =
                JsonValue.Obj.builder().put("uses", new JsonValue.Num(100)).build();
        Recap recap = Recap.empty().withAttenuation("lit-ratelimitincrease://25364", "Auth", "Auth", bad);
        CapacityDelegationReader.Reading reading = CapacityDelegationReader.read(0, delegationWith(recap));
        assertEquals(List.of(), reading.grants());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.DELEGATION_RESTRICTION,
                        "capability 0 (web3.eth.personal.sign " + WALLET_ADDRESS + ")",
                        OptionalInt.of(0),
                        "its restriction on lit-ratelimitincrease://25364 has a uses"
                                + " that is not a decimal string; it does not count")),
                reading.problems());
    }

    @Test
    void readingNeedsASiweCapability() {
        AuthSig notSiwe = new AuthSig("0x01", AuthSig.DERIVED_VIA_WALLET, "hello", WALLET_ADDRESS.checksummed(), null);
        assertThrows(InvalidInputException.class, () -> CapacityDelegationReader.read(0, notSiwe));
        assertEquals(
                "capability: is missing",
                assertThrows(InvalidInputException.class, () -> CapacityDelegationReader.read(0, null))
                        .getMessage());
    }

    private SessionSigVerification check(List<AuthSig> capabilities, EthAddress user) {
        return verifier.verifyWithCapacityDelegation(
                Fixtures.withCapabilities(capabilities), PKP_ANY, LitAbility.PKP_SIGNING, user);
    }

    private static AuthSig delegation(CapacityDelegation delegation, Instant expiration) {
        SiweMessage siwe = LitSiweBuilder.capacityDelegation(
                        WALLET_ADDRESS, Fixtures.NONCE, Fixtures.SIWE_ISSUED_AT, delegation)
                .expiration(expiration)
                .build();
        return Fixtures.walletAuthSig(siwe);
    }

    private static AuthSig delegationWith(Recap recap) {
        SiweMessage plain = LitSiweBuilder.create(WALLET_ADDRESS, Fixtures.NONCE, Fixtures.SIWE_ISSUED_AT)
                .uri(LitSiweBuilder.DELEGATION_URI)
                .expiration(Instant.parse("2025-01-22T10:00:00Z"))
                .build();
        return Fixtures.walletAuthSig(SiweRecaps.addRecap(plain, recap));
    }
}
