package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One node's entry in a set of session sigs: an {@link AuthSig} in which the session key signs, with
 * Ed25519, the session-signed message meant for that node.
 *
 * <p>Its shape is fixed: {@code sig} is 128 lowercase hex digits (no {@code 0x}), {@code derivedVia}
 * is {@value AuthSig#DERIVED_VIA_SESSION}, {@code algo} is {@value AuthSig#ALGO_SESSION}, and
 * {@code address} is the session public key (64 lowercase hex digits). The {@code signedMessage} is
 * kept exactly as it was signed; it is never re-serialised.
 *
 * @param authSig the wire form
 */
public record SessionSig(AuthSig authSig) {
    private static final String FIELD = "sessionSig";

    public SessionSig {
        requireSessionShape(FIELD, authSig);
    }

    /**
     * Checks that {@code authSig} has the shape of a session sig, reporting errors under {@code field}
     * (e.g. {@code sessionSigs[https://1.2.3.4:443]}).
     *
     * @throws InvalidInputException naming {@code field} and the offending key
     */
    public static SessionSig of(String field, AuthSig authSig) {
        requireSessionShape(field, authSig);
        return new SessionSig(authSig);
    }

    /**
     * Signs the UTF-8 bytes of {@code signedMessage} with {@code sessionKey}, as the JS SDK does for
     * each node.
     */
    public static SessionSig sign(SessionKeyPair sessionKey, String signedMessage) {
        InvalidInputException.requireNonNull("sessionKey", sessionKey);
        InvalidInputException.requireNonNull(FIELD + ".signedMessage", signedMessage);
        byte[] sig = sessionKey.sign(signedMessage.getBytes(StandardCharsets.UTF_8));
        return new SessionSig(new AuthSig(
                Hex.encode(sig),
                AuthSig.DERIVED_VIA_SESSION,
                signedMessage,
                sessionKey.publicKey().hex(),
                AuthSig.ALGO_SESSION));
    }

    /** The session public key that signed (the {@code address}). */
    public SessionPublicKey sessionKey() {
        return new SessionPublicKey(authSig.address());
    }

    /** The exact text that was signed. */
    public String signedMessage() {
        return authSig.signedMessage();
    }

    /**
     * Verifies the Ed25519 signature over the exact UTF-8 bytes of {@link #signedMessage()}, as
     * strictly as a Lit node ({@code verify_strict}): a non-canonical {@code S}, a small-order
     * {@code R} or key, and a point outside the prime-order subgroup are refused.
     *
     * @throws InvalidSignatureException naming {@code sessionSig.sig}, with the reason, if it does not verify
     */
    public void verifySignature() {
        verifySignature(FIELD + ".sig", sessionKey(), signedMessage(), Hex.decode(FIELD + ".sig", authSig.sig()));
    }

    /**
     * Verifies an Ed25519 signature by {@code sessionKey} over the exact UTF-8 bytes of
     * {@code signedMessage}, as {@link #verifySignature()} does. For callers that read the key and the
     * signature from the wire themselves, with a node's more lenient text rules (a {@code 0x} prefix,
     * upper-case hex).
     *
     * @param field the name of the signature, for errors
     * @param signature the 64 bytes {@code R‖S}
     * @throws InvalidInputException naming {@code field} if the signature is not 64 bytes
     * @throws InvalidSignatureException naming {@code field}, with the reason, if it does not verify
     */
    public static void verifySignature(
            String field, SessionPublicKey sessionKey, String signedMessage, byte[] signature) {
        InvalidInputException.requireNonNull("sessionKey", sessionKey);
        InvalidInputException.requireNonNull(field, signature);
        InvalidInputException.requireNonNull("signedMessage", signedMessage);
        if (signature.length != 64) {
            throw new InvalidInputException(field, "expected 64 bytes (R‖S), got " + signature.length);
        }
        StrictEd25519.verify(field, sessionKey.bytes(), signedMessage.getBytes(StandardCharsets.UTF_8), signature);
    }

    private static void requireSessionShape(String field, AuthSig authSig) {
        InvalidInputException.requireNonNull(field, authSig);
        if (!AuthSig.DERIVED_VIA_SESSION.equals(authSig.derivedVia())) {
            throw new InvalidInputException(
                    field + ".derivedVia",
                    "expected \"" + AuthSig.DERIVED_VIA_SESSION + "\", got \"" + authSig.derivedVia() + "\"");
        }
        if (!AuthSig.ALGO_SESSION.equals(authSig.algo())) {
            throw new InvalidInputException(
                    field + ".algo",
                    "expected \"" + AuthSig.ALGO_SESSION + "\", got "
                            + (authSig.algo() == null ? "none" : "\"" + authSig.algo() + "\""));
        }
        requireLowercaseHex(field + ".sig", authSig.sig(), 64);
        requireLowercaseHex(field + ".address", authSig.address(), 32);
    }

    private static void requireLowercaseHex(String field, String text, int length) {
        Hex.decode(field, text, length);
        if (!text.equals(text.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "must be lowercase hex, got \"" + text + "\"");
        }
    }
}
