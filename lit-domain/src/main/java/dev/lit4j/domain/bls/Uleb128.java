package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import java.io.ByteArrayOutputStream;

/**
 * Unsigned LEB128, the length prefix {@code serde_bare} and blsful ({@code uint_zigzag::Uint}) write for
 * lengths: 7 bits per byte, least significant first, the high bit set on every byte but the last.
 */
final class Uleb128 {
    /** Lengths here are Java array lengths: 5 bytes of LEB128 hold any of them. */
    private static final int MAX_BYTES = 5;

    /**
     * A decoded value and where the bytes after it start.
     *
     * @param value the value
     * @param next the offset of the first byte after the encoding
     */
    record Read(int value, int next) {}

    private Uleb128() {}

    static byte[] encode(int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        int rest = value;
        while ((rest & ~0x7f) != 0) {
            out.write((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
        return out.toByteArray();
    }

    /**
     * Decodes the value starting at {@code offset}.
     *
     * @throws InvalidInputException naming {@code field} if the encoding runs past the end or does not
     *     fit an array length
     */
    static Read read(String field, byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES && offset + i < bytes.length; i++) {
            int b = bytes[offset + i] & 0xff;
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                if (value > Integer.MAX_VALUE) {
                    break;
                }
                return new Read((int) value, offset + i + 1);
            }
        }
        throw new InvalidInputException(
                field, "the length prefix at byte " + offset + " is not a LEB128 length within the data");
    }
}
