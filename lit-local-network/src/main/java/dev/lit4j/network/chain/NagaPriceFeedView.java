package dev.lit4j.network.chain;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.AbiSelector;
import dev.lit4j.domain.naga.NagaProduct;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Naga PriceFeed contract's view that a JS SDK 8 client reads to price and choose nodes (operations spec
 * §5.4): {@code getNodesForRequest(uint256 realmId, uint256[] productIds)}, answered for realm
 * {@link NagaStakingView#REALM_ID} with the local network's nodes and their prices.
 *
 * <p>It returns {@code (uint256 epochId, uint256 minNodeCount, (Validator validator, uint256[] prices)[])},
 * one price per asked product id in the asked order. The elements are dynamic tuples, so the array holds
 * their offsets, and each element holds its validator's eighteen words, the offset of its prices (19 words)
 * and the prices array. A product id that is not a {@link NagaProduct} reverts.
 *
 * @param staking the validators and threshold, as the Staking view lists them
 * @param prices every product's price, the same at every node
 */
public record NagaPriceFeedView(NagaStakingView staking, Map<NagaProduct, BigInteger> prices) implements ContractView {
    /** Where the SDK 8 {@code nagaLocal} network module looks for the PriceFeed contract ({@code naga-develop}, {@code @lit-protocol/networks} 8.4.1). */
    public static final EthAddress ADDRESS = new EthAddress("0xAA292E8611aDF267e563f334Ee42320aC96D0463");
    /** The view's signature. */
    public static final String FUNCTION = "getNodesForRequest(uint256,uint256[])";
    /** Its selector. */
    public static final String SELECTOR = AbiSelector.of(FUNCTION);

    private static final int VALIDATOR_WORDS = 18;

    public NagaPriceFeedView {
        InvalidInputException.requireNonNull("staking", staking);
        InvalidInputException.requireNonNull("prices", prices);
        prices = Map.copyOf(prices);
        for (NagaProduct product : NagaProduct.values()) {
            if (!prices.containsKey(product)) {
                throw new InvalidInputException("prices", "needs a price for every product; " + product + " has none");
            }
        }
    }

    @Override
    public EthAddress address() {
        return ADDRESS;
    }

    @Override
    public String functions() {
        return FUNCTION;
    }

    @Override
    public Optional<String> call(String callData) {
        return AbiWords.arguments(callData, SELECTOR, FUNCTION).map(this::nodesForRequest);
    }

    private String nodesForRequest(List<BigInteger> arguments) {
        if (arguments.size() < 3 || !arguments.get(1).equals(BigInteger.valueOf(64))) {
            throw new ContractRevert("execution reverted: " + FUNCTION + ": expected the realm id, the offset 64"
                    + " of the product ids and their length");
        }
        NagaStakingView.requireRealm(arguments.get(0));
        BigInteger count = arguments.get(2);
        if (!count.equals(BigInteger.valueOf(arguments.size() - 3L))) {
            throw new ContractRevert("execution reverted: " + FUNCTION + ": the product ids' length " + count
                    + " does not match the " + (arguments.size() - 3) + " words that follow it");
        }
        List<NagaProduct> products = new ArrayList<>();
        for (BigInteger id : arguments.subList(3, arguments.size())) {
            products.add(product(id));
        }
        return returnData(products);
    }

    /** The return data for {@code products}, in that order, {@code 0x} and lowercase hex. */
    public String returnData(List<NagaProduct> products) {
        List<StakingContractView.Validator> validators = staking.staking().validators();
        long elementWords = VALIDATOR_WORDS + 2L + products.size();
        StringBuilder out = new StringBuilder("0x");
        AbiWords.word(out, StakingContractView.EPOCH_NUMBER);
        AbiWords.word(out, staking.staking().minNodeCount());
        AbiWords.word(out, 3 * 32L);
        AbiWords.word(out, validators.size());
        for (int i = 0; i < validators.size(); i++) {
            AbiWords.word(out, (validators.size() + i * elementWords) * 32);
        }
        for (StakingContractView.Validator validator : validators) {
            NagaStakingView.validatorWords(out, validator);
            AbiWords.word(out, (VALIDATOR_WORDS + 1L) * 32);
            AbiWords.word(out, products.size());
            products.forEach(product -> AbiWords.word(out, prices.get(product)));
        }
        return out.toString();
    }

    private static NagaProduct product(BigInteger id) {
        for (NagaProduct product : NagaProduct.values()) {
            if (BigInteger.valueOf(product.id()).equals(id)) {
                return product;
            }
        }
        throw new ContractRevert("execution reverted: no product id " + id + "; the products are 0..."
                + (NagaProduct.values().length - 1));
    }
}
