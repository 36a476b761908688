package dev.lit4j.domain.verify;

/** How closely a {@link SessionSigVerifier} follows a Lit node. */
public enum VerificationMode {
    /**
     * Exactly the node's rules (node spec §2.1 – §2.8): a session sig is accepted here when, and only
     * when, a Datil node would accept it.
     */
    NODE_FAITHFUL,
    /**
     * The node's rules plus checks that close gaps a node leaves open (node spec §2.2, §2.10): the
     * signed message's {@code sessionKey} must be the session sig's {@code address}, each capability's
     * {@code address} must be the signer of its SIWE message, and each capability's {@code Issued At}
     * may be at most {@link dev.lit4j.domain.session.internal.SessionTimeLimits#CLOCK_GRACE} after now (the rule
     * the session issuer applies to the AuthSigs it uses). Use it to accept session sigs from your own
     * clients.
     */
    STRICT
}
