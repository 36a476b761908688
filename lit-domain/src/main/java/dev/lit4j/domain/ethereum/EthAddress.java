package dev.lit4j.domain.ethereum;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.web3j.crypto.Hash;

/**
 * An Ethereum address, always held in its EIP-55 checksummed form ({@code 0x} + 40 hex digits).
 *
 * @param checksummed the EIP-55 form, e.g. {@code 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266}
 */
public record EthAddress(String checksummed) {

    public EthAddress {
        InvalidInputException.requireNonNull("address", checksummed);
        requireShape("address", checksummed);
        String expected = eip55(checksummed);
        if (!checksummed.equals(expected)) {
            throw new InvalidInputException(
                    "address", "\"" + checksummed + "\" is not EIP-55 checksummed; expected \"" + expected + "\"");
        }
    }

    /**
     * Parses an address that must already be EIP-55 checksummed, as SIWE requires.
     *
     * @throws InvalidInputException naming {@code field} if it is not {@code 0x} + 40 hex digits or
     *     its letter case does not match EIP-55
     */
    public static EthAddress parseChecksummed(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        requireShape(field, text);
        String expected = eip55(text);
        if (!expected.equals(text)) {
            throw new InvalidInputException(
                    field, "\"" + text + "\" is not EIP-55 checksummed; expected \"" + expected + "\"");
        }
        return new EthAddress(text);
    }

    /**
     * Parses an address as a person gives it, as ethers' {@code getAddress} does: in one letter case
     * (all lower or all upper) it is taken as is and checksummed; in mixed case it must be a correct EIP-55
     * checksum, since a wrong one means a mistyped letter.
     *
     * @throws InvalidInputException naming {@code field} if it is not {@code 0x} and 40 hex digits, or is in
     *     mixed case with a wrong checksum
     */
    public static EthAddress parse(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        requireShape(field, text);
        String digits = text.substring(2);
        boolean oneCase =
                digits.equals(digits.toLowerCase(Locale.ROOT)) || digits.equals(digits.toUpperCase(Locale.ROOT));
        return oneCase ? parseAnyCase(field, text) : parseChecksummed(field, text);
    }

    /** Parses an address in any letter case (with {@code 0x}) and checksums it. */
    public static EthAddress parseAnyCase(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        requireShape(field, text);
        return new EthAddress(eip55(text));
    }

    /** The address of 20 raw bytes. */
    public static EthAddress ofBytes(byte[] address) {
        if (address.length != 20) {
            throw new InvalidInputException("address", "expected 20 bytes, got " + address.length);
        }
        return new EthAddress(eip55("0x" + Hex.encode(address)));
    }

    /**
     * The address of a secp256k1 public key: the last 20 bytes of keccak256 of the 64-byte point.
     *
     * @param publicKey uncompressed, either 65 bytes starting with {@code 04} or the bare 64 bytes
     */
    public static EthAddress ofPublicKey(byte[] publicKey) {
        byte[] point;
        if (publicKey.length == 65 && publicKey[0] == 0x04) {
            point = Arrays.copyOfRange(publicKey, 1, 65);
        } else if (publicKey.length == 64) {
            point = publicKey;
        } else {
            throw new InvalidInputException(
                    "publicKey",
                    "expected an uncompressed secp256k1 key (65 bytes starting" + " with 04, or 64 bytes), got "
                            + publicKey.length + " bytes");
        }
        byte[] hash = Hash.sha3(point);
        return ofBytes(Arrays.copyOfRange(hash, 12, 32));
    }

    /** The 20 address bytes. */
    public byte[] toBytes() {
        return Hex.decode("address", checksummed.substring(2));
    }

    /** The 40 lowercase hex digits, without {@code 0x}. */
    public String lowercaseHexNoPrefix() {
        return checksummed.substring(2).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return checksummed;
    }

    /**
     * The EIP-55 form of {@code 0x} + 40 hex digits in any case: a letter is upper case where the
     * matching nibble of keccak256(the 40 lower-case digits as ASCII) is 8 or more.
     */
    private static String eip55(String address) {
        String digits = address.substring(2).toLowerCase(Locale.ROOT);
        byte[] hash = Hash.sha3(digits.getBytes(StandardCharsets.US_ASCII));
        char[] out = new char[42];
        out[0] = '0';
        out[1] = 'x';
        for (int i = 0; i < 40; i++) {
            char c = digits.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
            out[i + 2] = c >= 'a' && nibble >= 8 ? (char) (c - 'a' + 'A') : c;
        }
        return new String(out);
    }

    private static void requireShape(String field, String text) {
        if (text.length() != 42 || !text.startsWith("0x") || !Hex.isHexDigits(text.substring(2))) {
            throw new InvalidInputException(field, "expected 0x followed by 40 hex digits, got \"" + text + "\"");
        }
    }
}
