package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class HexTest {

    @Test
    void encodesLowercaseWithAndWithoutPrefix() {
        byte[] bytes = {0x00, 0x0f, (byte) 0xab, (byte) 0xff};
        assertEquals("000fabff", Hex.encode(bytes));
        assertEquals("0x000fabff", Hex.encode0x(bytes));
    }

    @Test
    void decodesEitherCase() {
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, Hex.decode("f", "AbCd"));
    }

    @Test
    void decodeRejectsPrefix() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hex.decode("sig", "0xabcd"));
        assertEquals("sig", e.field());
        assertEquals("sig: hex must not start with 0x, got \"0xabcd\"", e.getMessage());
    }

    @Test
    void decodeOptional0xAcceptsBoth() {
        assertArrayEquals(Hex.decode("f", "abcd"), Hex.decodeOptional0x("f", "0xabcd"));
        assertArrayEquals(Hex.decode("f", "abcd"), Hex.decodeOptional0x("f", "abcd"));
    }

    @Test
    void rejectsOddLength() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hex.decode("key", "abc"));
        assertEquals("key: hex must have an even number of digits, got 3", e.getMessage());
    }

    @Test
    void rejectsNonHexDigitNamingPosition() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hex.decode("key", "abzd"));
        assertEquals("key: not a hex digit 'z' at position 2", e.getMessage());
        InvalidInputException prefixed =
                assertThrows(InvalidInputException.class, () -> Hex.decodeOptional0x("key", "0xag"));
        assertEquals("key: not a hex digit 'g' at position 3", prefixed.getMessage());
    }

    @Test
    void rejectsWrongLength() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hex.decode("pk", "abcd", 32));
        assertEquals("pk: expected 32 bytes (64 hex characters), got 2 bytes", e.getMessage());
        InvalidInputException prefixed =
                assertThrows(InvalidInputException.class, () -> Hex.decodeOptional0x("pk", "0xabcd", 3));
        assertEquals("pk: expected 3 bytes (6 hex characters), got 2 bytes", prefixed.getMessage());
    }

    @Test
    void rejectsNull() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hex.decode("pk", null));
        assertEquals("pk: is missing", e.getMessage());
    }

    @Test
    void hexDigitsCheck() {
        assertTrue(Hex.isHexDigits("09afAF"));
        assertFalse(Hex.isHexDigits(""));
        assertFalse(Hex.isHexDigits("0x12"));
    }
}
