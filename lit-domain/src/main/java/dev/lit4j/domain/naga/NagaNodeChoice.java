package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which nodes a Naga request goes to and what each may charge, as the v8 SDK decides it (operations spec §5.4,
 * {@code getMaxPricesForNodeProduct}): the cheapest {@code threshold} nodes for the product, each granted its
 * price plus an equal part of what the caller's maximum leaves over. Stateless.
 */
public final class NagaNodeChoice {
    /** The smallest threshold of every Naga network ({@code minimumThreshold}). */
    public static final int MINIMUM_THRESHOLD = 3;
    /** The v8 SDK's default maximum price, 2¹²⁸ − 1 ({@code UNSIGNED_128_MAX}). */
    public static final BigInteger DEFAULT_USER_MAX_PRICE =
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private NagaNodeChoice() {}

    /**
     * The Naga threshold for {@code connected} nodes: {@code max(3, floor(2n/3))}.
     *
     * @throws InvalidInputException if {@code connected} is less than 1
     */
    public static int threshold(int connected) {
        if (connected < 1) {
            throw new InvalidInputException("nodeCount", "must be at least 1, got " + connected);
        }
        return Math.max(MINIMUM_THRESHOLD, 2 * connected / 3);
    }

    /**
     * The chosen nodes, cheapest first (ties keep the feed's order), each with the {@code maxPrice} its session
     * sig carries: {@code price + (userMaxPrice − Σ price) / threshold}, the division rounding down.
     *
     * @param prices each node's price for the product, in the price feed's order
     * @param userMaxPrice the most the caller pays for the whole request
     * @param threshold how many nodes the request needs
     * @throws InvalidInputException if fewer than {@code threshold} nodes are priced, a node appears twice, or the
     *     threshold is below 1
     * @throws MaxPriceTooLowException if {@code userMaxPrice} is below the chosen nodes' total
     */
    public static List<NodePrice> choose(List<NodePrice> prices, BigInteger userMaxPrice, int threshold) {
        InvalidInputException.requireNonNull("nodePrices", prices);
        InvalidInputException.requireNonNull("maxPrice", userMaxPrice);
        if (threshold < 1) {
            throw new InvalidInputException("threshold", "must be at least 1, got " + threshold);
        }
        if (prices.size() < threshold) {
            throw new InvalidInputException(
                    "nodePrices", "only " + prices.size() + " nodes have a price, the" + " request needs " + threshold);
        }
        if (prices.stream().map(NodePrice::nodeUrl).distinct().count() != prices.size()) {
            throw new InvalidInputException("nodePrices", "a node URL appears twice");
        }
        List<NodePrice> chosen = new ArrayList<>(prices);
        chosen.sort(Comparator.comparing(NodePrice::price));
        chosen = chosen.subList(0, threshold);
        BigInteger total = chosen.stream().map(NodePrice::price).reduce(BigInteger.ZERO, BigInteger::add);
        if (userMaxPrice.compareTo(total) < 0) {
            throw new MaxPriceTooLowException(total, userMaxPrice);
        }
        BigInteger share = userMaxPrice.subtract(total).divide(BigInteger.valueOf(threshold));
        List<NodePrice> granted = new ArrayList<>(threshold);
        for (NodePrice node : chosen) {
            granted.add(new NodePrice(node.nodeUrl(), node.price().add(share)));
        }
        return List.copyOf(granted);
    }
}
