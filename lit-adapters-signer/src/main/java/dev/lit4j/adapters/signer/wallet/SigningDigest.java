package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.InvalidInputException;

/**
 * The digest a wallet signer is asked to sign: exactly 32 bytes, copied so that neither the signer nor
 * the caller can change the other's array while a signature is made.
 */
final class SigningDigest {
    private static final int LENGTH = 32;

    private SigningDigest() {}

    /**
     * A copy of {@code digest}.
     *
     * @throws InvalidInputException if it is null or not 32 bytes; the signers here would otherwise
     *     sign a truncated or padded value without complaint
     */
    static byte[] copyOf(byte[] digest) {
        InvalidInputException.requireNonNull("digest", digest);
        if (digest.length != LENGTH) {
            throw new InvalidInputException("digest", "expected 32 bytes (an EIP-191 hash), got " + digest.length);
        }
        return digest.clone();
    }
}
