package dev.lit4j.adapters.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold session secrets, readable by their owner only: on a POSIX file system, directories this
 * creates are {@code rwx------} and files {@code rw-------}, whatever the umask. Elsewhere (Windows) files
 * keep the permissions they inherit from their directory.
 */
final class PrivateFiles {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** True if {@code path}, or the nearest of its ancestors that exists, is on a POSIX file system. */
    static boolean posix(Path path) throws IOException {
        Path candidate = path.toAbsolutePath();
        while (candidate.getParent() != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return Files.getFileStore(candidate).supportsFileAttributeView("posix");
    }

    /** Creates {@code directory} and its missing ancestors, each {@code rwx------}; existing ones are kept. */
    static void createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    /**
     * Makes {@code file} private: creates it empty and {@code rw-------} if it does not exist, or narrows an
     * existing one (an earlier Lit4j version created its MapDB files {@code rw-r--r--} under umask 022).
     */
    static void makePrivate(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        try {
            FileAttribute<Set<PosixFilePermission>> privately = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, privately);
        } catch (FileAlreadyExistsException e) {
            if (!Files.getPosixFilePermissions(file).equals(FILE)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        }
    }
}
