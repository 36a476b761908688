package dev.lit4j.domain.encryption;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * {@code dataToEncryptHash}: the SHA-256 of a plaintext, as 64 lowercase hex digits. It names the data in
 * the decryption resource and identity, so a ciphertext can be decrypted only with the hash it was made with.
 *
 * @param hex 64 lowercase hex digits, no {@code 0x}
 */
public record DataHash(String hex) {

    public DataHash {
        InvalidInputException.requireNonNull("dataToEncryptHash", hex);
        Hex.decode("dataToEncryptHash", hex, 32);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(
                    "dataToEncryptHash", "must be lowercase hex as the JS SDK writes it, got \"" + hex + "\"");
        }
    }

    /** The hash of {@code plaintext}. */
    public static DataHash of(byte[] plaintext) {
        InvalidInputException.requireNonNull("plaintext", plaintext);
        try {
            return new DataHash(Hex.encode(MessageDigest.getInstance("SHA-256").digest(plaintext)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
