package dev.lit4j.cli;

import dev.lit4j.domain.codec.internal.JsTime;
import java.time.Instant;

/** Reads an RFC 3339 date-time with a zone, e.g. {@code 2025-01-15T10:00:00.000Z}. */
final class TimeConverter extends OptionConverter<Instant> {
    @Override
    Instant parse(String text) {
        return parseTime(text);
    }

    /**
     * The instant {@code text} names.
     *
     * @throws dev.lit4j.domain.InvalidInputException saying what is wrong
     */
    static Instant parseTime(String text) {
        return JsTime.parse("time", text);
    }
}
