package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fixed prices every node of a Naga-mode {@link LocalLitNetwork} charges, in wei of the ledger token, one per
 * {@link NagaProduct}. A request's session sig must carry a {@code maxPrice} of at least the product's price, or
 * the node answers {@code PaymentFailed} (402; node spec §2.11). Immutable.
 */
public final class NodePrices {
    /** The most a price may be: a U256. */
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    /** The default price of every product: 10¹⁵ wei. */
    public static final BigInteger DEFAULT_PRICE = BigInteger.TEN.pow(15);

    private final Map<NagaProduct, BigInteger> prices;

    private NodePrices(Map<NagaProduct, BigInteger> prices) {
        this.prices = prices;
    }

    /** Every product at {@link #DEFAULT_PRICE}. */
    public static NodePrices defaults() {
        return uniform(DEFAULT_PRICE);
    }

    /**
     * Every product at {@code price}.
     *
     * @throws InvalidInputException if the price is not 0..2²⁵⁶−1
     */
    public static NodePrices uniform(BigInteger price) {
        Map<NagaProduct, BigInteger> prices = new EnumMap<>(NagaProduct.class);
        for (NagaProduct product : NagaProduct.values()) {
            prices.put(product, requirePrice(product, price));
        }
        return new NodePrices(prices);
    }

    /**
     * These prices with {@code product} at {@code price}.
     *
     * @throws InvalidInputException if the price is not 0..2²⁵⁶−1
     */
    public NodePrices with(NagaProduct product, BigInteger price) {
        InvalidInputException.requireNonNull("product", product);
        Map<NagaProduct, BigInteger> changed = new EnumMap<>(prices);
        changed.put(product, requirePrice(product, price));
        return new NodePrices(changed);
    }

    /** The price of {@code product}. */
    public BigInteger price(NagaProduct product) {
        return prices.get(InvalidInputException.requireNonNull("product", product));
    }

    private static BigInteger requirePrice(NagaProduct product, BigInteger price) {
        String field = "prices." + product.scope();
        InvalidInputException.requireNonNull(field, price);
        if (price.signum() < 0 || price.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "a price is 0..2^256-1 wei, got " + price);
        }
        return price;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NodePrices that && prices.equals(that.prices);
    }

    @Override
    public int hashCode() {
        return prices.hashCode();
    }

    @Override
    public String toString() {
        return "NodePrices" + prices;
    }
}
