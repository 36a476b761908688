package dev.lit4j.domain.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseStrategyTest {

    @Test
    void leastCommonTakesTheEarliestOfTheRarest() {
        assertEquals("B", ResponseStrategy.LEAST_COMMON.choose(List.of("A", "B", "A")));
        assertEquals("X", ResponseStrategy.LEAST_COMMON.choose(List.of("X", "Y")));
        assertEquals("C", ResponseStrategy.LEAST_COMMON.choose(List.of("A", "A", "C", "B", "B")));
    }

    @Test
    void mostCommonTakesTheLatestOfTheMostFrequent() {
        assertEquals("A", ResponseStrategy.MOST_COMMON.choose(List.of("A", "B", "A")));
        assertEquals("Y", ResponseStrategy.MOST_COMMON.choose(List.of("X", "Y")));
        assertEquals("A", ResponseStrategy.MOST_COMMON.choose(List.of("A", "B", "B", "A")));
        assertEquals("B", ResponseStrategy.MOST_COMMON.choose(List.of("B", "A", "A", "B")));
    }

    @Test
    void aCustomStrategySeesEveryResponse() {
        assertEquals(
                "A|B|A",
                ResponseStrategy.custom(responses -> String.join("|", responses))
                        .choose(List.of("A", "B", "A")));
    }

    @Test
    void aCustomStrategyMustReturnAResponse() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ResponseStrategy.custom(responses -> null).choose(List.of("A")));

        assertEquals(
                "responseStrategy: the custom strategy returned null; return one of the responses or a string"
                        + " of your own",
                e.getMessage());
    }

    @Test
    void thereMustBeAResponse() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ResponseStrategy.LEAST_COMMON.choose(List.of()));

        assertEquals("responses: there is no response to choose from", e.getMessage());
    }
}
