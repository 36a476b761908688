package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How {@code executeJs} picks one {@code response} from the nodes' answers, which may differ (an action that
 * reads the time, a random number or a web page). The JS SDK's strategies, with its tie rules:
 * {@link #LEAST_COMMON} (the SDK's default), {@link #MOST_COMMON}, and {@link #custom} for a Java function.
 */
@FunctionalInterface
public interface ResponseStrategy {

    /**
     * The least frequent response; on a tie, the one of the earliest node (the SDK sorts by frequency,
     * ascending and stably, and takes the first). The SDK's default: a single deviating node stands out.
     */
    ResponseStrategy LEAST_COMMON = responses -> byFrequency(responses).get(0);

    /** The most frequent response; on a tie, the one of the latest node (the last after the same sort). */
    ResponseStrategy MOST_COMMON = responses -> {
        List<String> sorted = byFrequency(responses);
        return sorted.get(sorted.size() - 1);
    };

    /**
     * Picks the response from every node's response, in the order the nodes answered.
     *
     * @param responses one per node, at least one; {@code ""} for a node whose action set none
     */
    String choose(List<String> responses);

    /**
     * A strategy of the caller's own, as the SDK's {@code {strategy: 'custom', customFilter}}. A function that
     * throws fails the call with its exception.
     */
    static ResponseStrategy custom(Function<List<String>, String> choose) {
        InvalidInputException.requireNonNull("responseStrategy", choose);
        return responses -> {
            String chosen = choose.apply(List.copyOf(responses));
            if (chosen == null) {
                throw new InvalidInputException(
                        "responseStrategy",
                        "the custom strategy returned null; return one of" + " the responses or a string of your own");
            }
            return chosen;
        };
    }

    private static List<String> byFrequency(List<String> responses) {
        if (responses.isEmpty()) {
            throw new InvalidInputException("responses", "there is no response to choose from");
        }
        Map<String, Integer> counts = new HashMap<>();
        responses.forEach(response -> counts.merge(response, 1, Integer::sum));
        List<String> sorted = new ArrayList<>(responses);
        sorted.sort(Comparator.comparingInt(counts::get));
        return sorted;
    }
}
