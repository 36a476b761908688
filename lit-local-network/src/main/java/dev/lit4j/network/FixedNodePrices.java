package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.port.NodePrices;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed prices every node of a Naga-mode {@link LocalLitNetwork} charges, in wei of the ledger token, one per
 * {@link NagaProduct}. A request's session sig must carry a {@code maxPrice} of at least the product's price, or
 * the node answers {@code PaymentFailed} (402; node spec §2.11). A client reads them through the
 * {@link NodePrices} port ({@link #forNodes}), as it reads the PriceFeed contract on a live network. Immutable.
 */
public final class FixedNodePrices {
    /** The most a price may be: a U256. */
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    /** The default price of every product: 10¹⁵ wei. */
    public static final BigInteger DEFAULT_PRICE = BigInteger.TEN.pow(15);

    private final Map<NagaProduct, BigInteger> prices;

    private FixedNodePrices(Map<NagaProduct, BigInteger> prices) {
        this.prices = prices;
    }

    /** Every product at {@link #DEFAULT_PRICE}. */
    public static FixedNodePrices defaults() {
        return uniform(DEFAULT_PRICE);
    }

    /**
     * Every product at {@code price}.
     *
     * @throws InvalidInputException if the price is not 0..2²⁵⁶−1
     */
    public static FixedNodePrices uniform(BigInteger price) {
        Map<NagaProduct, BigInteger> prices = new EnumMap<>(NagaProduct.class);
        for (NagaProduct product : NagaProduct.values()) {
            prices.put(product, requirePrice(product, price));
        }
        return new FixedNodePrices(prices);
    }

    /**
     * These prices with {@code product} at {@code price}.
     *
     * @throws InvalidInputException if the price is not 0..2²⁵⁶−1
     */
    public FixedNodePrices with(NagaProduct product, BigInteger price) {
        InvalidInputException.requireNonNull("product", product);
        Map<NagaProduct, BigInteger> changed = new EnumMap<>(prices);
        changed.put(product, requirePrice(product, price));
        return new FixedNodePrices(changed);
    }

    /** The price of {@code product}. */
    public BigInteger price(NagaProduct product) {
        return prices.get(InvalidInputException.requireNonNull("product", product));
    }

    /** These prices as the {@link NodePrices} port shows them for the nodes at {@code nodeUrls}, in that order. */
    public NodePrices forNodes(List<String> nodeUrls) {
        List<String> urls = List.copyOf(InvalidInputException.requireNonNull("nodeUrls", nodeUrls));
        return product ->
                urls.stream().map(url -> new NodePrice(url, price(product))).toList();
    }

    private static BigInteger requirePrice(NagaProduct product, BigInteger price) {
        String field = "prices[" + product.id() + "]";
        InvalidInputException.requireNonNull(field, price);
        if (price.signum() < 0 || price.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "a price is 0..2^256-1 wei, got " + price);
        }
        return price;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FixedNodePrices that && prices.equals(that.prices);
    }

    @Override
    public int hashCode() {
        return prices.hashCode();
    }

    @Override
    public String toString() {
        return "FixedNodePrices" + prices;
    }
}
