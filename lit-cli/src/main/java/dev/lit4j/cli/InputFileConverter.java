package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a command reads as its input, or {@code -} for standard input: a file that cannot be opened is a
 * usage error when the command line is parsed; its content is read (and judged) when the command runs.
 */
final class InputFileConverter extends OptionConverter<Path> {
    @Override
    Path parse(String text) {
        Path file = Path.of(text);
        if (text.equals("-")) {
            return file;
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("file", "cannot read " + file + ": it is a directory");
        }
        try {
            Files.newInputStream(file).close();
            return file;
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + ": " + FileProblem.describe(e));
        }
    }
}
