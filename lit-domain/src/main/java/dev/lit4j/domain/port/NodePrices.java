package dev.lit4j.domain.port;

import dev.lit4j.domain.LitException;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.NodePrice;
import java.util.List;

/**
 * Where a Naga client learns what each node charges (operations spec §5.4): on a live network the PriceFeed
 * contract ({@code getNodesForRequest(realmId, productIds)}), on a local network its configured prices.
 *
 * <p><b>Contract.</b> Implementations are thread-safe and may cache; a price may be stale, because the session
 * sig's {@code maxPrice} leaves a margin for that. Adapters are named {@code <Tech>NodePrices}.
 */
public interface NodePrices {

    /**
     * Each node's current price for {@code product}, in the feed's order.
     *
     * @throws LitException (a {@code NodeException}) if the prices cannot be read
     */
    List<NodePrice> prices(NagaProduct product);
}
