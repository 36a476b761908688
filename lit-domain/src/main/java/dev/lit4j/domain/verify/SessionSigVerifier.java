package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.internal.U256Text;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Verifies one node's session sig the way a Datil or Naga Lit node does (node spec §2), and says why it fails.
 *
 * <p>The rules run in the node's order: the Ed25519 signature over the exact signed bytes (§2.1); the
 * signed message JSON (§2.2); the requested resource among {@code resourceAbilityRequests} (§2.3); the
 * time window in whole seconds with {@link SessionTimeLimits#CLOCK_GRACE} of grace and at most
 * {@link SessionTimeLimits#MAX_LIFETIME} (§2.4); {@code nodeAddress} (§2.5); and the capabilities (§2.6 – §2.8, §5), of which the first valid one is taken: a wallet
 * (EIP-191) signature or a {@code lit.bls} network signature over a SIWE message that binds the session
 * key and carries a ReCap granting the request. The session sig's own rules stop at the first failure;
 * for the capabilities, the result says why each one examined was rejected. In
 * {@link VerificationMode#STRICT} two gaps of the node are closed (§2.2, §2.10).
 * {@link #verifyWithCapacityDelegation} also checks a Capacity Credits delegation as Datil does (§2.11). Built
 * for {@link NodeProtocol#NAGA}, it also requires Naga's {@code maxPrice} (§2.2), and
 * {@link #verifyWithPaymentDelegation} checks a Naga payment delegation (§2.11).
 *
 * <p>A verifier is configured once and is immutable and thread-safe: a server can share one across its
 * request threads. With a {@link VerifiedSigCache}, the signature work done for a session sig and its
 * capabilities is remembered, so a client that sends the same session sig again is checked without
 * repeating it; the time, node and request rules are still applied every time.
 */
public final class SessionSigVerifier {
    private static final long MAX_VALIDITY_SECONDS = SessionTimeLimits.MAX_LIFETIME.toSeconds();
    // ed25519 2.x reads a signature from exactly 128 hex digits in one letter case
    private static final Pattern SIGNATURE_TEXT = Pattern.compile("[0-9a-f]{128}|[0-9A-F]{128}");
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-fA-F]*");
    private static final String SUBJECT = "session sig";

    private final NodeAddress nodeAddress;
    private final VerificationMode mode;
    private final NodeProtocol protocol;
    private final BlsPublicKey networkKey;
    private final Clock clock;
    private final VerifiedSigCache cache;
    private final CapabilityValidator capabilityValidator;
    private final CapacityDelegationReader delegationReader;
    private final PaymentDelegationReader paymentReader;

    private SessionSigVerifier(Builder builder) {
        this.nodeAddress = builder.nodeAddress;
        this.mode = builder.mode;
        this.protocol = builder.protocol;
        this.networkKey = builder.networkKey;
        this.clock = builder.clock;
        this.cache = builder.cache;
        this.capabilityValidator = new CapabilityValidator(mode, networkKey, cache);
        this.delegationReader = new CapacityDelegationReader(capabilityValidator);
        this.paymentReader = new PaymentDelegationReader(capabilityValidator);
    }

    /**
     * A builder for a verifier that acts as the node at {@code nodeAddress}.
     *
     * @param mode {@link VerificationMode#NODE_FAITHFUL} to decide exactly as a node,
     *     {@link VerificationMode#STRICT} to also close the node's gaps
     */
    public static Builder builder(NodeAddress nodeAddress, VerificationMode mode) {
        return new Builder(nodeAddress, mode);
    }

    /** This node's address, which session sigs must name. */
    public NodeAddress nodeAddress() {
        return nodeAddress;
    }

    /** The mode this verifier runs in. */
    public VerificationMode mode() {
        return mode;
    }

    /** The node this verifier acts as. */
    public NodeProtocol protocol() {
        return protocol;
    }

    /** The network BLS key {@code lit.bls} capabilities are checked against, if one is configured. */
    public Optional<BlsPublicKey> networkKey() {
        return Optional.ofNullable(networkKey);
    }

    /**
     * Verifies {@code sessionSig} for {@code ability} on {@code resource}, as an endpoint of this node
     * that serves that pair would (node spec §2.9: e.g. {@code pkp-signing} on
     * {@code lit-pkp://<token id>}).
     *
     * @param sessionSig the session sig exactly as received; its {@code address} and {@code sig} are read
     *     with the node's text rules, which allow what {@link SessionSig} does not ({@code 0x}, upper case)
     * @return the verdict with every failed rule; never null, and no exception for a bad session sig
     * @throws InvalidInputException if an argument is null or {@code ability} does not apply to
     *     {@code resource} (a caller error, not a property of the session sig)
     */
    public SessionSigVerification verify(AuthSig sessionSig, LitResource resource, LitAbility ability) {
        return run(sessionSig, resource, ability, null, null);
    }

    /** {@link #verify(AuthSig, LitResource, LitAbility)} for a session sig already read as a {@link SessionSig}. */
    public SessionSigVerification verify(SessionSig sessionSig, LitResource resource, LitAbility ability) {
        InvalidInputException.requireNonNull("sessionSig", sessionSig);
        return run(sessionSig.authSig(), resource, ability, null, null);
    }

    /**
     * {@link #verify(AuthSig, LitResource, LitAbility)}, and also whether the capabilities let {@code user}
     * spend someone's Capacity Credits (node spec §2.11, Datil): every capability valid, and a
     * {@code lit-ratelimitincrease} delegation naming {@code user}. The result is valid only if both hold;
     * {@link SessionSigVerification#capacityDelegation()} lists the delegations found. The delegation is
     * read whenever the session sig's signature and message are sound, even if a later session-sig rule
     * fails (a node would stop before), so that a report can show it.
     */
    public SessionSigVerification verifyWithCapacityDelegation(
            AuthSig sessionSig, LitResource resource, LitAbility ability, EthAddress user) {
        InvalidInputException.requireNonNull("user", user);
        return run(sessionSig, resource, ability, user, null);
    }

    /**
     * {@link #verify(AuthSig, LitResource, LitAbility)} on a Naga verifier, and also whether a payment delegation
     * among the capabilities pays for {@code user}'s request (node spec §2.11, Naga): a valid capability whose
     * {@code lit-paymentdelegation} delegation names {@code user} and {@code scope}, with a {@code max_price} at
     * least the session's {@code maxPrice}. The result is valid only if both hold;
     * {@link SessionSigVerification#paymentDelegation()} lists the delegations found. The ledger balance and
     * the on-chain payer database are not checked (a node consults them).
     *
     * @throws InvalidInputException if an argument is null or this verifier is not for {@link NodeProtocol#NAGA}
     */
    public SessionSigVerification verifyWithPaymentDelegation(
            AuthSig sessionSig,
            LitResource resource,
            LitAbility ability,
            EthAddress user,
            PaymentDelegationScope scope) {
        InvalidInputException.requireNonNull("user", user);
        InvalidInputException.requireNonNull("scope", scope);
        if (protocol != NodeProtocol.NAGA) {
            throw new InvalidInputException(
                    "protocol",
                    "payment delegation is a Naga rule; build the verifier with" + " protocol(NodeProtocol.NAGA)");
        }
        return run(sessionSig, resource, ability, null, new PaymentRequest(user, scope));
    }

    /** Who asks a payment delegation to pay, and for which endpoint. */
    private record PaymentRequest(EthAddress user, PaymentDelegationScope scope) {}

    private SessionSigVerification run(
            AuthSig sessionSig,
            LitResource resource,
            LitAbility ability,
            EthAddress delegationUser,
            PaymentRequest payment) {
        InvalidInputException.requireNonNull("sessionSig", sessionSig);
        InvalidInputException.requireNonNull("resource", resource);
        InvalidInputException.requireNonNull("ability", ability);
        ability.requireValidOn("ability", resource);
        Instant now = clock.instant();
        Report report = new Report(resource, ability);
        if (sessionSig.kind() != AuthSigKind.SESSION) {
            return report.fail(
                    VerificationRule.SESSION_SIG_KIND,
                    SessionSigErrorCode.INVALID_AUTH_SIG,
                    "it is not a session sig: derivedVia \"" + PrintableText.of(sessionSig.derivedVia()) + "\", algo "
                            + (sessionSig.algo() == null ? "absent" : "\"" + PrintableText.of(sessionSig.algo()) + "\"")
                            + "; a session sig has derivedVia \"" + AuthSig.DERIVED_VIA_SESSION + "\" and algo \""
                            + AuthSig.ALGO_SESSION + "\"");
        }
        SessionSigEvidence evidence = evidence(sessionSig, now);
        if (evidence.failedRule() != null) {
            return report.fail(evidence.failedRule(), evidence.errorCode(), evidence.reason());
        }
        SessionSignedMessage message = evidence.message();
        report.message = message;
        BigInteger maxPrice = null;
        if (protocol == NodeProtocol.NAGA) {
            try {
                maxPrice = U256Text.sessionMaxPrice("signedMessage.maxPrice", message.maxPrice());
            } catch (InvalidInputException e) {
                return report.fail(
                        VerificationRule.MAX_PRICE,
                        SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR,
                        "its signed message is not a Naga session-signed message: " + e.getMessage());
            }
        }
        if (mode == VerificationMode.STRICT && !message.sessionKey().equals(sessionSig.address())) {
            return report.fail(
                    VerificationRule.SESSION_KEY_BINDING,
                    SessionSigErrorCode.INVALID_AUTH_SIG,
                    "its signed message names session key \"" + PrintableText.of(message.sessionKey())
                            + "\", but it was"
                            + " signed by \"" + PrintableText.of(sessionSig.address())
                            + "\" (strict mode; a node does not"
                            + " compare them)");
        }
        if (delegationUser != null) {
            report.delegation = delegationReader.check(message.capabilities(), delegationUser, now);
        }
        if (payment != null) {
            report.payment =
                    paymentReader.check(message.capabilities(), payment.user(), payment.scope(), maxPrice, now);
        }
        if (message.resourceAbilityRequests().stream().noneMatch(entry -> entry.covers(resource))) {
            return report.fail(
                    VerificationRule.RESOURCE_REQUESTED,
                    SessionSigErrorCode.RESOURCE_ID_NOT_FOUND,
                    "no resourceAbilityRequests entry covers " + resource.key() + " (one needs resourcePrefix \""
                            + resource.prefix().wireName() + "\" and resource \"*\""
                            + (resource.isWildcard() ? "" : " or \"" + resource.id() + "\"") + "); the entries are: "
                            + describeEntries(message.resourceAbilityRequests()));
        }
        Optional<SessionSigVerification> timeFailure = checkTimes(report, evidence, now);
        if (timeFailure.isPresent()) {
            return timeFailure.get();
        }
        if (!nodeAddress.matches(message.nodeAddress())) {
            return report.fail(
                    VerificationRule.NODE_ADDRESS,
                    SessionSigErrorCode.NOT_AUTHORIZED,
                    "nodeAddress \""
                            + PrintableText.of(message.nodeAddress()) + "\" (compared as \""
                            + PrintableText.of(NodeAddress.normalise(message.nodeAddress()))
                            + "\") does not match this node's address \"" + nodeAddress + "\"");
        }
        if (message.capabilities().isEmpty()) {
            return report.fail(
                    VerificationRule.CAPABILITIES_PRESENT,
                    SessionSigErrorCode.SIWE_CAPABILITY_INVALID,
                    "capabilities is empty (Empty capabilities array.); a wallet or lit.bls AuthSig must delegate to"
                            + " the session key");
        }
        for (int i = 0; i < message.capabilities().size(); i++) {
            CapabilityCheck check = capabilityValidator.forSession(
                    i, message.capabilities().get(i), sessionSig.address(), resource, ability, now);
            report.capabilities.add(check);
            if (check.isAccepted()) {
                return report.result(null);
            }
            report.findings.add(check.failure().orElseThrow());
        }
        return report.result(SessionSigErrorCode.SIWE_CAPABILITY_INVALID);
    }

    private SessionSigEvidence evidence(AuthSig sessionSig, Instant now) {
        SessionSigKey key = new SessionSigKey(sessionSig);
        SessionSigEvidence evidence = cache == null ? null : cache.get(key, now, SessionSigEvidence.class);
        if (evidence == null) {
            evidence = checkSignatureAndMessage(sessionSig);
            if (cache != null) {
                cache.put(key, evidence, now);
            }
        }
        return evidence;
    }

    // §2.1 and §2.2: nothing here depends on the time or the request
    private static SessionSigEvidence checkSignatureAndMessage(AuthSig sessionSig) {
        // lit-core hex_to_bytes: an optional 0x, and a leading 0 added to an odd number of digits
        String address = sessionSig.address();
        String digits = address.startsWith("0x") ? address.substring(2) : address;
        if (!HEX_DIGITS.matcher(digits).matches()) {
            return SessionSigEvidence.failed(
                    VerificationRule.SESSION_KEY_ADDRESS,
                    SessionSigErrorCode.AUTH_SIG_ADDRESS_CONVERSION_ERROR,
                    "address \"" + PrintableText.of(address) + "\" is not hex");
        }
        byte[] key = Hex.decode("sessionSig.address", digits.length() % 2 == 0 ? digits : "0" + digits);
        if (key.length != 32) {
            return SessionSigEvidence.failed(
                    VerificationRule.SESSION_KEY_ADDRESS,
                    SessionSigErrorCode.AUTH_SIG_SESSION_KEY_CONVERSION_ERROR,
                    "address \"" + PrintableText.of(address) + "\" is " + key.length
                            + " bytes; an Ed25519 public key is 32");
        }
        SessionPublicKey sessionKey = new SessionPublicKey(Hex.encode(key));
        String sig = sessionSig.sig();
        if (!SIGNATURE_TEXT.matcher(sig).matches()) {
            return notACurvePoint(sessionKey)
                    .orElseGet(() -> SessionSigEvidence.failed(
                            VerificationRule.SESSION_SIGNATURE_FORMAT,
                            SessionSigErrorCode.AUTH_SIG_SIGNATURE_CONVERSION_ERROR,
                            "sig must be exactly 128 hex digits without 0x, all lower-case or all upper-case; got "
                                    + sig.length() + " characters starting \""
                                    + PrintableText.of(sig.substring(0, Math.min(sig.length(), 16))) + "\""));
        }
        try {
            SessionSig.verifySignature("sig", sessionKey, sessionSig.signedMessage(), Hex.decode("sig", sig));
        } catch (InvalidInputException e) {
            return notACurvePoint(sessionKey)
                    .orElseGet(() -> SessionSigEvidence.failed(
                            VerificationRule.SESSION_SIGNATURE,
                            SessionSigErrorCode.INVALID_AUTH_SIG_SESSION_KEY_SIGNATURE,
                            e.getMessage()));
        }
        try {
            return SessionSigEvidence.of(SessionSignedMessage.parse(sessionSig.signedMessage()));
        } catch (InvalidInputException e) {
            return SessionSigEvidence.failed(
                    VerificationRule.SIGNED_MESSAGE_JSON,
                    SessionSigErrorCode.AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR,
                    "its signed message is not a session-signed message: " + e.getMessage());
        }
    }

    // A node converts the key before it reads the signature; only a failure makes the order visible, so
    // the (costly) point check runs only then.
    private static Optional<SessionSigEvidence> notACurvePoint(SessionPublicKey sessionKey) {
        if (sessionKey.isCurvePoint()) {
            return Optional.empty();
        }
        return Optional.of(SessionSigEvidence.failed(
                VerificationRule.SESSION_KEY_ADDRESS,
                SessionSigErrorCode.AUTH_SIG_SESSION_KEY_CONVERSION_ERROR,
                "address " + sessionKey.hex() + " is not the encoding of an Ed25519 curve point"));
    }

    // §2.4, in whole seconds
    private static Optional<SessionSigVerification> checkTimes(
            Report report, SessionSigEvidence evidence, Instant now) {
        SessionSignedMessage message = evidence.message();
        long nowSeconds = now.getEpochSecond();
        if (evidence.issuedAt() == null) {
            return Optional.of(report.fail(
                    VerificationRule.ISSUED_AT, SessionSigErrorCode.PARSER_ERROR, evidence.issuedAtProblem()));
        }
        long issuedAt = evidence.issuedAt().getEpochSecond();
        if (issuedAt > nowSeconds + SessionSigEvidence.GRACE_SECONDS) {
            return Optional.of(report.fail(
                    VerificationRule.ISSUED_AT,
                    SessionSigErrorCode.IAT_OUTSIDE_GRACE_PERIOD,
                    "issuedAt " + message.issuedAt() + " is " + (issuedAt - nowSeconds) + " s after now (" + now
                            + "); at most " + SessionSigEvidence.GRACE_SECONDS + " s are allowed"));
        }
        if (evidence.expiration() == null) {
            return Optional.of(report.fail(
                    VerificationRule.EXPIRATION, SessionSigErrorCode.PARSER_ERROR, evidence.expirationProblem()));
        }
        long expiration = evidence.expiration().getEpochSecond();
        if (expiration < issuedAt) {
            return Optional.of(report.fail(
                    VerificationRule.EXPIRATION,
                    SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE,
                    "expiration " + message.expiration() + " is before issuedAt " + message.issuedAt()));
        }
        if (expiration < nowSeconds - SessionSigEvidence.GRACE_SECONDS) {
            return Optional.of(report.fail(
                    VerificationRule.EXPIRATION,
                    SessionSigErrorCode.EXP_WRONG_OR_TOO_LARGE,
                    "the session expired at " + message.expiration() + ", " + (nowSeconds - expiration)
                            + " s before now (" + now + "); at most " + SessionSigEvidence.GRACE_SECONDS
                            + " s of grace are allowed"));
        }
        if (expiration > issuedAt + MAX_VALIDITY_SECONDS) {
            return Optional.of(report.fail(
                    VerificationRule.MAX_VALIDITY,
                    SessionSigErrorCode.SIWE_MESSAGE_ERROR,
                    "expiration " + message.expiration() + " is " + (expiration - issuedAt) + " s after issuedAt "
                            + message.issuedAt() + "; at most " + SessionTimeLimits.maxLifetimeText() + " ("
                            + MAX_VALIDITY_SECONDS + " s) are allowed"));
        }
        return Optional.empty();
    }

    private static String describeEntries(List<SessionSignedMessage.ResourceAbilityEntry> entries) {
        return entries.isEmpty()
                ? "none"
                : entries.stream()
                        .map(entry -> PrintableText.of(entry.toString()))
                        .collect(Collectors.joining(", "));
    }

    /** A session sig's cache key: the exact AuthSig. */
    private record SessionSigKey(AuthSig sessionSig) {}

    /** What one verification found so far. */
    private final class Report {
        private final LitResource resource;
        private final LitAbility ability;
        private final List<Finding> findings = new ArrayList<>();
        private final List<CapabilityCheck> capabilities = new ArrayList<>();
        private SessionSignedMessage message;
        private CapacityDelegationCheck delegation;
        private PaymentDelegationCheck payment;

        Report(LitResource resource, LitAbility ability) {
            this.resource = resource;
            this.ability = ability;
        }

        SessionSigVerification fail(VerificationRule rule, SessionSigErrorCode code, String reason) {
            findings.add(new Finding(rule, SUBJECT, OptionalInt.empty(), reason));
            return result(code);
        }

        SessionSigVerification result(SessionSigErrorCode code) {
            List<Finding> all = new ArrayList<>(findings);
            if (delegation != null) {
                all.addAll(delegation.problems());
            }
            if (payment != null) {
                all.addAll(payment.problems());
            }
            boolean valid = code == null
                    && (delegation == null || delegation.authorized())
                    && (payment == null || payment.authorized());
            return new SessionSigVerification(
                    valid,
                    mode,
                    resource,
                    ability,
                    Optional.ofNullable(code),
                    all,
                    capabilities,
                    Optional.ofNullable(message),
                    Optional.ofNullable(delegation),
                    Optional.ofNullable(payment));
        }
    }

    /** Configures a {@link SessionSigVerifier}. Not thread-safe; the verifier it builds is. */
    public static final class Builder {
        private final NodeAddress nodeAddress;
        private final VerificationMode mode;
        private NodeProtocol protocol = NodeProtocol.DATIL;
        private BlsPublicKey networkKey;
        private Clock clock = Clock.systemUTC();
        private VerifiedSigCache cache;

        private Builder(NodeAddress nodeAddress, VerificationMode mode) {
            this.nodeAddress = InvalidInputException.requireNonNull("nodeAddress", nodeAddress);
            this.mode = InvalidInputException.requireNonNull("mode", mode);
        }

        /**
         * The network BLS root key ({@code networkPublicKey} of the handshake) that {@code lit.bls}
         * capabilities must verify under. Without one, every {@code lit.bls} capability is rejected.
         */
        public Builder networkKey(BlsPublicKey key) {
            this.networkKey = InvalidInputException.requireNonNull("networkKey", key);
            return this;
        }

        /** The node to act as; default {@link NodeProtocol#DATIL}. */
        public Builder protocol(NodeProtocol newProtocol) {
            this.protocol = InvalidInputException.requireNonNull("protocol", newProtocol);
            return this;
        }

        /** The clock that says what "now" is; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock newClock) {
            this.clock = InvalidInputException.requireNonNull("clock", newClock);
            return this;
        }

        /** Where to remember signature checks; none by default. One cache may serve several verifiers. */
        public Builder cache(VerifiedSigCache newCache) {
            this.cache = InvalidInputException.requireNonNull("cache", newCache);
            return this;
        }

        /** The verifier. */
        public SessionSigVerifier build() {
            return new SessionSigVerifier(this);
        }
    }
}
