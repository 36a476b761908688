package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.bls.BlsSignatureShare;

/** One node's valid BLS signature share, with what it signed, as {@link ShareQuorum} combines them. */
public interface SignedShare {

    /** The node that gave the share. */
    String nodeUrl();

    /** The share; its identifier is the node's {@code shareIndex + 1}. */
    BlsSignatureShare share();

    /** What was signed, as text: shares are combined only with shares of the same text. */
    String signedText();

    /** The exact bytes the combined signature must verify over. */
    byte[] signedBytes();
}
