package dev.lit4j.domain.verify;

/** Which Lit node a {@link SessionSigVerifier} acts as: the rules differ only in {@code maxPrice} (node spec §2.2). */
public enum NodeProtocol {
    /** A Datil node (JS SDK 7): a {@code maxPrice} key is ignored. */
    DATIL,
    /**
     * A Naga node (lit-peer, JS SDK 8): {@code maxPrice} is required, a string of hex after {@code 0x} or of
     * decimal digits; a JSON number is refused.
     */
    NAGA
}
