package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.nio.file.Path;

/**
 * An option that names a UTF-8 file whose content is read and parsed when the command line is parsed: an
 * unreadable file or malformed content is a usage error that names the file, e.g. "Invalid value for option
 * '--session-sigs': sigs.json: sessionSigs: expected an object …".
 *
 * @param <T> what the file holds
 */
abstract class FileOptionConverter<T> extends OptionConverter<T> {
    @Override
    final T parse(String text) {
        Path file = Path.of(text);
        String content = TextInput.read("file", file);
        try {
            return parseContent(content);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("file", file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The value the file's {@code content} holds.
     *
     * @throws InvalidInputException saying what is wrong with it
     */
    abstract T parseContent(String content);
}
