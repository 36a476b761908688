package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.bls.BlsIdentifiedShare;

/** One node's valid BLS signature share, with what it signed, as {@link ShareQuorum} combines them. */
public interface SignedShare {

    /** The node that gave the share. */
    String nodeUrl();

    /** The share with its identifier: on Datil the node's {@code shareIndex + 1}, on Naga the Fr scalar of its peer id. */
    BlsIdentifiedShare identifiedShare();

    /** The identifier as a message names it, e.g. {@code share index 2}. */
    String shareLabel();

    /** What was signed, as text: shares are combined only with shares of the same text. */
    String signedText();

    /** The exact bytes the combined signature must verify over. */
    byte[] signedBytes();
}
