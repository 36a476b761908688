package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.pkp.DataToSign;
import java.util.Locale;

/** How a message is hashed before it is signed: {@code keccak256} or {@code sha256}, in any case. */
final class MessageHashConverter extends OptionConverter<DataToSign.MessageHash> {
    @Override
    DataToSign.MessageHash parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "keccak256" -> DataToSign.MessageHash.KECCAK256;
            case "sha256" -> DataToSign.MessageHash.SHA256;
            default ->
                throw new InvalidInputException(
                        "hash", "expected keccak256 or sha256, got \"" + PrintableText.of(text) + "\"");
        };
    }
}
