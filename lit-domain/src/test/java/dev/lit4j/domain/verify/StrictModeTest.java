package dev.lit4j.domain.verify;

import static dev.lit4j.domain.verify.Fixtures.DELEGATEE;
import static dev.lit4j.domain.verify.Fixtures.EOA;
import static dev.lit4j.domain.verify.Fixtures.PKP_ANY;
import static dev.lit4j.domain.verify.Fixtures.VECTOR_SESSION_SIG;
import static dev.lit4j.domain.verify.Fixtures.WALLET_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The two gaps a node leaves open (node spec §2.2, §2.10), open in node-faithful mode and closed in strict mode. */
class StrictModeTest {
    private final SessionSigVerifier faithful = Fixtures.verifier(VerificationMode.NODE_FAITHFUL);
    private final SessionSigVerifier strict = Fixtures.verifier(VerificationMode.STRICT);

    @Test
    void theVectorPassesBothModes() {
        assertTrue(faithful.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
        SessionSigVerification result = strict.verify(VECTOR_SESSION_SIG, PKP_ANY, LitAbility.PKP_SIGNING);
        assertTrue(result.valid(), result.describe());
        assertTrue(result.capabilities().get(0).passed().contains(VerificationRule.CAPABILITY_ADDRESS));
        assertTrue(
                result.describe()
                        .startsWith("session sig VALID (strict mode) for pkp-signing on lit-pkp://*\n"
                                + "a Lit node accepts the session sig\n"),
                result.describe());
    }

    @Test
    void aCapabilityClaimingSomeoneElsesAddressFoolsOnlyTheNode() {
        AuthSig claimsDelegatee =
                new AuthSig(EOA.sig(), EOA.derivedVia(), EOA.signedMessage(), DELEGATEE.checksummed(), null);
        AuthSig sessionSig = Fixtures.withCapabilities(List.of(claimsDelegatee));

        SessionSigVerification node = faithful.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertTrue(node.valid(), node.describe());
        assertEquals(Optional.of(DELEGATEE.checksummed()), node.userAddress(), "the node takes the claim unchecked");

        SessionSigVerification result = strict.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.CAPABILITY_ADDRESS,
                        "capability 0 (web3.eth.personal.sign " + DELEGATEE + ")",
                        OptionalInt.of(0),
                        "its address \"" + DELEGATEE + "\" is not the signer of its SIWE, " + WALLET_ADDRESS
                                + " (strict mode; a node takes the address unchecked)")),
                result.findings());
        assertTrue(
                result.describe()
                        .contains("\nstrict mode refuses it as NodeSIWECapabilityInvalid (HTTP 400): Invalid"
                                + " Capability object in SIWE resource ReCap; a Lit node does not check the strict-mode rules, so it"
                                + " may accept it\n"),
                result.describe());
    }

    @Test
    void aCapabilityIssuedMoreThanAMinuteAfterNowFoolsOnlyTheNode() {
        AuthSig late = Fixtures.walletAuthSig(
                LitSiweBuilder.create(WALLET_ADDRESS, Fixtures.NONCE, Fixtures.NOW.plusSeconds(61))
                        .uri(Fixtures.SESSION_KEY.uri())
                        .expiration(Fixtures.SIWE_EXPIRATION)
                        .resources(Fixtures.REQUESTS)
                        .build());
        AuthSig sessionSig = Fixtures.withCapabilities(List.of(late));

        SessionSigVerification node = faithful.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertTrue(node.valid(), "a node does not check a capability's Issued At: " + node.describe());

        SessionSigVerification result = strict.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.CAPABILITY_TIME,
                        "capability 0 (web3.eth.personal.sign " + WALLET_ADDRESS + ")",
                        OptionalInt.of(0),
                        "its SIWE is issued at 2025-01-15T10:01:06.123Z, 61 s after"
                                + " now (2025-01-15T10:00:05.123Z); at most 60 s are allowed for the difference between the clocks"
                                + " (strict mode; a node does not check a capability's Issued At)")),
                result.findings());

        AuthSig withinGrace = Fixtures.walletAuthSig(
                LitSiweBuilder.create(WALLET_ADDRESS, Fixtures.NONCE, Fixtures.NOW.plusSeconds(60))
                        .uri(Fixtures.SESSION_KEY.uri())
                        .expiration(Fixtures.SIWE_EXPIRATION)
                        .resources(Fixtures.REQUESTS)
                        .build());
        SessionSigVerification allowed =
                strict.verify(Fixtures.withCapabilities(List.of(withinGrace)), PKP_ANY, LitAbility.PKP_SIGNING);
        assertTrue(allowed.valid(), allowed.describe());
    }

    @Test
    void strictModeComparesAddressesInAnyLetterCase() {
        AuthSig lowerCase = new AuthSig(
                EOA.sig(), EOA.derivedVia(), EOA.signedMessage(), EOA.address().toLowerCase(Locale.ROOT), null);
        assertTrue(strict.verify(Fixtures.withCapabilities(List.of(lowerCase)), PKP_ANY, LitAbility.PKP_SIGNING)
                .valid());
        AuthSig notAnAddress = new AuthSig(EOA.sig(), EOA.derivedVia(), EOA.signedMessage(), "me", null);
        assertEquals(
                "its address \"me\" is not the signer of its SIWE, " + WALLET_ADDRESS + " (strict mode; a node"
                        + " takes the address unchecked)",
                strict.verify(Fixtures.withCapabilities(List.of(notAnAddress)), PKP_ANY, LitAbility.PKP_SIGNING)
                        .findings()
                        .get(0)
                        .reason());
    }

    @Test
    void aMessageNamingAnotherSessionKeyFoolsOnlyTheNode() {
        String otherKey = SessionKeyPair.fromSeed(new byte[32]).publicKey().hex();
        AuthSig sessionSig = Fixtures.signedText(VECTOR_SESSION_SIG
                .signedMessage()
                .replace(
                        "{\"sessionKey\":\"" + VECTOR_SESSION_SIG.address() + "\"",
                        "{\"sessionKey\":\"" + otherKey + "\""));

        assertTrue(faithful.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING).valid());

        SessionSigVerification result = strict.verify(sessionSig, PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.INVALID_AUTH_SIG), result.nodeError());
        assertEquals(
                List.of(new Finding(
                        VerificationRule.SESSION_KEY_BINDING,
                        "session sig",
                        OptionalInt.empty(),
                        "its signed message names session key \"" + otherKey + "\", but it was signed by \""
                                + VECTOR_SESSION_SIG.address() + "\" (strict mode; a node does not compare them)")),
                result.findings());
        assertTrue(
                result.describe().contains("\nstrict mode refuses it as NodeInvalidAuthSig (HTTP 401)"),
                result.describe());
        assertTrue(result.signedMessage().isPresent());
    }
}
