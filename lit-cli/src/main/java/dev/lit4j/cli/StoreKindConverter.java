package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --store}: a store's name as typed, {@code mapdb}, {@code files} or {@code memory}. */
final class StoreKindConverter extends OptionConverter<SessionOptions.StoreKind> {
    @Override
    SessionOptions.StoreKind parse(String text) {
        return Arrays.stream(SessionOptions.StoreKind.values())
                .filter(kind -> name(kind).equals(text))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "store",
                        "expected "
                                + Arrays.stream(SessionOptions.StoreKind.values())
                                        .map(StoreKindConverter::name)
                                        .collect(Collectors.joining(", "))
                                + ", got \"" + Bounded.text(text) + "\""));
    }

    /** The name a user types. */
    static String name(SessionOptions.StoreKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
