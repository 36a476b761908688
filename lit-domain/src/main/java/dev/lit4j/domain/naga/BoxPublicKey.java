package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.Locale;

/**
 * An X25519 public key of the Naga E2EE envelope (node spec §3.2): a node's {@code nodeIdentityKey} from the
 * handshake, or the {@code verification_key} of an envelope. 32 bytes, held as 64 lowercase hex digits.
 *
 * @param hex 64 lowercase hex digits, no {@code 0x}
 */
public record BoxPublicKey(String hex) {

    public BoxPublicKey {
        Hex.decode("boxPublicKey", hex, 32);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("boxPublicKey", "must be lowercase hex, got \"" + hex + "\"");
        }
    }

    /**
     * Parses 64 hex digits in either case, without {@code 0x}.
     *
     * @throws InvalidInputException naming {@code field} if the text is not 32 bytes of hex
     */
    public static BoxPublicKey parse(String field, String text) {
        return new BoxPublicKey(Hex.encode(Hex.decode(field, text, 32)));
    }

    /** The key of 32 raw bytes. */
    public static BoxPublicKey of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new InvalidInputException("boxPublicKey", "expected 32 bytes, got " + bytes.length);
        }
        return new BoxPublicKey(Hex.encode(bytes));
    }

    /** The 32 key bytes. */
    public byte[] bytes() {
        return Hex.decode("boxPublicKey", hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
