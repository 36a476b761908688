package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;

/**
 * Hexadecimal text as Lit writes it: lowercase on output, no {@code 0x} unless asked for.
 * Decoding is strict and names the field that was malformed.
 */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    /** Lowercase hex of {@code bytes}, without a prefix. */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** {@code "0x"} followed by the lowercase hex of {@code bytes}. */
    public static String encode0x(byte[] bytes) {
        return "0x" + encode(bytes);
    }

    /**
     * Decodes hex that must not carry a {@code 0x} prefix. Upper and lower case digits are accepted.
     *
     * @throws InvalidInputException naming {@code field} if the text is null, odd-length, prefixed or
     *     has a non-hex character
     */
    public static byte[] decode(String field, String hex) {
        InvalidInputException.requireNonNull(field, hex);
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            throw new InvalidInputException(field, "hex must not start with 0x, got \"" + abbreviate(hex) + "\"");
        }
        return decodeDigits(field, hex, 0);
    }

    /** Decodes hex with or without a {@code 0x} prefix. */
    public static byte[] decodeOptional0x(String field, String hex) {
        InvalidInputException.requireNonNull(field, hex);
        int start = hex.startsWith("0x") || hex.startsWith("0X") ? 2 : 0;
        return decodeDigits(field, hex, start);
    }

    /** Decodes hex of exactly {@code length} bytes, with or without a {@code 0x} prefix. */
    public static byte[] decodeOptional0x(String field, String hex, int length) {
        byte[] bytes = decodeOptional0x(field, hex);
        if (bytes.length != length) {
            throw new InvalidInputException(
                    field,
                    "expected " + length + " bytes (" + 2 * length + " hex characters), got " + bytes.length
                            + " bytes");
        }
        return bytes;
    }

    /** Decodes hex of exactly {@code length} bytes, without a {@code 0x} prefix. */
    public static byte[] decode(String field, String hex, int length) {
        byte[] bytes = decode(field, hex);
        if (bytes.length != length) {
            throw new InvalidInputException(
                    field,
                    "expected " + length + " bytes (" + 2 * length + " hex characters), got " + bytes.length
                            + " bytes");
        }
        return bytes;
    }

    /** True if {@code text} is non-empty and made only of hex digits. */
    public static boolean isHexDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] decodeDigits(String field, String hex, int start) {
        int digits = hex.length() - start;
        if (digits % 2 != 0) {
            throw new InvalidInputException(field, "hex must have an even number of digits, got " + digits);
        }
        byte[] out = new byte[digits / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(hex.charAt(start + 2 * i), 16);
            int lo = Character.digit(hex.charAt(start + 2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                int at = start + 2 * i + (hi < 0 ? 0 : 1);
                throw new InvalidInputException(field, "not a hex digit '" + hex.charAt(at) + "' at position " + at);
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
