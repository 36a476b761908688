package dev.lit4j.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** What went wrong with a file, in words: "no such file", "permission denied", never a Java class name. */
final class FileProblem {
    private FileProblem() {}

    /** The problem {@code e} reports. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the directory is not empty";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            // e.g. "Is a directory", "Read-only file system": the operating system's own words
            return fileSystem.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }
}
