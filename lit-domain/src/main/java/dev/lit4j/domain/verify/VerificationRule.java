package dev.lit4j.domain.verify;

import dev.lit4j.domain.session.internal.SessionTimeLimits;

/**
 * The rules a session sig must pass, in the order a node checks them, each with the section of the node
 * spec ({@code docs/spec/lit-node-protocol.md}) that states it. A {@link Finding} names the rule that failed.
 */
public enum VerificationRule {
    /** §1: the AuthSig is a session sig. */
    SESSION_SIG_KIND("§1", "the AuthSig is a session sig (derivedVia litSessionSignViaNacl, algo ed25519)"),
    /** §2.1: {@code address} is an Ed25519 public key. */
    SESSION_KEY_ADDRESS("§2.1", "address is a 32-byte Ed25519 public key in hex"),
    /** §2.1: {@code sig} has the node's signature text form. */
    SESSION_SIGNATURE_FORMAT("§2.1", "sig is 128 hex digits in one letter case"),
    /** §2.1: the Ed25519 signature verifies. */
    SESSION_SIGNATURE("§2.1", "the Ed25519 signature verifies strictly over the exact signedMessage bytes"),
    /** §2.2: the signed message is a session-signed message JSON. */
    SIGNED_MESSAGE_JSON("§2.2", "signedMessage is a session-signed message JSON"),
    /** §2.2, Naga only: {@code maxPrice} is a hex or decimal string of a U256. */
    MAX_PRICE("§2.2, Naga", "maxPrice is a string: 0x and hex digits, or decimal digits, of a U256"),
    /** §2.2, strict mode only: {@code sessionKey} is the session sig's {@code address}. */
    SESSION_KEY_BINDING("§2.2, strict mode", "sessionKey equals the session sig's address"),
    /** §2.3: an entry of {@code resourceAbilityRequests} covers the requested resource. */
    RESOURCE_REQUESTED("§2.3", "resourceAbilityRequests covers the requested resource"),
    /** §2.4: {@code issuedAt} parses and is at most {@link SessionTimeLimits#CLOCK_GRACE} in the future. */
    ISSUED_AT("§2.4", "issuedAt is an RFC 3339 time at most " + SessionTimeLimits.clockGraceText() + " in the future"),
    /** §2.4: {@code expiration} parses, is not before {@code issuedAt} and not more than {@link SessionTimeLimits#CLOCK_GRACE} past. */
    EXPIRATION(
            "§2.4",
            "expiration is an RFC 3339 time, not before issuedAt and not more than "
                    + SessionTimeLimits.clockGraceText() + " past"),
    /** §2.4: the session lasts at most {@link SessionTimeLimits#MAX_LIFETIME}. */
    MAX_VALIDITY("§2.4", "expiration is at most " + SessionTimeLimits.maxLifetimeText() + " after issuedAt"),
    /** §2.5: {@code nodeAddress} is this node. */
    NODE_ADDRESS("§2.5", "nodeAddress is this node's host:port"),
    /** §2.6: there is at least one capability. */
    CAPABILITIES_PRESENT("§2.6", "capabilities is not empty"),
    /** §2.7: the capability's signed message is a SIWE message. */
    CAPABILITY_SIWE("§2.7", "the capability's signedMessage is a SIWE message"),
    /** §2.6: the capability is a wallet or a {@code lit.bls} signature. */
    CAPABILITY_KIND("§2.6", "the capability is a wallet (EIP-191) or a lit.bls signature"),
    /** §2.6: the capability's SIWE is valid now. */
    CAPABILITY_TIME("§2.6", "the capability's SIWE is valid now (Not Before < now <= Expiration Time)"),
    /** §2.6, §5: the capability's signature verifies. */
    CAPABILITY_SIGNATURE(
            "§2.6, §5", "the capability's signature verifies (EIP-191 by the SIWE address, or BLS by the network key)"),
    /** §2.10, strict mode only: the capability's {@code address} is its SIWE signer. */
    CAPABILITY_ADDRESS("§2.10, strict mode", "the capability's address is the signer of its SIWE"),
    /** §2.6: the capability's SIWE URI is the session key's. */
    CAPABILITY_URI("§2.6", "the capability's SIWE URI is lit:session:<session sig address>"),
    /** §2.8: the SIWE statement ends with each ReCap's statement. */
    CAPABILITY_RECAP_STATEMENT("§2.8", "the SIWE statement ends with the statement of each ReCap"),
    /** §2.8: a ReCap grants the requested ability on the requested resource. */
    CAPABILITY_RECAP_GRANT("§2.8", "a ReCap grants the requested ability on the requested resource"),
    /** §2.11 (Datil): every capability is valid, with its address equal to its SIWE signer. */
    DELEGATION_CAPABILITIES_VALID(
            "§2.11", "every capability is valid (time, signature, address equal to the SIWE signer)"),
    /** §2.11 (Datil): a capacity delegation's restriction is well formed. */
    DELEGATION_RESTRICTION("§2.11", "a capacity delegation's nft_id, delegate_to and uses are well formed"),
    /** §2.11 (Datil): a capacity delegation covers the requesting address. */
    DELEGATION_GRANT("§2.11", "a capacity delegation (lit-ratelimitincrease, Auth/Auth) covers the requesting address"),
    /** §2.11 (Naga): a capability that fails validation carries no payment delegation. */
    PAYMENT_DELEGATION_CAPABILITY(
            "§2.11",
            "a payment delegation's capability is valid (time, signature, address" + " equal to the SIWE signer)"),
    /** §2.11 (Naga): a payment delegation's restriction is well formed. */
    PAYMENT_DELEGATION_RESTRICTION("§2.11", "a payment delegation's delegate_to, max_price and scopes are well formed"),
    /** §2.11 (Naga): a payment delegation covers the user, the endpoint's scope and the session's maxPrice. */
    PAYMENT_DELEGATION_GRANT(
            "§2.11",
            "a payment delegation (lit-paymentdelegation, Auth/Auth) names the user and"
                    + " the scope, with max_price at least the session's maxPrice");

    private final String section;
    private final String description;

    VerificationRule(String section, String description) {
        this.section = section;
        this.description = description;
    }

    /** True for the rules only {@link VerificationMode#STRICT} checks; a node does not. */
    public boolean isStrictOnly() {
        return this == SESSION_KEY_BINDING || this == CAPABILITY_ADDRESS;
    }

    /** Where the node spec states the rule, e.g. {@code §2.4}. */
    public String section() {
        return section;
    }

    /** The rule in words. */
    public String description() {
        return description;
    }
}
