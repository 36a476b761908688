package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.DELEGATION;
import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.NOW;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.PKP_ONE;
import static dev.lit4j.domain.verify.Fixtures.SESSION_KEY;
import static dev.lit4j.domain.verify.Fixtures.SIWE_EXPIRATION;
import static dev.lit4j.domain.verify.Fixtures.WALLET_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.siwe.internal.SiweRecaps;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Sign;

/** The capability walk (node spec §2.6 – §2.8) on the vector's wallet capability and single changes to it. */
class CapabilityWalkTest {
    private static final String SUBJECT = "capability 0 (web3.eth.personal.sign " + WALLET_ADDRESS + ")";
    private static final List<VerificationRule> UP_TO_SIGNATURE = List.of(
            VerificationRule.CAPABILITY_SIWE,
            VerificationRule.CAPABILITY_KIND,
            VerificationRule.CAPABILITY_TIME,
            VerificationRule.CAPABILITY_SIGNATURE);

    private final SessionSigVerifier verifier = Fixtures.verifier(VerificationMode.NODE_FAITHFUL);

    @Test
    void refusesAnExpiredInnerSiweWithoutGrace() {
        AuthSig expired = Fixtures.walletAuthSig(
                Fixtures.walletSiwe(SESSION_KEY.uri(), Instant.parse("2025-01-15T10:00:05.122Z")));
        SessionSigVerification result = verify(List.of(expired));
        assertOnlyCapabilityRefused(
                result,
                VerificationRule.CAPABILITY_TIME,
                List.of(VerificationRule.CAPABILITY_SIWE, VerificationRule.CAPABILITY_KIND),
                "its SIWE expired at 2025-01-15T10:00:05.122Z; now is" + " 2025-01-15T10:00:05.123Z");
        assertEquals(
                "session sig INVALID (node-faithful mode) for pkp-signing on lit-pkp://*\n"
                        + "a Lit node answers NodeSIWECapabilityInvalid (HTTP 400): Invalid Capability object in SIWE resource"
                        + " ReCap\n"
                        + "failed rules:\n"
                        + "  - " + SUBJECT
                        + ": its SIWE expired at 2025-01-15T10:00:05.122Z; now is 2025-01-15T10:00:05.123Z"
                        + " [§2.6]\n"
                        + "capabilities:\n"
                        + "  - " + SUBJECT + ": rejected, its SIWE expired at 2025-01-15T10:00:05.122Z; now is"
                        + " 2025-01-15T10:00:05.123Z (passed: CAPABILITY_SIWE, CAPABILITY_KIND)\n",
                result.describe());
        AuthSig lastMoment = Fixtures.walletAuthSig(Fixtures.walletSiwe(SESSION_KEY.uri(), NOW));
        assertTrue(verify(List.of(lastMoment)).valid(), "Expiration Time = now is still valid");
    }

    @Test
    void refusesAnInnerSiweBeforeItsNotBefore() {
        SiweMessage base = Fixtures.walletSiwe(SESSION_KEY.uri(), SIWE_EXPIRATION);
        SiweMessage notYet = withNotBefore(base, "2025-01-15T10:00:05.123Z");
        assertOnlyCapabilityRefused(
                verify(List.of(Fixtures.walletAuthSig(notYet))),
                VerificationRule.CAPABILITY_TIME,
                List.of(VerificationRule.CAPABILITY_SIWE, VerificationRule.CAPABILITY_KIND),
                "its SIWE is valid only after its Not Before 2025-01-15T10:00:05.123Z; now is 2025-01-15T10:00:05.123Z");
        SiweMessage justValid = withNotBefore(base, "2025-01-15T10:00:05.122Z");
        assertTrue(verify(List.of(Fixtures.walletAuthSig(justValid))).valid());
    }

    @Test
    void refusesAnInnerSiweForAnotherSessionKey() {
        String otherUri = SessionKeyPair.fromSeed(new byte[32]).uri();
        AuthSig other = Fixtures.walletAuthSig(Fixtures.walletSiwe(otherUri, SIWE_EXPIRATION));
        assertOnlyCapabilityRefused(
                verify(List.of(other)),
                VerificationRule.CAPABILITY_URI,
                UP_TO_SIGNATURE,
                "its SIWE URI is \"" + otherUri + "\", not \"" + SESSION_KEY.uri()
                        + "\" (the session pubkey in the auth" + " sig is not signed in the SIWE message)");
    }

