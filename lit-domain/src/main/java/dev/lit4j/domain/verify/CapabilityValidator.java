package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import dev.lit4j.domain.siwe.SiweMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Checks one capability of a session sig as a node does: in the session-sig capability walk (node spec
 * §2.6 – §2.8, §5) and, for capacity delegation, in the Datil rate-limit path (§2.11). Immutable and
 * thread-safe when its cache is.
 */
final class CapabilityValidator {
    private final VerificationMode mode;
    private final @Nullable BlsPublicKey networkKey;
    private final @Nullable VerifiedSigCache cache;

    /**
     * @param networkKey the network BLS root key, or null to reject every {@code lit.bls} capability
     * @param cache where to remember checked capabilities, or null
     */
    CapabilityValidator(VerificationMode mode, @Nullable BlsPublicKey networkKey, @Nullable VerifiedSigCache cache) {
        this.mode = mode;
        this.networkKey = networkKey;
        this.cache = cache;
    }

    /**
     * The capability at {@code index} checked for the session sig whose {@code address} is
     * {@code sessionSigAddress}: SIWE, kind, time, signature, (strict mode) address, URI, ReCap statement
     * and grant, stopping at the first failure.
     */
    CapabilityCheck forSession(
            int index,
            AuthSig capability,
            String sessionSigAddress,
            LitResource resource,
            LitAbility ability,
            Instant now) {
        Walk walk = new Walk(index, capability);
        CapabilityEvidence evidence = signatureEvidence(walk, now);
        if (evidence == null) {
            return walk.result();
        }
        if (mode == VerificationMode.STRICT
                && !walk.addressIsSigner(
                        evidence.siwe(),
                        VerificationRule.CAPABILITY_ADDRESS,
                        " (strict mode; a node takes the address unchecked)")) {
            return walk.result();
        }
        String expectedUri = SessionPublicKey.URI_PREFIX + sessionSigAddress;
        if (!evidence.siwe().uri().equals(expectedUri)) {
            return walk.fail(
                    VerificationRule.CAPABILITY_URI,
                    "its SIWE URI is \"" + PrintableText.of(evidence.siwe().uri())
                            + "\", not \""
                            + expectedUri
                            + "\" (the session pubkey in the auth sig is not signed in the SIWE message)");
        }
        walk.pass(VerificationRule.CAPABILITY_URI);
        if (evidence.recaps().statementProblem() != null) {
            return walk.fail(
                    VerificationRule.CAPABILITY_RECAP_STATEMENT,
                    evidence.recaps().statementProblem());
        }
        walk.pass(VerificationRule.CAPABILITY_RECAP_STATEMENT);
        Optional<String> grantProblem = evidence.recaps().grantProblem(resource, ability);
        if (grantProblem.isPresent()) {
            return walk.fail(VerificationRule.CAPABILITY_RECAP_GRANT, grantProblem.get());
        }
        walk.pass(VerificationRule.CAPABILITY_RECAP_GRANT);
        return walk.result();
    }

    /** A capability checked for capacity delegation: the check and, when it passed, its evidence. */
    record DelegationView(CapabilityCheck check, CapabilityEvidence evidence) {}

    /**
     * The capability at {@code index} checked as Datil's rate-limit path does before it reads a capacity
     * delegation from it: SIWE, kind, time, signature and, for a wallet signature, its {@code address}
     * equal to its SIWE signer. There is no URI check.
     */
    DelegationView forDelegation(int index, AuthSig capability, Instant now) {
        Walk walk = new Walk(index, capability);
        CapabilityEvidence evidence = signatureEvidence(walk, now);
        if (evidence == null) {
            return new DelegationView(walk.result(), null);
        }
        if (capability.kind() == AuthSigKind.WALLET
                && !walk.addressIsSigner(evidence.siwe(), VerificationRule.CAPABILITY_ADDRESS, "")) {
            return new DelegationView(walk.result(), null);
        }
        return new DelegationView(walk.result(), evidence);
    }

