package dev.lit4j.domain;

/**
 * A signature that is well formed but must not be accepted: it does not verify, it recovers to
 * someone else, or it is in a form a Lit node rejects (a high-s ECDSA signature, a non-canonical or
 * small-order Ed25519 signature).
 *
 * <p>{@link #field()} names the signature; the message says why it was refused.
 */
public class InvalidSignatureException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the name of the signature field, e.g. {@code "authSig.sig"}
     * @param problem why the signature was refused
     */
    public InvalidSignatureException(String field, String problem) {
        super(field, problem);
    }
}
