package dev.lit4j.network.condition;

import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.math.BigInteger;

/**
 * A condition's {@code returnValueTest} {comparator, value}, compared as a Datil node compares the three
 * kinds of returned value (Node {@code access_control/mod.rs}): unsigned integers, addresses and strings.
 *
 * @param comparator the comparator text, e.g. {@code >=}
 * @param value the expected value as written in the condition
 */
record ReturnValueTest(String comparator, String value) {

    /**
     * {@code returned <comparator> value} for an unsigned integer: the value must be a decimal integer.
     *
     * @throws LitNodeError {@code NodeInvalidACCReturnValueTest} if the value is not a decimal uint256, or
     *     {@code NodeAccessControlConditionsCheckFailed} for a comparator integers do not support
     */
    boolean compare(BigInteger returned) {
        BigInteger expected;
        try {
            if (!value.matches("[0-9]{1,78}")) {
                throw new NumberFormatException();
            }
            expected = new BigInteger(value);
        } catch (NumberFormatException e) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_INVALID_ACC_RETURN_VALUE_TEST,
                            "failed to parse valid return value from access control condition",
                            "returnValueTest.value " + quote(value) + " is not a decimal unsigned integer")
                    .withKind(ErrorKind.PARSER);
        }
        return ordered(returned.compareTo(expected), true);
    }

    /**
     * {@code returned <comparator> value} for addresses, compared as 20-byte numbers; {@code !=} is not
     * among a node's address comparators.
     *
     * @param expected the value after special-parameter substitution
     */
    boolean compare(EthAddress returned, EthAddress expected) {
        return ordered(new BigInteger(1, returned.toBytes()).compareTo(new BigInteger(1, expected.toBytes())), false);
    }

    /** {@code returned <comparator> value} for strings: ordered by UTF-16 code units, and {@code contains}. */
    boolean compare(String returned) {
        return switch (comparator) {
            case "contains" -> returned.contains(value);
            case "!contains" -> !returned.contains(value);
            default -> ordered(returned.compareTo(value), true);
        };
    }

    private boolean ordered(int sign, boolean notEqualAllowed) {
        return switch (comparator) {
            case ">" -> sign > 0;
            case "<" -> sign < 0;
            case ">=" -> sign >= 0;
            case "<=" -> sign <= 0;
            case "=" -> sign == 0;
            case "!=" -> {
                if (!notEqualAllowed) {
                    throw unsupported();
                }
                yield sign != 0;
            }
            default -> throw unsupported();
        };
    }

    private LitNodeError unsupported() {
        // a Datil node answers "not permitted" for an unknown comparator; refusing with the reason is clearer
        return LitNodeError.of(
                NodeErrorCode.NODE_ACCESS_CONTROL_CONDITIONS_CHECK_FAILED,
                "unsupported returnValueTest comparator " + quote(comparator) + " for this kind of value");
    }

    static String quote(String text) {
        String oneLine = text.replace("\n", "\\n");
        return "\"" + (oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…") + "\"";
    }
}
