package dev.lit4j.domain.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.siwe.SiweVectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The real Datil session sigs of {@code datil-session-sigs-sample.json}: nine nodes, each sent a capacity
 * delegation and a PKP {@code lit.bls} capability. The network key the PKP capability was signed under is
 * not in the sample (neither of the two Datil-era keys in the vectors verifies it), so its BLS check is
 * shown to fail with a wrong key; everything else is checked for real.
 */
class DatilSampleTest {
    private static final Instant NOW = Instant.parse("2024-10-16T13:48:30Z");
    private static final LitResource PKP_ANY = LitResource.wildcard(ResourcePrefix.PKP);
    /** The root key of bls-session-key-responses.json: a real Datil-era key, but not this sample's. */
    private static final BlsPublicKey OTHER_NETWORK_KEY = BlsPublicKey.parse(
            "key", "a6f7c284ac766db1b43f8c65d8ff15c7271a05b0863b5205d96459fd32aa353e9390ce0626560fb76720c1a5c8ca6902");

    private static final EthAddress OWNER =
            EthAddress.parseChecksummed("owner", "0x5D467fe98ff120fe0C85F2217bC61732571b28EC");
    private static final String PKP = "0x4F92B988dfF23a7A476C256E621206F120f92337";
    private static final String SESSION_KEY = "8356d1e28349e2c8d1e7b3b85d7fa2913ad0c6961a39a5227c943839898870da";
    private static final EthAddress ANYONE = EthAddress.parseAnyCase("user", "0x" + "ab".repeat(20));

