package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The directory where {@code lit4j} keeps its files ({@code ~/.lit4j} unless {@code --home} or
 * {@code LIT4J_HOME} names another): the wallet key and the session store. Created on first use,
 * readable by its owner only.
 *
 * @param dir the directory
 */
record LitHome(Path dir) {

    LitHome {
        InvalidInputException.requireNonNull("--home", dir);
        dir = dir.toAbsolutePath();
    }

    /** The wallet key made on first use: {@code wallet.key}. */
    Path walletKeyFile() {
        return dir.resolve("wallet.key");
    }

    /** The MapDB session store: {@code sessions.db}. */
    Path sessionsDb() {
        return dir.resolve("sessions.db");
    }

    /** The directory of the file session store: {@code sessions/}. */
    Path sessionsDir() {
        return dir.resolve("sessions");
    }

    /**
     * The directory, created (owner only, where the file system has POSIX permissions) if it is missing. An
     * existing directory of the user's own that others may enter is made owner-only, saying so on
     * {@code status}: it holds secrets. One that is not the user's, or that anyone may write to (a shared
     * directory such as {@code /tmp}), is left as it is, with a warning.
     *
     * @throws InvalidInputException naming {@code --home} if it cannot be created
     */
    Path create(PrintWriter status) {
        if (Files.isDirectory(dir)) {
            narrowIfShared(status);
            return dir;
        }
        try {
            if (isPosix()) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new InvalidInputException("--home", "cannot create " + dir + ": " + FileProblem.describe(e), e);
        }
    }

    private void narrowIfShared(PrintWriter status) {
        if (!isPosix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (permissions.stream().allMatch(permission -> permission.name().startsWith("OWNER_"))) {
                return;
            }
            String was = PosixFilePermissions.toString(permissions);
            boolean own = Files.getOwner(dir)
                    .equals(dir.getFileSystem()
                            .getUserPrincipalLookupService()
                            .lookupPrincipalByName(System.getProperty("user.name")));
            if (own && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                status.println("lit4j: " + dir + " was open to others (" + was + "), and it holds the wallet key and"
                        + " session keys: made it rwx------");
            } else {
                status.println("lit4j: warning: " + dir + " is open to others (" + was + "), and it holds the wallet"
                        + " key and session keys; chmod 700 it");
            }
        } catch (IOException e) {
            status.println("lit4j: warning: cannot read the permissions of " + dir + ": " + FileProblem.describe(e));
        }
    }

    /** True if the default file system has POSIX permissions. */
    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