    // SIWE, kind, time and signature, in the node's order; null (with the walk failed) at the first failure
    private CapabilityEvidence signatureEvidence(Walk walk, Instant now) {
        AuthSig capability = walk.capability;
        AuthSigKind kind = capability.kind();
        boolean supported = kind == AuthSigKind.WALLET || kind == AuthSigKind.BLS_NETWORK;
        CapabilityKey key = new CapabilityKey(capability, kind == AuthSigKind.BLS_NETWORK ? networkKey : null);
        CapabilityEvidence evidence = supported && cache != null ? cache.get(key, now, CapabilityEvidence.class) : null;
        SiweMessage siwe;
        if (evidence != null) {
            siwe = evidence.siwe();
        } else {
            try {
                siwe = SiweMessage.parse(capability.signedMessage());
            } catch (InvalidInputException e) {
                walk.fail(
                        VerificationRule.CAPABILITY_SIWE, "its signedMessage is not a SIWE message: " + e.getMessage());
                return null;
            }
        }
        walk.signer = siwe.address();
        walk.pass(VerificationRule.CAPABILITY_SIWE);
        if (!supported) {
            walk.fail(
                    VerificationRule.CAPABILITY_KIND,
                    "it is " + (kind == AuthSigKind.CONTRACT ? "an EIP-1271 contract signature" : "a session sig")
                            + " (derivedVia \"" + PrintableText.of(capability.derivedVia())
                            + "\"); only wallet (EIP-191) and lit.bls capabilities are supported");
            return null;
        }
        walk.pass(VerificationRule.CAPABILITY_KIND);
        Instant notBefore = evidence != null
                ? evidence.notBefore()
                : siwe.notBeforeInstant().orElse(null);
        Instant expiration = evidence != null
                ? evidence.expiration()
                : siwe.expirationTimeInstant().orElse(null);
        if (notBefore != null && !notBefore.isBefore(now)) {
            walk.fail(
                    VerificationRule.CAPABILITY_TIME,
                    "its SIWE is valid only after its Not Before " + siwe.notBefore() + "; now is " + now);
            return null;
        }
        if (expiration != null && expiration.isBefore(now)) {
            walk.fail(
                    VerificationRule.CAPABILITY_TIME,
                    "its SIWE expired at " + siwe.expirationTime() + "; now is " + now);
            return null;
        }
        Optional<String> issuedTooLate = mode == VerificationMode.STRICT
                ? SessionTimeLimits.issuedTooLate(siwe.issuedAtInstant(), siwe.issuedAt(), now)
                : Optional.empty();
        if (issuedTooLate.isPresent()) {
            walk.fail(
                    VerificationRule.CAPABILITY_TIME,
                    "its SIWE " + issuedTooLate.get()
                            + " (strict mode; a node does not check a capability's Issued At)");
            return null;
        }
        walk.pass(VerificationRule.CAPABILITY_TIME);
        if (evidence == null) {
            evidence = new CapabilityEvidence(
                    siwe,
                    notBefore,
                    expiration,
                    signatureProblem(walk.index, capability, siwe),
                    RecapAuthorization.of(siwe));
            if (cache != null) {
                cache.put(key, evidence, now);
            }
        }
        if (evidence.signatureProblem() != null) {
            walk.fail(VerificationRule.CAPABILITY_SIGNATURE, evidence.signatureProblem());
            return null;
        }
        walk.pass(VerificationRule.CAPABILITY_SIGNATURE);
        return evidence;
    }

    private String signatureProblem(int index, AuthSig capability, SiweMessage siwe) {
        String field = "capabilities[" + index + "].sig";
        // a node hashes the SIWE it re-renders from what it parsed, not the text it received
        String rendered = siwe.render();
        if (capability.kind() == AuthSigKind.WALLET) {
            try {
                PersonalSignatureVerifier.verify(field, rendered, capability.sig(), siwe.address());
                return null;
            } catch (InvalidInputException e) {
                return "its EIP-191 signature does not verify over the re-rendered SIWE: " + e.getMessage();
            }
        }
        if (networkKey == null) {
            return "no network BLS key is configured, so its lit.bls signature cannot be checked";
        }
        BlsSignature signature;
        try {
            signature = BlsSignature.fromProofOfPossessionJson(field, capability.sig());
        } catch (InvalidInputException e) {
            return "its lit.bls sig is not a BLS signature a node can read: " + e.getMessage();
        }
        LitSessionBlsMessage message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(rendered));
        if (!BlsPopScheme.verify(networkKey, message.bytes(), signature)) {
            return "its BLS signature does not verify against the network key " + networkKey.hex()
                    + " over the re-rendered SIWE (BLS signature of session key via SIWE is not valid)";
        }
        return null;
    }

    /** A capability's cache key: the exact AuthSig and, for a BLS one, the key that checked it. */
    private record CapabilityKey(AuthSig capability, BlsPublicKey networkKey) {}

    /** The rules one capability passed so far, and the one it failed. */
    private static final class Walk {
        private final int index;
        private final AuthSig capability;
        private final List<VerificationRule> passed = new ArrayList<>();
        private EthAddress signer;
        private Finding failure;

        Walk(int index, AuthSig capability) {
            this.index = index;
            this.capability = capability;
        }

        void pass(VerificationRule rule) {
            passed.add(rule);
        }

        CapabilityCheck fail(VerificationRule rule, String reason) {
            failure = new Finding(
                    rule,
                    CapabilityCheck.label(index, capability.derivedVia(), capability.address()),
                    OptionalInt.of(index),
                    reason);
            return result();
        }

        boolean addressIsSigner(SiweMessage siwe, VerificationRule rule, String note) {
            Optional<EthAddress> claimed = parseAddress(capability.address());
            if (claimed.isEmpty() || !claimed.get().equals(siwe.address())) {
                fail(
                        rule,
                        "its address \"" + PrintableText.of(capability.address()) + "\" is not the signer of its SIWE, "
                                + siwe.address() + note);
                return false;
            }
            pass(rule);
            return true;
        }

        CapabilityCheck result() {
            return new CapabilityCheck(
                    index,
                    capability.derivedVia(),
                    capability.kind(),
                    capability.address(),
                    Optional.ofNullable(signer),
                    passed,
                    Optional.ofNullable(failure));
        }

        private static Optional<EthAddress> parseAddress(String text) {
            try {
                return Optional.of(EthAddress.parseAnyCase("address", text));
            } catch (InvalidInputException e) {
                return Optional.empty();
            }
        }
    }
}