    @Test
    void refusesSiweTextAlteredAfterSigning() {
        AuthSig altered = new AuthSig(
                EOA.sig(),
                EOA.derivedVia(),
                EOA.signedMessage().replace("This is a test statement.", "This is a best statement."),
                EOA.address(),
                null);
        SessionSigVerification result = verify(List.of(altered));
        Finding finding = result.findings().get(0);
        assertEquals(VerificationRule.CAPABILITY_SIGNATURE, finding.rule());
        assertTrue(
                finding.reason()
                        .startsWith("its EIP-191 signature does not verify over the re-rendered SIWE:"
                                + " capabilities[0].sig: recovers to 0x"),
                finding.reason());
        assertTrue(
                finding.reason()
                        .endsWith(", not to the expected signer " + WALLET_ADDRESS + " (another key signed,"
                                + " or the message differs from what was signed)"),
                finding.reason());
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError());
    }

    @Test
    void refusesAHighSSignatureAsTheNodeDoes() {
        Sign.SignatureData data = Sign.signPrefixedMessage(
                EOA.signedMessage().getBytes(StandardCharsets.UTF_8), Fixtures.WALLET.getEcKeyPair());
        BigInteger n = Sign.CURVE_PARAMS.getN();
        EcdsaSignature low =
                EcdsaSignature.of(new BigInteger(1, data.getR()), new BigInteger(1, data.getS()), data.getV()[0] - 27);
        byte[] rsv = Hex.decode("sig", low.toRsvHex().substring(2));
        byte[] highS = BigIntegers.asUnsignedByteArray(32, n.subtract(low.s()));
        System.arraycopy(highS, 0, rsv, 32, 32);
        rsv[64] = (byte) (rsv[64] == 27 ? 28 : 27);
        AuthSig high = new AuthSig(Hex.encode0x(rsv), EOA.derivedVia(), EOA.signedMessage(), EOA.address(), null);
        SessionSigVerification result = verify(List.of(high));
        assertEquals(
                VerificationRule.CAPABILITY_SIGNATURE, result.findings().get(0).rule());
        assertEquals(
                "its EIP-191 signature does not verify over the re-rendered SIWE: capabilities[0].sig: s is in the"
                        + " upper half of the group order (high-s); Lit nodes refuse it. Use the low-s form: s' = n − s, with"
                        + " v flipped between 27 and 28",
                result.findings().get(0).reason());
    }

    @Test
    void acceptsASignatureWithARecoveryIdOfZeroOrOne() {
        byte[] rsv = Hex.decode("sig", EOA.sig().substring(2));
        rsv[64] -= 27;
        AuthSig raw = new AuthSig(Hex.encode(rsv), EOA.derivedVia(), EOA.signedMessage(), EOA.address(), null);
        assertTrue(verify(List.of(raw)).valid(), "v mod 27, and 0x optional");
    }

    @Test
    void refusesAResourceTheRecapDoesNotGrant() {
        LitResource decryption = LitResource.wildcard(ResourcePrefix.ACCESS_CONTROL_CONDITION);
        List<ResourceAbilityRequest> requests = new ArrayList<>(Fixtures.REQUESTS);
        requests.add(ResourceAbilityRequest.of(decryption, LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION));
        AuthSig sessionSig =
                Fixtures.sessionSig(requests, List.of(EOA), Fixtures.ISSUED_AT, Fixtures.EXPIRATION, Fixtures.NODE_URL);
        SessionSigVerification result =
                verifier.verify(sessionSig, decryption, LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION);
        assertOnlyCapabilityRefused(
                result,
                VerificationRule.CAPABILITY_RECAP_GRANT,
                withUriAndStatement(),
                "the ReCap in resource 0 has no attenuation for lit-accesscontrolcondition://* (it covers"
                        + " lit-litaction://*, lit-pkp://*)");
    }

    @Test
    void usesTheWildcardKeyAloneWhenItIsPresent() {
        Recap recap = Recap.empty()
                .withAttenuation(PKP_ANY.key(), "Threshold", "Execution", JsonValue.Obj.EMPTY)
                .withCapability(PKP_ONE, LitAbility.PKP_SIGNING, null);
        SessionSigVerification result = verify(List.of(withRecap(recap)), PKP_ONE);
        assertOnlyCapabilityRefused(
                result,
                VerificationRule.CAPABILITY_RECAP_GRANT,
                withUriAndStatement(),
                "the ReCap in resource 0 grants Threshold/Execution on lit-pkp://* but not Threshold/Signing (nor */*);"
                        + " " + PKP_ONE.key()
                        + " would grant it, but a node uses lit-pkp://* alone when it is present");
        Recap specificOnly = Recap.empty().withCapability(PKP_ONE, LitAbility.PKP_SIGNING, null);
        assertTrue(verify(List.of(withRecap(specificOnly)), PKP_ONE).valid());
        SessionSigVerification otherPkp = verify(List.of(withRecap(specificOnly)), LitResource.pkp("01"));
        assertEquals(
                "the ReCap in resource 0 has no attenuation for lit-pkp://* or "
                        + LitResource.pkp("01").key() + " (it covers " + PKP_ONE.key() + ")",
                otherPkp.findings().get(0).reason());
    }

    @Test
    void acceptsStarSlashStarAsTheOnlyAbilityWildcard() {
        assertTrue(verify(List.of(withRecap(Recap.empty().withAllCapabilities(PKP_ANY))), PKP_ONE)
                .valid());
        Recap partial = Recap.empty().withAttenuation(PKP_ANY.key(), "Threshold", "*", JsonValue.Obj.EMPTY);
        assertEquals(
                "the ReCap in resource 0 grants Threshold/* on lit-pkp://* but not Threshold/Signing (nor */*)",
                verify(List.of(withRecap(partial)), PKP_ONE).findings().get(0).reason());
    }

    @Test
    void refusesAStatementThatDoesNotEndWithTheRecapStatement() {
        SiweMessage siwe = Fixtures.walletSiwe(SESSION_KEY.uri(), SIWE_EXPIRATION);
        SiweMessage otherStatement = siwe.withStatement(siwe.statement() + " Thanks.");
        Recap recap = Recap.empty()
                .withCapability(PKP_ANY, LitAbility.PKP_SIGNING, null)
                .withCapability(LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION, null);
        assertOnlyCapabilityRefused(
                verify(List.of(Fixtures.walletAuthSig(otherStatement))),
                VerificationRule.CAPABILITY_RECAP_STATEMENT,
                withUri(),
                "its SIWE statement does not end with the"
                        + " statement of the ReCap in resource 0, \"" + recap.statement()
                        + "\" (Incorrect statement for"
                        + " capability object)");
        // without a statement there is nothing to check
        assertTrue(verify(List.of(Fixtures.walletAuthSig(siwe.withStatement(null))))
                .valid());
    }

    @Test
    void skipsRecapsThatDoNotDecodeAndReadsTheOthers() {
        SiweMessage siwe = Fixtures.walletSiwe(SESSION_KEY.uri(), SIWE_EXPIRATION);
        List<String> resources = new ArrayList<>(List.of("urn:recap:e30", "https://example.com/x"));
        resources.addAll(siwe.resources());
        assertTrue(verify(List.of(Fixtures.walletAuthSig(siwe.withResources(resources))))
                .valid());
        SessionSigVerification none = verify(
                List.of(Fixtures.walletAuthSig(siwe.withStatement(null).withResources(List.of("urn:recap:e30")))));
        assertEquals(
                "its SIWE carries no ReCap, so it grants nothing; resource 0 is not a ReCap a node can decode"
                        + " (recap.att: is missing)",
                none.findings().get(0).reason());
    }

    @Test
    void refusesContractAndSessionSigCapabilities() {
        AuthSig contract =
                new AuthSig(EOA.sig(), AuthSig.DERIVED_VIA_EIP1271, EOA.signedMessage(), EOA.address(), null);
        SessionSigVerification result = verify(List.of(contract));
        assertEquals(
                List.of(new Finding(
                        VerificationRule.CAPABILITY_KIND,
                        "capability 0 (EIP1271 " + WALLET_ADDRESS + ")",
                        OptionalInt.of(0),
                        "it is an EIP-1271 contract signature (derivedVia \"EIP1271\"); only wallet"
                                + " (EIP-191) and lit.bls capabilities are supported")),
                result.findings());
        assertEquals(AuthSigKind.CONTRACT, result.capabilities().get(0).kind());
        AuthSig session = new AuthSig(
                EOA.sig(), AuthSig.DERIVED_VIA_SESSION, EOA.signedMessage(), EOA.address(), AuthSig.ALGO_SESSION);
        assertEquals(
                "it is a session sig (derivedVia \"litSessionSignViaNacl\"); only wallet (EIP-191) and lit.bls"
                        + " capabilities are supported",
                verify(List.of(session)).findings().get(0).reason());
    }

    @Test
    void refusesACapabilityWhoseMessageIsNotSiwe() {
        AuthSig notSiwe = AuthSig.wallet(EOA.sig(), "hello", EOA.address());
        Finding finding = verify(List.of(notSiwe)).findings().get(0);
        assertEquals(VerificationRule.CAPABILITY_SIWE, finding.rule());
        assertTrue(
                finding.reason().startsWith("its signedMessage is not a SIWE message: siwe.domain: "),
                finding.reason());
    }

    @Test
    void takesTheFirstValidCapabilityAndSaysWhyTheOthersBeforeItFailed() {
        SessionSigVerification result = verify(List.of(DELEGATION, EOA));
        assertTrue(result.valid(), result.describe());
        assertEquals(1, result.acceptedCapability().orElseThrow().index());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.CAPABILITY_URI,
                        SUBJECT,
                        OptionalInt.of(0),
                        "its SIWE URI is \"lit:capability:delegation\", not \"" + SESSION_KEY.uri()
                                + "\" (the session pubkey" + " in the auth sig is not signed in the SIWE message)")),
                result.findings());
        assertEquals(UP_TO_SIGNATURE, result.capabilities().get(0).passed());
        // a node stops at the first valid one: what follows is not examined
        SessionSigVerification first = verify(List.of(EOA, DELEGATION));
        assertEquals(1, first.capabilities().size());
    }

    @Test
    void reportsEveryRejectedCapabilityWhenNoneIsValid() {
        AuthSig expired = Fixtures.walletAuthSig(
                Fixtures.walletSiwe(SESSION_KEY.uri(), Instant.parse("2025-01-15T10:00:00.000Z")));
        SessionSigVerification result = verify(List.of(DELEGATION, expired));
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError());
        assertEquals(
                List.of(VerificationRule.CAPABILITY_URI, VerificationRule.CAPABILITY_TIME),
                result.findings().stream().map(Finding::rule).toList());
        assertEquals(
                List.of(OptionalInt.of(0), OptionalInt.of(1)),
                result.findings().stream().map(Finding::capabilityIndex).toList());
        assertFalse(result.acceptedCapability().isPresent());
        assertEquals(Optional.empty(), result.userAddress());
        assertEquals(result.findings().stream().map(Finding::toString).toList(), result.reasons());
        assertEquals(
                "capability 1 (web3.eth.personal.sign " + WALLET_ADDRESS + "): its SIWE expired at"
                        + " 2025-01-15T10:00:00.000Z; now is 2025-01-15T10:00:05.123Z [§2.6]",
                result.reasons().get(1));
    }

    private SessionSigVerification verify(List<AuthSig> capabilities) {
        return verify(capabilities, PKP_ANY);
    }

    private SessionSigVerification verify(List<AuthSig> capabilities, LitResource pkp) {
        return verifier.verify(Fixtures.withCapabilities(capabilities), pkp, LitAbility.PKP_SIGNING);
    }

    private static AuthSig withRecap(Recap recap) {
        SiweMessage plain = LitSiweBuilder.create(WALLET_ADDRESS, Fixtures.NONCE, Fixtures.SIWE_ISSUED_AT)
                .uri(SESSION_KEY.uri())
                .expiration(SIWE_EXPIRATION)
                .build();
        return Fixtures.walletAuthSig(SiweRecaps.addRecap(plain, recap));
    }

    private static SiweMessage withNotBefore(SiweMessage siwe, String notBefore) {
        return new SiweMessage(
                siwe.domain(),
                siwe.address(),
                siwe.statement(),
                siwe.uri(),
                siwe.version(),
                siwe.chainId(),
                siwe.nonce(),
                siwe.issuedAt(),
                siwe.expirationTime(),
                notBefore,
                siwe.requestId(),
                siwe.resources());
    }

    private static List<VerificationRule> withUri() {
        List<VerificationRule> rules = new ArrayList<>(UP_TO_SIGNATURE);
        rules.add(VerificationRule.CAPABILITY_URI);
        return rules;
    }

    private static List<VerificationRule> withUriAndStatement() {
        List<VerificationRule> rules = withUri();
        rules.add(VerificationRule.CAPABILITY_RECAP_STATEMENT);
        return rules;
    }

    private static void assertOnlyCapabilityRefused(
            SessionSigVerification result, VerificationRule rule, List<VerificationRule> passed, String reason) {
        assertFalse(result.valid(), result.describe());
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError());
        Finding expected = new Finding(rule, SUBJECT, OptionalInt.of(0), reason);
        assertEquals(List.of(expected), result.findings());
        CapabilityCheck check = result.capabilities().get(0);
        assertEquals(passed, check.passed());
        assertEquals(Optional.of(expected), check.failure());
    }
}
