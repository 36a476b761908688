package dev.lit4j.domain.naga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class NagaNodeChoiceTest {
    private static NodePrice price(String url, long wei) {
        return new NodePrice(url, BigInteger.valueOf(wei));
    }

    @Test
    void theCheapestNodesForTheProductShareWhatTheMaximumLeavesOver() {
        // the v8 SDK's own example: SIGN_SESSION_KEY prices 30, 10, 20, two nodes, maximum 100
        List<NodePrice> chosen = NagaNodeChoice.choose(
                List.of(price("https://node-a", 30), price("https://node-b", 10), price("https://node-c", 20)),
                BigInteger.valueOf(100),
                2);
        assertEquals(List.of(price("https://node-b", 45), price("https://node-c", 55)), chosen);
    }

    @Test
    void theDivisionRoundsDownAndTiesKeepTheFeedOrder() {
        List<NodePrice> chosen = NagaNodeChoice.choose(
                List.of(price("a", 5), price("b", 1), price("c", 5), price("d", 1)), BigInteger.valueOf(13), 3);
        // total 7, left over 6, 6 / 3 = 2 each
        assertEquals(List.of(price("b", 3), price("d", 3), price("a", 7)), chosen);
        assertEquals(
                List.of(price("b", 1), price("d", 1), price("a", 5)),
                NagaNodeChoice.choose(
                        List.of(price("a", 5), price("b", 1), price("c", 5), price("d", 1)), BigInteger.valueOf(7), 3));
    }

    @Test
    void theDefaultMaximumIsTwoToThe128MinusOne() {
        assertEquals(new BigInteger("ffffffffffffffffffffffffffffffff", 16), NagaNodeChoice.DEFAULT_USER_MAX_PRICE);
        List<NodePrice> chosen = NagaNodeChoice.choose(
                List.of(price("a", 0), price("b", 0), price("c", 0)), NagaNodeChoice.DEFAULT_USER_MAX_PRICE, 3);
        assertEquals(
                new BigInteger("55555555555555555555555555555555", 16),
                chosen.get(0).price());
    }

    @Test
    void aMaximumBelowTheTotalIsTooLow() {
        MaxPriceTooLowException e = assertThrows(
                MaxPriceTooLowException.class,
                () -> NagaNodeChoice.choose(
                        List.of(price("a", 30), price("b", 10), price("c", 20)), BigInteger.valueOf(29), 2));
        assertEquals(
                "maxPrice: is too low: the cheapest nodes charge 30 wei together, the maximum is 29 wei;"
                        + " allow at least 30",
                e.getMessage());
        assertEquals(BigInteger.valueOf(30), e.minimumPrice());
    }

    @Test
    void tooFewPricedNodesOrARepeatedNodeAreRefused() {
        assertEquals(
                "nodePrices: only 2 nodes have a price, the request needs 3",
                assertThrows(
                                InvalidInputException.class,
                                () -> NagaNodeChoice.choose(List.of(price("a", 1), price("b", 1)), BigInteger.TEN, 3))
                        .getMessage());
        assertEquals(
                "nodePrices: a node URL appears twice",
                assertThrows(
                                InvalidInputException.class,
                                () -> NagaNodeChoice.choose(List.of(price("a", 1), price("a", 2)), BigInteger.TEN, 1))
                        .getMessage());
        assertEquals(
                "nodePrice.price: must not be negative, got -1",
                assertThrows(InvalidInputException.class, () -> price("a", -1)).getMessage());
    }

    @Test
    void thresholdIsTwoThirdsButAtLeastThree() {
        assertEquals(3, NagaNodeChoice.threshold(1));
        assertEquals(3, NagaNodeChoice.threshold(5));
        assertEquals(4, NagaNodeChoice.threshold(6));
        assertEquals(6, NagaNodeChoice.threshold(10));
        assertEquals(
                "nodeCount: must be at least 1, got 0",
                assertThrows(InvalidInputException.class, () -> NagaNodeChoice.threshold(0))
                        .getMessage());
    }
}
