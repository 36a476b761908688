package dev.lit4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wallet key kept in the home directory: made once, owner only, never shown. */
class WalletKeyFileTest {
    @TempDir
    Path dir;

    private final StringWriter status = new StringWriter();

    @Test
    void isMadeOnceInAnOwnerOnlyHomeAndThenRead() throws IOException {
        LitHome home = new LitHome(dir.resolve("home"));

        PrivateKeyWalletSigner first = WalletKeyFile.readOrCreate(home, new PrintWriter(status, true));
        PrivateKeyWalletSigner second = WalletKeyFile.readOrCreate(home, new PrintWriter(status, true));

        assertEquals(first.address(), second.address());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.dir())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.walletKeyFile())));
        assertEquals(
                List.of("wallet.key"),
                Files.list(home.dir())
                        .map(path -> path.getFileName().toString())
                        .toList(),
                "no draft left behind");
        assertEquals("lit4j: made a new wallet key in " + home.walletKeyFile() + "\n", status.toString());
    }

    @Test
    void processesStartingTogetherShareOneKey() throws Exception {
        LitHome home = new LitHome(dir.resolve("home"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> WalletKeyFile.readOrCreate(home, new PrintWriter(new StringWriter()))
                        .address()
                        .checksummed());
            }
            Set<String> addresses = new HashSet<>();
            for (Future<String> address : pool.invokeAll(tasks)) {
                addresses.add(address.get());
            }
            assertEquals(1, addresses.size(), "one key, whoever wrote it");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyOthersCanReadIsUsedWithAWarning() throws IOException {
        Path file = dir.resolve("shared.key");
        Files.writeString(file, "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateKeyWalletSigner signer = WalletKeyFile.read("--wallet-key-file", file, new PrintWriter(status, true));

        assertEquals(FlowVector.WALLET, signer.address().checksummed());
        assertEquals(
                "lit4j: warning: the wallet key " + file + " can be read by others (rw-r--r--); chmod 600 it\n",
                status.toString());
    }

    @Test
    void aFileWithoutAKeyIsRefusedWithoutShowingWhatItHolds() throws IOException {
        Path file = dir.resolve("bad.key");
        Files.writeString(file, "0xnot-a-key-but-maybe-a-secret");
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> WalletKeyFile.read("--wallet-key-file", file, new PrintWriter(status, true)));
        assertEquals(
                "--wallet-key-file: " + file + " does not hold a wallet key: expected 64 hex digits"
                        + " (32 bytes), optionally after 0x; got 30 characters that are not that (the value is not shown)",
                e.getMessage());
        assertFalse(e.getMessage().contains("secret"));

        InvalidInputException absent = assertThrows(
                InvalidInputException.class,
                () -> WalletKeyFile.read("--wallet-key-file", dir.resolve("absent.key"), new PrintWriter(status)));
        assertEquals(
                "--wallet-key-file: cannot read " + dir.resolve("absent.key") + ": no such file or directory",
                absent.getMessage());
    }

    @Test
    void aHomeOfOneselfThatOthersMayEnterIsMadePrivate() throws IOException {
        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertEquals(open, new LitHome(open).create(new PrintWriter(status, true)));

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(open)));
        assertEquals(
                "lit4j: " + open + " was open to others (rwxr-xr-x), and it holds the wallet key and session"
                        + " keys: made it rwx------\n",
                status.toString());
    }

    @Test
    void aSharedHomeThatAnyoneMayWriteIsLeftWithAWarning() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertEquals(shared, new LitHome(shared).create(new PrintWriter(status, true)));

        assertEquals("rwxrwxrwx", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertEquals(
                "lit4j: warning: " + shared + " is open to others (rwxrwxrwx), and it holds the wallet key and"
                        + " session keys; chmod 700 it\n",
                status.toString());
    }

    @Test
    void aKeyWithAByteOrderMarkAndATrailingNewlineIsRead() throws IOException {
        Path file = dir.resolve("edited.key");
        Files.writeString(file, "\uFEFF0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\r\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        PrivateKeyWalletSigner signer = WalletKeyFile.read("--wallet-key-file", file, new PrintWriter(status, true));

        assertEquals(FlowVector.WALLET, signer.address().checksummed());
        assertEquals("", status.toString());
    }
}
