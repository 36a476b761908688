package dev.lit4j.domain.port;

import dev.lit4j.domain.LitException;

/**
 * A signer could not sign, or signed wrongly: the key store, HSM or remote signer failed, refused,
 * or returned a signature that is not by the key it claims. The message names the signer by its
 * public identity (an address), never by key material.
 */
public class SignerException extends LitException {
    private static final long serialVersionUID = 1L;

    public SignerException(String message) {
        super(message);
    }

    public SignerException(String message, Throwable cause) {
        super(message, cause);
    }
}
