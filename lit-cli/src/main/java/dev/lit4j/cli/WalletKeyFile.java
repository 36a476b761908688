package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A wallet key kept in a file: {@code 0x} and 64 hex digits on one line, readable by its owner only.
 * The key is never printed; only the wallet's address is.
 */
final class WalletKeyFile {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);

    private WalletKeyFile() {}

    /**
     * A key file read, and the signer of its key.
     *
     * @param file the file
     * @param signer the signer of the key it holds
     */
    record Loaded(Path file, PrivateKeyWalletSigner signer) {}

    /**
     * The signer of the key in {@code file}: the key may be surrounded by white space (a trailing newline)
     * and preceded by a UTF-8 byte-order mark, as editors write them.
     *
     * @param field the option that named the file, for errors
     * @throws InvalidInputException naming {@code field} if the file cannot be read or holds no key (the
     *     message never shows its content)
     */
    static Loaded load(String field, Path file) {
        String text = TextInput.read(field, file);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        try {
            return new Loaded(file, PrivateKeyWalletSigner.fromHex(text.strip()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, file + " does not hold a wallet key: " + OptionConverter.problem(e));
        }
    }

    /** {@link #load} and a warning to {@code status} if others may read the file. */
    static PrivateKeyWalletSigner read(String field, Path file, PrintWriter status) {
        Loaded loaded = load(field, file);
        warnIfShared(file, status);
        return loaded.signer();
    }

    /**
     * The signer of the wallet key in {@code home}, made once with a fresh random key: the first of
     * several processes to get there writes it, the others read it.
     *
     * @throws InvalidInputException naming {@code --home} if the key cannot be written or read
     */
    static PrivateKeyWalletSigner readOrCreate(LitHome home, PrintWriter status) {
        Path file = home.walletKeyFile();
        if (!Files.exists(file)) {
            // the store may have made (and vetted) the directory already
            Path dir = Files.isDirectory(home.dir()) ? home.dir() : home.create(status);
            try {
                Path draft = LitHome.isPosix()
                        ? Files.createTempFile(
                                dir, "wallet", ".draft", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : Files.createTempFile(dir, "wallet", ".draft");
                try {
                    Files.writeString(draft, "0x" + freshKeyHex() + "\n", StandardCharsets.US_ASCII);
                    // a hard link appears complete or not at all, and never replaces a key another process made
                    Files.createLink(file, draft);
                    status.println("lit4j: made a new wallet key in " + file);
                } catch (FileAlreadyExistsException madeByAnotherProcess) {
                    // read theirs below
                } finally {
                    Files.deleteIfExists(draft);
                }
            } catch (IOException e) {
                throw new InvalidInputException(
                        "--home", "cannot write the wallet key " + file + ": " + FileProblem.describe(e));
            }
        }
        return read("--home", file, status);
    }

    private static String freshKeyHex() {
        byte[] key = new byte[32];
        try {
            while (true) {
                RANDOM.nextBytes(key);
                String hex = Hex.encode(key);
                try {
                    PrivateKeyWalletSigner.fromHex(hex);
                    return hex;
                } catch (InvalidInputException outsideTheCurveOrder) {
                    // about one draw in 2^128 is 0 or not below the group order: draw again
                }
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Warns on {@code status} if others may read or write the key in {@code file}. */
    static void warnIfShared(Path file, PrintWriter status) {
        if (!LitHome.isPosix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                status.println("lit4j: warning: the wallet key " + file + " can be read by others ("
                        + PosixFilePermissions.toString(permissions) + "); chmod 600 it");
            }
        } catch (IOException e) {
            status.println("lit4j: warning: cannot read the permissions of " + file + ": " + FileProblem.describe(e));
        }
    }
}
