package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what a command is given: a UTF-8 file (or raw bytes), or standard input when the file is absent or
 * {@code -}.
 */
final class TextInput {
    private TextInput() {}

    /**
     * The content of {@code file}.
     *
     * @param field the option or parameter that named it, for errors
     * @throws InvalidInputException naming {@code field} if the file cannot be read
     */
    static String read(String field, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(field, "cannot read " + file + ": " + FileProblem.describe(e));
        }
    }

    /** The content of {@code file}, or of {@code stdin} when {@code file} is null or {@code -}. */
    static String readOrStdin(String field, Path file, InputStream stdin) {
        if (file != null && !file.toString().equals("-")) {
            return read(field, file);
        }
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(field, "cannot read standard input: " + FileProblem.describe(e));
        }
    }

    /** The bytes of {@code file}, or of {@code stdin} when {@code file} is null or {@code -}. */
    static byte[] bytesOrStdin(String field, Path file, InputStream stdin) {
        try {
            if (file != null && !file.toString().equals("-")) {
                return Files.readAllBytes(file);
            }
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException(
                    field, "cannot read " + (file == null ? "standard input" : file) + ": " + FileProblem.describe(e));
        }
    }
}
