package dev.lit4j.domain.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.siwe.SiweVectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A {@code lit.bls} capability end to end, from the three real Datil {@code sign_session_key} answers of
 * {@code bls-session-key-responses.json}: their SIWE, their combined signature (client spec Appendix A.5)
 * and their root key. The SIWE delegates to a session key whose secret is not known, so a session sig
 * carrying it is signed with another key: the BLS signature verifies, and the URI binding then fails. The
 * capability validator, given the SIWE's own session key, accepts it.
 */
class BlsCapabilityTest {
    private static final String COMBINED =
            "8a39b3fec4614f95e320e773b5668c2afb6969e6b4093bb30fca3b635a098438d4b70d2f2938bb86432901bac71dd74f"
                    + "1820c14dd1dde11fb69b261fe6bad5efa6947c02a3399cca3b6ffd955652ab01213374699f1458d9611a8ee790e3e74c";
    private static final BlsPublicKey ROOT_KEY =
            BlsPublicKey.parse("blsRootPubkey", Vectors.string("bls-session-key-responses.json", "0", "blsRootPubkey"));
    /** The key of node spec §0.1, another network's. */
    private static final BlsPublicKey OTHER_KEY = BlsPublicKey.parse(
            "key", "a43499a4b786da2dd28af9f209eb152ff6f646b34b68a02954967271e17fb4c511fd67b81e067f690c6f38acab70585d");

    private static final String SIWE = SiweVectors.nodePkpSiwe();
    private static final String SIWE_SESSION_KEY = "73e09d1ad1faa329bef12ebaf9b982d2925746e3677cabd4b6b7196096a6ee02";
    private static final EthAddress PKP =
            EthAddress.parseChecksummed("pkp", "0x7f2e96c99F9551915DA9e9F828F512330f130acB");
    private static final AuthSig CAPABILITY = new AuthSig(
            "{\"ProofOfPossession\":\"" + COMBINED + "\"}",
            AuthSig.DERIVED_VIA_BLS,
            SIWE,
            PKP.checksummed(),
            AuthSig.ALGO_BLS);
    private static final Instant NOW = Instant.parse("2024-04-25T12:00:00Z");
    private static final SessionKeyPair OWN_KEY = SessionKeyPair.fromSeed(filled((byte) 9));
    private static final String NODE_URL = "https://15.235.83.220:7470";
    private static final LitResource PKP_ANY = LitResource.wildcard(ResourcePrefix.PKP);
    private static final List<VerificationRule> ALL_RULES = List.of(
            VerificationRule.CAPABILITY_SIWE,
            VerificationRule.CAPABILITY_KIND,
            VerificationRule.CAPABILITY_TIME,
            VerificationRule.CAPABILITY_SIGNATURE,
            VerificationRule.CAPABILITY_URI,
            VerificationRule.CAPABILITY_RECAP_STATEMENT,
            VerificationRule.CAPABILITY_RECAP_GRANT);

    @Test
    void theBlsSignatureVerifiesAndTheUriBindingThenFails() {
        SessionSigVerification result =
                verifier(ROOT_KEY, NOW).verify(sessionSig(CAPABILITY), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError());
        CapabilityCheck check = result.capabilities().get(0);
        assertEquals(AuthSigKind.BLS_NETWORK, check.kind());
        assertEquals(Optional.of(PKP), check.siweSigner());
        assertEquals(ALL_RULES.subList(0, 4), check.passed(), "the signature verified before the URI check");
        assertEquals(
                List.of(new Finding(
                        VerificationRule.CAPABILITY_URI,
                        "capability 0 (lit.bls " + PKP + ")",
                        OptionalInt.of(0),
                        "its SIWE URI is \"lit:session:" + SIWE_SESSION_KEY + "\", not \"" + OWN_KEY.uri()
                                + "\" (the session pubkey in the auth sig is not signed in the SIWE message)")),
                result.findings());
    }

