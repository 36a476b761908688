package dev.lit4j.domain.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsNumberTest {

    // IEEE 754 bit patterns and what node's String(x) prints for them (the RFC 8785 Appendix B table).
    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void formatsLikeEcmaScript(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertEquals(expected, JsNumber.format(value));
    }

    @ParameterizedTest
    @CsvSource({
        "0.30000000000000004, 0.30000000000000004",
        "1e21, 1e+21",
        "1e20, 100000000000000000000",
        "1e-6, 0.000001",
        "1e-7, 1e-7",
        "1.5e-7, 1.5e-7",
        "4.35, 4.35",
        "2.5e-5, 0.000025",
        "-1.23e-10, -1.23e-10",
        "123e-20, 1.23e-18",
        "9007199254740993, 9007199254740992",
        "1714097386, 1714097386",
        "0.5, 0.5",
        "100, 100",
        "-0.0, 0",
        "123456789012345680000, 123456789012345680000",
    })
    void formatsDecimalInputs(String literal, String expected) {
        assertEquals(expected, JsNumber.format(Double.parseDouble(literal)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFinite(double value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsNumber.format(value));
        assertEquals("json.number: must be finite, got " + value, e.getMessage());
    }
}
