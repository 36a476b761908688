package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.Hex;

/**
 * An ECDSA secp256k1 signature by a PKP, low-s normalised.
 *
 * @param r 64 lowercase hex digits
 * @param s 64 lowercase hex digits
 * @param recoveryId 0 or 1
 */
public record PkpSignature(String r, String s, int recoveryId) {

    public PkpSignature {
        Hex.decode("signature.r", r, 32);
        Hex.decode("signature.s", s, 32);
        if (recoveryId != 0 && recoveryId != 1) {
            throw new InvalidInputException("signature.recoveryId", "must be 0 or 1, got " + recoveryId);
        }
    }

    /** The Ethereum {@code v}: 27 + recovery id. */
    public int v() {
        return 27 + recoveryId;
    }
}
