package dev.lit4j.domain.bls.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The 32 bytes the Lit network BLS-signs for a PKP session: {@code sha256(utf8("lit_session:" +
 * lowercase_hex(eip191Hash)))}, where {@code eip191Hash} is the EIP-191 (personal-sign) hash of the SIWE
 * text. A node returns it as {@code dataSigned}.
 *
 * @param hex 64 lowercase hex digits, no {@code 0x}
 */
public record LitSessionBlsMessage(String hex) {
    private static final String PREFIX = "lit_session:";

    public LitSessionBlsMessage {
        Hex.decode("dataSigned", hex, 32);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("dataSigned", "must be lowercase hex, got \"" + hex + "\"");
        }
    }

    /**
     * The session message for a SIWE text whose EIP-191 hash is {@code eip191Hash}.
     *
     * @param eip191Hash the 32-byte {@code keccak256("\x19Ethereum Signed Message:\n" + len + siwe)}
     * @throws InvalidInputException if the hash is null or not 32 bytes
     */
    public static LitSessionBlsMessage fromEip191Hash(byte[] eip191Hash) {
        InvalidInputException.requireNonNull("eip191Hash", eip191Hash);
        if (eip191Hash.length != 32) {
            throw new InvalidInputException("eip191Hash", "expected 32 bytes, got " + eip191Hash.length);
        }
        byte[] text = (PREFIX + Hex.encode(eip191Hash)).getBytes(StandardCharsets.UTF_8);
        return new LitSessionBlsMessage(Hex.encode(sha256().digest(text)));
    }

    /** A fresh copy of the 32 bytes that are signed. */
    public byte[] bytes() {
        return Hex.decode("dataSigned", hex);
    }

    @Override
    public String toString() {
        return hex;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
