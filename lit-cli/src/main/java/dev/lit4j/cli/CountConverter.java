package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.util.regex.Pattern;

/** A count of uses: a positive decimal number, kept as its decimal text (the wire form). */
final class CountConverter extends OptionConverter<String> {
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,17}");

    @Override
    String parse(String text) {
        if (!POSITIVE.matcher(text).matches()) {
            throw new InvalidInputException(
                    "count", "expected a positive decimal number (e.g. 10), got \"" + Bounded.text(text) + "\"");
        }
        return text;
    }
}
