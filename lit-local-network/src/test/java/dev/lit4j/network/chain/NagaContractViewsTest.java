package dev.lit4j.network.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Naga Staking and PriceFeed views, read back word by word as the ABI lays them out. */
class NagaContractViewsTest {
    private static final Instant EPOCH_START = Instant.parse("2025-01-15T10:00:00Z");
    private static final EthAddress NODE_0 = new EthAddress("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    private static final EthAddress NODE_1 = new EthAddress("0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF");
    private static final NagaStakingView STAKING = new NagaStakingView(new StakingContractView(
            EPOCH_START,
            2,
            List.of(
                    new StakingContractView.Validator(StakingContractView.Validator.LOOPBACK, 7470, NODE_0),
                    new StakingContractView.Validator(StakingContractView.Validator.LOOPBACK, 7471, NODE_1))));

    @Test
    void theSelectorsAreKeccakOfTheSignatures() {
        // computed independently with viem's keccak256
        assertEquals("0xd09cd5a8", NagaStakingView.SELECTOR);
        assertEquals("0x224d9449", NagaPriceFeedView.SELECTOR);
    }

    @Test
    void theStakingViewListsTheEpochTheThresholdAndEighteenWordsPerValidator() {
        List<BigInteger> words =
                words(STAKING.call(NagaStakingView.SELECTOR + word(1)).orElseThrow());

        assertEquals(11 + 1 + 2 * 18, words.size());
        assertEquals(big(3600), words.get(0), "epochLength");
        assertEquals(big(1), words.get(1), "number");
        assertEquals(big(EPOCH_START.getEpochSecond() + 3600), words.get(4), "endTime");
        assertEquals(big(60), words.get(6), "timeout");
        assertEquals(big(EPOCH_START.getEpochSecond()), words.get(7), "startTime");
        assertEquals(big(EPOCH_START.getEpochSecond()), words.get(8), "lastAdvanceVoteTime");
        assertEquals(big(2), words.get(9), "minNodeCount");
        assertEquals(big(11 * 32), words.get(10), "the validators' offset");
        assertEquals(big(2), words.get(11), "how many validators");
        assertEquals(big(0x7F00_0001L), words.get(12), "ip");
        assertEquals(big(7470), words.get(14), "port");
        assertEquals(new BigInteger(NODE_0.checksummed().substring(2), 16), words.get(15), "nodeAddress");
        assertEquals(new BigInteger(NODE_0.checksummed().substring(2), 16), words.get(12 + 15), "operatorAddress");
        assertEquals(big(7471), words.get(12 + 18 + 2), "the second validator's port");
    }

    @Test
    void anotherRealmRevertsAndAnotherFunctionIsNotTheStakingView() {
        ContractRevert revert =
                assertThrows(ContractRevert.class, () -> STAKING.call(NagaStakingView.SELECTOR + word(2)));
        assertEquals("execution reverted: the local network has only realm 1, not realm 2", revert.getMessage());
        assertEquals(Optional.empty(), STAKING.call("0x06fdde03"));
    }

    @Test
    void thePriceFeedListsEveryNodeWithThePricesOfTheAskedProductsInOrder() {
        NagaPriceFeedView feed = new NagaPriceFeedView(STAKING, prices());

        List<BigInteger> words =
                words(feed.call(NagaPriceFeedView.SELECTOR + word(1) + word(64) + word(2) + word(2) + word(0))
                        .orElseThrow());

        assertEquals(big(1), words.get(0), "epochId");
        assertEquals(big(2), words.get(1), "minNodeCount");
        assertEquals(big(96), words.get(2), "the array's offset");
        assertEquals(big(2), words.get(3), "how many nodes");
        int element = 22; // 18 validator words, the prices' offset, their length and two prices
        assertEquals(big(2 * 32), words.get(4), "the first element's offset, after the two offsets");
        assertEquals(big((2 + element) * 32), words.get(5), "the second element's offset");
        int first = 6;
        assertEquals(big(7470), words.get(first + 2), "the first node's port");
        assertEquals(big(19 * 32), words.get(first + 18), "the prices' offset within the element");
        assertEquals(big(2), words.get(first + 19));
        assertEquals(big(300), words.get(first + 20), "LIT_ACTION's price first, as asked");
        assertEquals(big(100), words.get(first + 21), "then DECRYPTION's");
        assertEquals(big(7471), words.get(first + element + 2), "the second node's port");
        assertEquals(first + 2 * element, words.size());
    }

    @Test
    void anUnknownProductOrAMalformedArrayReverts() {
        NagaPriceFeedView feed = new NagaPriceFeedView(STAKING, prices());

        assertEquals(
                "execution reverted: no product id 4; the products are 0...3",
                assertThrows(
                                ContractRevert.class,
                                () -> feed.call(NagaPriceFeedView.SELECTOR + word(1) + word(64) + word(1) + word(4)))
                        .getMessage());
        assertEquals(
                "execution reverted: getNodesForRequest(uint256,uint256[]): the product ids' length 3 does not"
                        + " match the 1 words that follow it",
                assertThrows(
                                ContractRevert.class,
                                () -> feed.call(NagaPriceFeedView.SELECTOR + word(1) + word(64) + word(3) + word(0)))
                        .getMessage());
        assertTrue(assertThrows(ContractRevert.class, () -> feed.call(NagaPriceFeedView.SELECTOR + "00"))
                .getMessage()
                .contains("not whole 32-byte words"));
    }

    private static Map<NagaProduct, BigInteger> prices() {
        Map<NagaProduct, BigInteger> prices = new EnumMap<>(NagaProduct.class);
        prices.put(NagaProduct.DECRYPTION, big(100));
        prices.put(NagaProduct.SIGN, big(200));
        prices.put(NagaProduct.LIT_ACTION, big(300));
        prices.put(NagaProduct.SIGN_SESSION_KEY, big(400));
        return prices;
    }

    private static String word(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(64 - hex.length()) + hex;
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    private static List<BigInteger> words(String returnData) {
        assertTrue(returnData.startsWith("0x") && (returnData.length() - 2) % 64 == 0, returnData);
        List<BigInteger> words = new ArrayList<>();
        for (int i = 2; i < returnData.length(); i += 64) {
            words.add(new BigInteger(returnData.substring(i, i + 64), 16));
        }
        return words;
    }
}
