package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** {@code --home}: a directory, or a path where one can be made (its nearest existing parent is writable). */
final class HomeConverter extends OptionConverter<Path> {
    @Override
    Path parse(String text) {
        Path dir;
        try {
            dir = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("home", "\"" + Bounded.text(text) + "\" is not a path: " + e.getReason());
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("home", dir + " exists and is not a directory");
            }
            return dir;
        }
        Path existing = dir.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new InvalidInputException(
                    "home",
                    "cannot create " + dir + ": "
                            + (existing == null
                                    ? "no existing parent directory"
                                    : Files.isDirectory(existing)
                                            ? existing + " is not writable"
                                            : existing + " is not a directory"));
        }
        return dir;
    }
}
