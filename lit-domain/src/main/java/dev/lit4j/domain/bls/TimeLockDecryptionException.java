package dev.lit4j.domain.bls;

import dev.lit4j.domain.LitException;

/**
 * A time-lock ciphertext did not decrypt with the key it was given: the ciphertext was altered, was
 * made for another identity or network key, or the decryption key (the network's signature over the
 * identity) is wrong. No part of the plaintext is ever returned in this case.
 */
public class TimeLockDecryptionException extends LitException {
    private static final long serialVersionUID = 1L;

    public TimeLockDecryptionException(String message) {
        super(message);
    }
}
