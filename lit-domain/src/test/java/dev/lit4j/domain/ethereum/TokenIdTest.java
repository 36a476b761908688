package dev.lit4j.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class TokenIdTest {
    @Test
    void decimalAndHexNameTheSameId() {
        assertEquals(TokenId.parse("25364"), TokenId.parse("0x6314"));
        assertEquals("25364", TokenId.parse("0x6314").decimal());
        assertEquals("0".repeat(60) + "6314", TokenId.parse("25364").hex());
    }

    @Test
    void theLargestIdFits() {
        assertEquals("f".repeat(64), TokenId.parse("0x" + "F".repeat(64)).hex());
    }

    @Test
    void refusesWhatIsNeither() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TokenId.parse("63a4"));
        assertEquals(
                "tokenId: expected a decimal token id (e.g. 25364) or 0x and up to 64 hex digits (e.g. 0x6314),"
                        + " got \"63a4\"",
                e.getMessage());
    }

    @Test
    void refusesAnIdBeyond256Bits() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TokenId.parse("2" + "0".repeat(77)));
        assertEquals("tokenId: must be between 0 and 2^256 − 1, got 2" + "0".repeat(77), e.getMessage());
    }
}
