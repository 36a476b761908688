package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;

/**
 * One node's price for one product, as the PriceFeed contract reports it (operations spec §5.4), or the
 * {@code maxPrice} a client grants that node in its session sig.
 *
 * @param nodeUrl the node URL, as session sigs name it ({@code nodeAddress})
 * @param price the price in wei, not negative
 */
public record NodePrice(String nodeUrl, BigInteger price) {
    public NodePrice {
        InvalidInputException.requireNonNull("nodePrice.nodeUrl", nodeUrl);
        InvalidInputException.requireNonNull("nodePrice.price", price);
        if (price.signum() < 0) {
            throw new InvalidInputException("nodePrice.price", "must not be negative, got " + price);
        }
    }
}
