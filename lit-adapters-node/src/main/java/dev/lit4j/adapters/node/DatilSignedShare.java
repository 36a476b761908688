package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.SignedShare;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsSignatureShare;

/** A Datil node's share: its identifier is the node's {@code shareIndex + 1} (client spec §7.7). */
interface DatilSignedShare extends SignedShare {

    /** The share as the node sent it. */
    BlsSignatureShare share();

    @Override
    default BlsIdentifiedShare identifiedShare() {
        return BlsIdentifiedShare.of(share());
    }

    @Override
    default String shareLabel() {
        return "share index " + share().shareIndex();
    }
}
