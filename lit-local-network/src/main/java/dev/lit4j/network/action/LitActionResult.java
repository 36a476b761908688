package dev.lit4j.network.action;

import dev.lit4j.domain.InvalidInputException;

/**
 * What a Lit Action produced.
 *
 * @param response the string given to {@code Lit.Actions.setResponse({response})}, or {@code ""} if the
 *     action never called it
 * @param logs everything the action wrote with {@code console.log} (and its siblings), one line per call,
 *     each ending in {@code \n}
 */
public record LitActionResult(String response, String logs) {

    public LitActionResult {
        InvalidInputException.requireNonNull("response", response);
        InvalidInputException.requireNonNull("logs", logs);
    }
}
