package dev.lit4j.network;

import dev.lit4j.network.error.LitNodeError;
import java.util.function.Supplier;

/**
 * One step of an operation as a Naga node names it in its failure answers: the short text of lit-peer's
 * {@code GenericResponse} {@code error} (operations spec §5.3, §5.7), e.g. {@code "invalid user address"},
 * attached to the step's {@link LitNodeError}. A Datil answer does not show it, so the endpoints run the same
 * steps on both wires.
 */
final class NagaStep {
    private NagaStep() {}

    /** Runs {@code step}; its {@link LitNodeError} gets {@code shortText} ({@link LitNodeError#withShortText}). */
    static <T> T run(String shortText, Supplier<T> step) {
        try {
            return step.get();
        } catch (LitNodeError e) {
            throw e.withShortText(shortText);
        }
    }

    /** Runs {@code step}, which answers nothing; its {@link LitNodeError} gets {@code shortText}. */
    static void check(String shortText, Runnable step) {
        run(shortText, () -> {
            step.run();
            return null;
        });
    }
}
