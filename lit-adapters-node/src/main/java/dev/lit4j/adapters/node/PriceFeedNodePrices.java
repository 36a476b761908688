package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.AbiSelector;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.NodePrice;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodePrices;
import dev.lit4j.domain.verify.NodeProtocol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The prices of a Naga network's nodes as its PriceFeed contract states them (operations spec §5.4): the view
 * {@code getNodesForRequest(uint256 realmId, uint256[] productIds)} for realm 1, called over the network's
 * JSON-RPC endpoint ({@link NodeTransportConfig#rpcUrl()}) at the latest block, as the JS SDK 8 calls it. Each
 * validator's node URL is made from its IPv4 address and port as for the Datil Staking contract: https for port
 * 443, else the configured node protocol or http.
 *
 * <p>Give it to {@link dev.lit4j.adapters.node.naga.NagaNodeTransport} so that requests go to the cheapest
 * threshold of nodes. Every call reads the contract again. Thread-safe.
 */
public final class PriceFeedNodePrices implements NodePrices {
    /** The view this reads. */
    public static final String FUNCTION = "getNodesForRequest(uint256,uint256[])";
    /** The realm the JS SDK 8 asks for. */
    public static final int REALM_ID = 1;

    private static final String SELECTOR = AbiSelector.of(FUNCTION);
    // a validator struct of the Naga Staking contract: ip (uint32), ipv6, port (uint32), then fifteen more words
    private static final int VALIDATOR_WORDS = 18;
    private static final int WORD_HEX = 64;

    private final NodeTransportConfig config;
    private final EthAddress priceFeed;
    private final EthJsonRpc rpc;

    /**
     * Reads the PriceFeed contract at {@code priceFeed} over {@code config}'s JSON-RPC endpoint.
     *
     * @throws InvalidInputException if {@code config} is not for a network that speaks {@link NodeProtocol#NAGA}
     */
    public PriceFeedNodePrices(NodeTransportConfig config, EthAddress priceFeed) {
        this.config = InvalidInputException.requireNonNull("config", config);
        this.priceFeed = InvalidInputException.requireNonNull("priceFeed", priceFeed);
        if (config.protocol() != NodeProtocol.NAGA) {
            throw new InvalidInputException(
                    "config.protocol",
                    "a PriceFeed contract prices the nodes of a Naga network, and this network speaks "
                            + config.protocol());
        }
        NodeHttp http =
                new NodeHttp(HttpNodeTransport.defaultHttpClient(config), config.retryPolicy(), config.sdkVersion());
        this.rpc = new EthJsonRpc(http, config.rpcUrl(), config.rpcTimeout());
    }

    /**
     * Each node's price for {@code product}, in the contract's order.
     *
     * @throws NodeException if the endpoint fails or the contract reverts or answers something that is not the
     *     view's return data
     */
    @Override
    public List<NodePrice> prices(NagaProduct product) {
        InvalidInputException.requireNonNull("product", product);
        String callData = SELECTOR + word(REALM_ID) + word(64) + word(1) + word(product.id());
        String answer = rpc.call(priceFeed, callData);
        try {
            return decode(answer, config.network(), config.nodeProtocol().orElse(null));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new NodeException("the PriceFeed contract " + priceFeed.checksummed() + " on " + config.rpcUrl()
                    + " answered " + FUNCTION + " with nothing usable: " + e.getMessage()
                    + "; the answer began " + PrintableText.of(answer, 80));
        }
    }

    /**
     * The prices in the return data of {@code getNodesForRequest} for one product: {@code (uint256 epochId,
     * uint256 minNodeCount, (Validator validator, uint256[] prices)[] nodes)}, each element a dynamic tuple
     * reached through its offset.
     *
     * @throws IllegalArgumentException (naming what is wrong) if the data does not have that shape
     */
    static List<NodePrice> decode(String returnData, LitNetwork network, @Nullable String forcedScheme) {
        if (returnData.equals("0x")) {
            throw new IllegalArgumentException("no return data, as from an address without a contract");
        }
        if (!returnData.startsWith("0x")
                || (returnData.length() - 2) % WORD_HEX != 0
                || !Hex.isHexDigits(returnData.substring(2))) {
            throw new IllegalArgumentException("not 0x and whole 32-byte words of hex");
        }
        String digits = returnData.substring(2);
        int words = digits.length() / WORD_HEX;
        int array = offsetWord(digits, words, 2, 0);
        int count = index(digits, words, array, "the nodes' count");
        List<NodePrice> prices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int element = offsetWord(digits, words, array + 1 + i, array + 1);
            long ip =
                    uint(digits, words, element, 32, "validator " + i + "'s ip").longValueExact();
            int port = uint(digits, words, element + 2, 16, "validator " + i + "'s port")
                    .intValueExact();
            int pricesAt = offsetWord(digits, words, element + VALIDATOR_WORDS, element);
            if (index(digits, words, pricesAt, "validator " + i + "'s price count") != 1) {
                throw new IllegalArgumentException("validator " + i + " has not exactly one price (one was asked)");
            }
            BigInteger price = word(digits, words, pricesAt + 1, "validator " + i + "'s price");
            String url = new ValidatorSet.Validator(ip, port).url(network, Optional.ofNullable(forcedScheme));
            prices.add(new NodePrice(url, price));
        }
        return prices;
    }

    // the word at `at` is a byte offset from word `base`; returns the word index it points at
    private static int offsetWord(String digits, int words, int at, int base) {
        BigInteger offset = word(digits, words, at, "the offset in word " + at);
        if (offset.mod(BigInteger.valueOf(32)).signum() != 0) {
            throw new IllegalArgumentException("the offset in word " + at + " is not a whole number of words");
        }
        BigInteger target = offset.divide(BigInteger.valueOf(32)).add(BigInteger.valueOf(base));
        if (target.compareTo(BigInteger.valueOf(words)) >= 0) {
            throw new IllegalArgumentException("the offset in word " + at + " points past the end");
        }
        return target.intValueExact();
    }

    private static int index(String digits, int words, int at, String name) {
        BigInteger value = word(digits, words, at, name);
        if (value.compareTo(BigInteger.valueOf(words)) > 0) {
            throw new IllegalArgumentException(name + " " + value + " is more than the answer holds");
        }
        return value.intValueExact();
    }

    private static BigInteger uint(String digits, int words, int at, int bits, String name) {
        BigInteger value = word(digits, words, at, name);
        if (value.bitLength() > bits) {
            throw new IllegalArgumentException(name + " does not fit " + bits + " bits");
        }
        return value;
    }

    private static BigInteger word(String digits, int words, int at, String name) {
        if (at >= words) {
            throw new IllegalArgumentException(name + " (word " + at + ") is past the end of " + words + " words");
        }
        return new BigInteger(digits.substring(at * WORD_HEX, (at + 1) * WORD_HEX), 16);
    }

    private static String word(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(WORD_HEX - hex.length()) + hex;
    }
}