    private static Map<String, AuthSig> sample() {
        Map<String, AuthSig> byNode = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> node : SiweVectors.file("datil-session-sigs-sample.json")
                .getAsJsonObject()
                .entrySet()) {
            JsonObject sig = node.getValue().getAsJsonObject();
            byNode.put(
                    node.getKey(),
                    new AuthSig(
                            sig.get("sig").getAsString(),
                            sig.get("derivedVia").getAsString(),
                            sig.get("signedMessage").getAsString(),
                            sig.get("address").getAsString(),
                            sig.get("algo").getAsString()));
        }
        return byNode;
    }

    private static SessionSigVerifier verifierFor(String nodeUrl) {
        return SessionSigVerifier.builder(NodeAddress.fromUrl(nodeUrl), VerificationMode.NODE_FAITHFUL)
                .networkKey(OTHER_NETWORK_KEY)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @Test
    void everyNodesEd25519SignatureVerifies() {
        Map<String, AuthSig> sample = sample();
        assertEquals(9, sample.size());
        for (Map.Entry<String, AuthSig> node : sample.entrySet()) {
            SessionSig.of("sessionSigs[" + node.getKey() + "]", node.getValue()).verifySignature();
            assertEquals(SESSION_KEY, node.getValue().address());
        }
    }

    @Test
    void eachNodeFindsItsOwnAddressAndGetsAsFarAsTheCapabilities() {
        for (Map.Entry<String, AuthSig> node : sample().entrySet()) {
            SessionSigVerification result =
                    verifierFor(node.getKey()).verify(node.getValue(), PKP_ANY, LitAbility.PKP_SIGNING);
            assertEquals(Optional.of(SessionSigErrorCode.SIWE_CAPABILITY_INVALID), result.nodeError(), node.getKey());
            assertEquals(node.getKey(), result.signedMessage().orElseThrow().nodeAddress());
            assertEquals(2, result.capabilities().size());
            assertTrue(
                    result.findings().stream()
                            .allMatch(finding -> finding.capabilityIndex().isPresent()),
                    result.describe());
        }
    }

    @Test
    void eachNodeRefusesTheSessionSigMeantForTheNextOne() {
        List<Map.Entry<String, AuthSig>> nodes = List.copyOf(sample().entrySet());
        for (int i = 0; i < nodes.size(); i++) {
            String self = nodes.get(i).getKey();
            String other = nodes.get((i + 1) % nodes.size()).getKey();
            SessionSigVerification result = verifierFor(self)
                    .verify(nodes.get((i + 1) % nodes.size()).getValue(), PKP_ANY, LitAbility.PKP_SIGNING);
            SessionSigVerifierTest.assertRefused(
                    result,
                    SessionSigErrorCode.NOT_AUTHORIZED,
                    VerificationRule.NODE_ADDRESS,
                    "nodeAddress \"" + other + "\" (compared as \""
                            + other.substring("https://".length()) + "\") does not match this node's address \""
                            + self.substring("https://".length()) + "\"");
        }
    }

    @Test
    void theDelegationIsSkippedByItsUriAndThePkpCapabilityFailsUnderAWrongKey() {
        String url = "https://51.255.59.58:443";
        SessionSigVerification result = verifierFor(url).verify(sample().get(url), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(
                List.of(
                        new Finding(
                                VerificationRule.CAPABILITY_URI,
                                "capability 0 (web3.eth.personal.sign " + OWNER + ")",
                                OptionalInt.of(0),
                                "its SIWE URI is \"lit:capability:delegation\", not \"lit:session:" + SESSION_KEY
                                        + "\" (the session pubkey in the auth sig is not signed in the SIWE message)"),
                        new Finding(
                                VerificationRule.CAPABILITY_SIGNATURE,
                                "capability 1 (lit.bls " + PKP + ")",
                                OptionalInt.of(1),
                                "its BLS signature does not verify against the network key "
                                        + OTHER_NETWORK_KEY.hex()
                                        + " over the re-rendered SIWE (BLS signature of session key via SIWE"
                                        + " is not valid)")),
                result.findings());
        assertEquals(
                List.of(
                        VerificationRule.CAPABILITY_SIWE,
                        VerificationRule.CAPABILITY_KIND,
                        VerificationRule.CAPABILITY_TIME,
                        VerificationRule.CAPABILITY_SIGNATURE),
                result.capabilities().get(0).passed(),
                "the owner's EIP-191 signature is real");
        assertEquals(
                List.of(
                        VerificationRule.CAPABILITY_SIWE,
                        VerificationRule.CAPABILITY_KIND,
                        VerificationRule.CAPABILITY_TIME),
                result.capabilities().get(1).passed());
    }

    @Test
    void withoutANetworkKeyThePkpCapabilityCannotBeChecked() {
        String url = "https://51.255.59.58:443";
        SessionSigVerifier noKey = SessionSigVerifier.builder(NodeAddress.fromUrl(url), VerificationMode.NODE_FAITHFUL)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        assertEquals(Optional.empty(), noKey.networkKey());
        SessionSigVerification result = noKey.verify(sample().get(url), PKP_ANY, LitAbility.PKP_SIGNING);
        assertEquals(
                "no network BLS key is configured, so its lit.bls signature cannot be checked",
                result.findings().get(1).reason());
    }

    @Test
    void readsTheCapacityDelegation() {
        String url = "https://173.208.48.215:443";
        SessionSigVerification result = verifierFor(url)
                .verifyWithCapacityDelegation(sample().get(url), PKP_ANY, LitAbility.PKP_SIGNING, ANYONE);
        CapacityDelegationCheck delegation = result.capacityDelegation().orElseThrow();
        // token 25364, no delegate_to (anyone), no uses (unlimited)
        assertEquals(
                List.of(new CapacityDelegationGrant(
                        0,
                        OWNER,
                        "lit-ratelimitincrease://25364",
                        Optional.of(List.of("25364")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("2024-10-23T13:48:13.380Z"))),
                delegation.grants());
        assertTrue(delegation.grants().get(0).delegatesTo(ANYONE));
        // Datil wants every capability valid, and the PKP one fails under this key
        assertFalse(delegation.authorized());
        assertEquals(
                List.of(VerificationRule.DELEGATION_CAPABILITIES_VALID),
                delegation.problems().stream().map(Finding::rule).toList());
        assertEquals(OptionalInt.of(1), delegation.problems().get(0).capabilityIndex());
        assertTrue(
                result.describe()
                        .contains("capacity delegation for " + ANYONE + ": NOT AUTHORIZED\n"
                                + "  - capability 0 delegates lit-ratelimitincrease://25364 of " + OWNER
                                + ": NFTs 25364; delegatees"
                                + " anyone; uses unlimited; expires 2024-10-23T13:48:13.380Z\n"),
                result.describe());
    }

    @Test
    void theSessionIsOverAfterItsExpiration() {
        String url = "https://51.255.59.58:443";
        SessionSigVerifier later = SessionSigVerifier.builder(NodeAddress.fromUrl(url), VerificationMode.NODE_FAITHFUL)
                .clock(Clock.fixed(Instant.parse("2024-10-17T13:49:17Z"), ZoneOffset.UTC))
                .build();
        assertEquals(
                Optional.of(SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE),
                later.verify(sample().get(url), PKP_ANY, LitAbility.PKP_SIGNING).nodeError());
    }
}