    @Test
    void theValidatorAcceptsItForTheSessionKeyItNames() {
        for (VerificationMode mode : VerificationMode.values()) {
            CapabilityValidator validator = new CapabilityValidator(mode, ROOT_KEY, null);
            CapabilityCheck pkp =
                    validator.forSession(0, CAPABILITY, SIWE_SESSION_KEY, PKP_ANY, LitAbility.PKP_SIGNING, NOW);
            assertTrue(pkp.isAccepted(), String.valueOf(pkp.failure()));
            assertEquals(mode == VerificationMode.STRICT ? withAddressRule() : ALL_RULES, pkp.passed());
            CapabilityCheck action = validator.forSession(
                    0,
                    CAPABILITY,
                    SIWE_SESSION_KEY,
                    LitResource.litAction("QmSJ3w5TorMq2yv8JdMXJGVadWDe3yctGWujZdc7sF88gt"),
                    LitAbility.LIT_ACTION_EXECUTION,
                    NOW);
            assertTrue(action.isAccepted(), String.valueOf(action.failure()));
        }
        CapabilityCheck decryption = new CapabilityValidator(VerificationMode.NODE_FAITHFUL, ROOT_KEY, null)
                .forSession(
                        0,
                        CAPABILITY,
                        SIWE_SESSION_KEY,
                        LitResource.wildcard(ResourcePrefix.ACCESS_CONTROL_CONDITION),
                        LitAbility.ACCESS_CONTROL_CONDITION_DECRYPTION,
                        NOW);
        assertEquals(
                "the ReCap in resource 0 has no attenuation for lit-accesscontrolcondition://* (it covers"
                        + " lit-litaction://*, lit-pkp://*, lit-resolvedauthcontext://*)",
                decryption.failure().orElseThrow().reason());
    }

    @Test
    void failsUnderAnotherNetworkKey() {
        SessionSigVerification result =
                verifier(OTHER_KEY, NOW).verify(sessionSig(CAPABILITY), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(
                new Finding(
                        VerificationRule.CAPABILITY_SIGNATURE,
                        "capability 0 (lit.bls " + PKP + ")",
                        OptionalInt.of(0),
                        "its BLS signature does not verify against the network key " + OTHER_KEY.hex()
                                + " over the re-rendered SIWE (BLS signature of session key via SIWE is not valid)"),
                result.findings().get(0));
    }

    @Test
    void refusesAnotherSignatureScheme() {
        AuthSig basic = new AuthSig(
                "{\"Basic\":\"" + COMBINED + "\"}", AuthSig.DERIVED_VIA_BLS, SIWE, PKP.checksummed(), AuthSig.ALGO_BLS);
        assertEquals(
                "its lit.bls sig is not a BLS signature a node can read: capabilities[0].sig: unsupported BLS"
                        + " scheme \"Basic\"; only ProofOfPossession is accepted",
                verifier(ROOT_KEY, NOW)
                        .verify(sessionSig(basic), PKP_ANY, LitAbility.PKP_SIGNING)
                        .findings()
                        .get(0)
                        .reason());
    }

    @Test
    void withoutAlgoItIsReadAsAWalletSignatureAndFails() {
        AuthSig noAlgo = new AuthSig(CAPABILITY.sig(), AuthSig.DERIVED_VIA_BLS, SIWE, PKP.checksummed(), null);
        SessionSigVerification result =
                verifier(ROOT_KEY, NOW).verify(sessionSig(noAlgo), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(AuthSigKind.WALLET, result.capabilities().get(0).kind());
        assertEquals(
                VerificationRule.CAPABILITY_SIGNATURE, result.findings().get(0).rule());
        assertTrue(
                result.findings()
                        .get(0)
                        .reason()
                        .startsWith("its EIP-191 signature does not verify over the"
                                + " re-rendered SIWE: capabilities[0].sig: "),
                result.findings().get(0).reason());
    }

    @Test
    void expiresWithItsSiweAndHasNoGrace() {
        SessionSigVerification result = verifier(ROOT_KEY, Instant.parse("2024-04-26T02:09:50.823Z"))
                .verify(sessionSig(CAPABILITY), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(
                "its SIWE expired at 2024-04-26T02:09:50.822Z; now is 2024-04-26T02:09:50.823Z",
                result.findings().get(0).reason());
    }

    private static SessionSigVerifier verifier(BlsPublicKey networkKey, Instant now) {
        return SessionSigVerifier.builder(NodeAddress.fromUrl(NODE_URL), VerificationMode.NODE_FAITHFUL)
                .networkKey(networkKey)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
    }

    private static AuthSig sessionSig(AuthSig capability) {
        return Fixtures.sessionSig(
                OWN_KEY,
                List.of(ResourceAbilityRequest.of(PKP_ANY, LitAbility.PKP_SIGNING)),
                List.of(capability),
                "2024-04-25T11:59:00.000Z",
                "2024-04-26T03:00:00.000Z",
                NODE_URL);
    }

    private static List<VerificationRule> withAddressRule() {
        return List.of(
                VerificationRule.CAPABILITY_SIWE,
                VerificationRule.CAPABILITY_KIND,
                VerificationRule.CAPABILITY_TIME,
                VerificationRule.CAPABILITY_SIGNATURE,
                VerificationRule.CAPABILITY_ADDRESS,
                VerificationRule.CAPABILITY_URI,
                VerificationRule.CAPABILITY_RECAP_STATEMENT,
                VerificationRule.CAPABILITY_RECAP_GRANT);
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
