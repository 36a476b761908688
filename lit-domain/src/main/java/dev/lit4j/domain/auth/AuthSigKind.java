package dev.lit4j.domain.auth;

/** How a Lit node classifies an {@link AuthSig} (node spec §1). */
public enum AuthSigKind {
    /** A per-node Ed25519 session signature ({@code litSessionSignViaNacl} + {@code ed25519}). */
    SESSION,
    /** An EIP-191 personal-sign signature by an Ethereum account: the default for anything else. */
    WALLET,
    /** A BLS signature by the Lit network ({@code lit.bls} + {@code LIT_BLS}). */
    BLS_NETWORK,
    /** An EIP-1271 contract-wallet signature. */
    CONTRACT
}
