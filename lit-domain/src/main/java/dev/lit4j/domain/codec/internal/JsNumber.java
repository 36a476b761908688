package dev.lit4j.domain.codec.internal;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers written as JavaScript writes them ({@code Number.prototype.toString}, ECMAScript
 * Number::toString with radix 10), which is also the number form of RFC 8785 (JCS).
 *
 * <p>The digits are the shortest that read back to the same double (the one nearest the exact value
 * when several qualify, the even one on a tie); the layout follows ECMAScript: plain digits up to
 * 21 integer digits, {@code 0.000001} down to six leading zeros, exponent form ({@code 1e+21},
 * {@code 1.5e-7}) beyond. {@code -0} is written {@code 0}.
 */
public final class JsNumber {
    private static final int MAX_DIGITS = 17;

    private JsNumber() {}

    /**
     * {@code String(value)} in JavaScript.
     *
     * @throws InvalidInputException if {@code value} is NaN or infinite (JSON has neither)
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("json.number", "must be finite, got " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = shortest(Math.abs(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(k + 8);
        if (value < 0) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    // The fewest significant digits that read back as `positive`; of the candidates at that
    // length (rounded down and up), the nearer one, and the even one when both are equally near.
    private static BigDecimal shortest(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision <= MAX_DIGITS; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downWorks = down.doubleValue() == positive;
            boolean upWorks = up.doubleValue() == positive;
            if (downWorks && upWorks) {
                int nearer = exact.subtract(down).compareTo(up.subtract(exact));
                if (nearer != 0) {
                    return nearer < 0 ? down : up;
                }
                return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            } else if (downWorks) {
                return down;
            } else if (upWorks) {
                return up;
            }
        }
        // 17 significant digits always identify a double, so the loop has returned.
        throw new IllegalStateException("no decimal form found for " + positive);
    }
}
