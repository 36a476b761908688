package dev.lit4j.domain.naga.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.PrintableText;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prices as lit-peer reads them into a U256 (node spec §2.2, §2.11): a session sig's {@code maxPrice} and a
 * payment delegation's {@code max_price}. Stateless.
 */
public final class U256Text {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    private U256Text() {}

    /**
     * A session sig's {@code maxPrice} (node spec §2.2): required on Naga, a JSON string, read as hex after a
     * {@code 0x} and as decimal otherwise.
     *
     * @param value the member's value, or null when the key is absent
     * @throws InvalidInputException naming {@code field}: missing, not a string (a JSON number is refused),
     *     not hex or decimal digits, or above 2²⁵⁶ − 1
     */
    public static BigInteger sessionMaxPrice(String field, @Nullable JsonValue value) {
        if (value == null) {
            throw new InvalidInputException(
                    field,
                    "is missing; a Naga node requires it (the most this node may"
                            + " charge, e.g. \"0x5af3107a4000\")");
        }
        if (!(value instanceof JsonValue.Str text)) {
            throw new InvalidInputException(
                    field,
                    "must be a string (\"0x<hex>\" or decimal digits); a Naga node" + " refuses a JSON "
                            + (value instanceof JsonValue.Num ? "number" : "value of another type"));
        }
        String digits = text.value();
        if (digits.startsWith("0x")) {
            return hexDigits(field, digits.substring(2), digits);
        }
        if (!DECIMAL.matcher(digits).matches()) {
            throw new InvalidInputException(
                    field,
                    "\"" + PrintableText.of(digits, 80) + "\" is neither 0x and hex" + " digits nor decimal digits");
        }
        return bounded(field, new BigInteger(digits), digits);
    }

    /**
     * A payment delegation's {@code max_price} (node spec §2.11): hex digits, {@code 0x} optional.
     *
     * @throws InvalidInputException naming {@code field}: not hex digits or above 2²⁵⁶ − 1
     */
    public static BigInteger hex(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        return hexDigits(field, text.startsWith("0x") ? text.substring(2) : text, text);
    }

    private static BigInteger hexDigits(String field, String digits, String text) {
        if (!HEX.matcher(digits).matches()) {
            throw new InvalidInputException(
                    field, "\"" + PrintableText.of(text, 80) + "\" is not hex digits" + " (0x optional)");
        }
        return bounded(field, new BigInteger(digits, 16), text);
    }

    private static BigInteger bounded(String field, BigInteger value, String text) {
        if (value.bitLength() > 256) {
            throw new InvalidInputException(
                    field, "\"" + PrintableText.of(text, 80) + "\" is above the U256 maximum" + " 2^256 - 1");
        }
        return value;
    }
}
