package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;

/**
 * The caller's maximum price does not cover what the cheapest threshold of nodes charge (the v8 SDK's
 * {@code MaxPriceTooLow}, operations spec §5.4). Raise the maximum to at least {@link #minimumPrice()}.
 */
public class MaxPriceTooLowException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final BigInteger minimumPrice;

    /**
     * @param minimumPrice the total price of the chosen nodes
     * @param userMaxPrice the caller's maximum
     */
    public MaxPriceTooLowException(BigInteger minimumPrice, BigInteger userMaxPrice) {
        super(
                "maxPrice",
                "is too low: the cheapest nodes charge " + minimumPrice + " wei together, the maximum is "
                        + userMaxPrice + " wei; allow at least " + minimumPrice);
        this.minimumPrice = minimumPrice;
    }

    /** The least maximum price that would do. */
    public BigInteger minimumPrice() {
        return minimumPrice;
    }
}
