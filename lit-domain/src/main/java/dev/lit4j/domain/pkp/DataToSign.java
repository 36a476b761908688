package dev.lit4j.domain.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * The 32 bytes a PKP signs ({@code toSign} on the wire): a digest, which Datil nodes sign as it is,
 * without hashing (operations spec §1.3 step 8.5). Read as a big-endian number it must be below the
 * secp256k1 group order n, or the nodes refuse it.
 *
 * @param hex 64 lowercase hex digits, no {@code 0x}
 */
public record DataToSign(String hex) {
    private static final String FIELD = "toSign";
    private static final int LENGTH = 32;
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    /** How a message is hashed into the 32 bytes to sign; the nodes themselves never hash. */
    public enum MessageHash {
        /** {@code keccak256}, as Ethereum does ({@code ethers.utils.keccak256}). */
        KECCAK256,
        /** SHA-256. */
        SHA256
    }

    public DataToSign {
        InvalidInputException.requireNonNull(FIELD, hex);
        byte[] bytes = Hex.decode(FIELD, hex, LENGTH);
        if (!hex.equals(Hex.encode(bytes))) {
            throw new InvalidInputException(FIELD, "must be lowercase hex, got \"" + hex + "\"");
        }
        if (new BigInteger(1, bytes).compareTo(N) >= 0) {
            throw new InvalidInputException(
                    FIELD,
                    "0x" + hex + " is not below the secp256k1 group order n; Lit"
                            + " nodes refuse such a digest (\"Could not convert message to sign into ScalarPrimitive\")");
        }
    }

    /**
     * The digest {@code bytes}, signed as they are.
     *
     * @throws InvalidInputException if there are not exactly 32 bytes or they are not below n
     */
    public static DataToSign ofDigest(byte[] bytes) {
        InvalidInputException.requireNonNull(FIELD, bytes);
        if (bytes.length != LENGTH) {
            throw new InvalidInputException(
                    FIELD,
                    "expected a 32-byte digest, got " + bytes.length + " bytes; hash a"
                            + " message first (DataToSign.hashOf)");
        }
        return new DataToSign(Hex.encode(bytes));
    }

    /**
     * Parses a 32-byte digest in hex, any letter case, {@code 0x} optional.
     *
     * @throws InvalidInputException naming {@code field} if it is not 64 hex digits or not below n
     */
    public static DataToSign parse(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        byte[] bytes = Hex.decodeOptional0x(field, text);
        if (bytes.length != LENGTH) {
            throw new InvalidInputException(
                    field, "expected a 32-byte digest (64 hex digits), got " + bytes.length + " bytes");
        }
        return ofDigest(bytes);
    }

    /** The {@code hash} of {@code message}. */
    public static DataToSign hashOf(byte[] message, MessageHash hash) {
        InvalidInputException.requireNonNull("message", message);
        InvalidInputException.requireNonNull("hash", hash);
        return ofDigest(
                switch (hash) {
                    case KECCAK256 -> Hash.sha3(message);
                    case SHA256 -> sha256(message);
                });
    }

    /** The 32 bytes. */
    public byte[] bytes() {
        return Hex.decode(FIELD, hex);
    }

    /** The bytes as a number, the ECDSA {@code z}. */
    public BigInteger toScalar() {
        return new BigInteger(hex, 16);
    }

    @Override
    public String toString() {
        return hex;
    }

    private static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
