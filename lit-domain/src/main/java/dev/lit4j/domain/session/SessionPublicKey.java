package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.Locale;

/**
 * The public half of a session key: 32 Ed25519 bytes, held as 64 lowercase hex digits.
 *
 * @param hex 64 lowercase hex digits, no {@code 0x}
 */
public record SessionPublicKey(String hex) {

    /** The scheme of a session key URI: {@code lit:session:}. */
    public static final String URI_PREFIX = "lit:session:";

    public SessionPublicKey {
        Hex.decode("sessionKey.publicKey", hex, 32);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("sessionKey.publicKey", "must be lowercase hex, got \"" + hex + "\"");
        }
    }

    /** Parses 64 hex digits in any case. */
    public static SessionPublicKey parse(String field, String text) {
        return new SessionPublicKey(Hex.encode(Hex.decode(field, text, 32)));
    }

    /**
     * Parses a session key URI {@code lit:session:<64 hex>}.
     *
     * @throws InvalidInputException naming {@code field} when the scheme or the key is wrong
     */
    public static SessionPublicKey fromUri(String field, String uri) {
        InvalidInputException.requireNonNull(field, uri);
        if (!uri.startsWith(URI_PREFIX)) {
            throw new InvalidInputException(
                    field, "expected a session key URI \"" + URI_PREFIX + "<64 hex>\", got \"" + uri + "\"");
        }
        return parse(field, uri.substring(URI_PREFIX.length()));
    }

    /** The 32 key bytes. */
    public byte[] bytes() {
        return Hex.decode("sessionKey.publicKey", hex);
    }

    /**
     * True if the 32 bytes decode to a point of the Ed25519 curve, as ed25519-dalek requires before it
     * verifies anything (a Lit node answers {@code NodeAuthSigSessionKeyConversionError} otherwise). A
     * point may still be refused when verifying: small-order and mixed-order keys are.
     */
    public boolean isCurvePoint() {
        return StrictEd25519.decompresses(bytes());
    }

    /** The session key URI, {@code lit:session:<hex>}: the SIWE URI of every AuthSig that delegates to it. */
    public String uri() {
        return URI_PREFIX + hex;
    }

    @Override
    public String toString() {
        return hex;
    }
}
