package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;
import dev.lit4j.domain.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Which wallet signs: {@code --wallet-key}, {@code --wallet-key-file}, or by default the key made once in
 * the home directory.
 */
final class WalletOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Source source;

    /** The two ways to name a key, of which at most one may be given. */
    static final class Source {
        @Option(
                names = "--wallet-key",
                paramLabel = "HEX",
                converter = WalletKeyConverter.class,
                description = "The wallet's private key, 64 hex digits (0x optional). Other users can see it in the"
                        + " process list: prefer --wallet-key-file.")
        private PrivateKeyWalletSigner key;

        @Option(
                names = "--wallet-key-file",
                paramLabel = "FILE",
                converter = WalletKeyFileConverter.class,
                description = "A file holding the wallet's private key (64 hex digits, 0x optional).")
        private WalletKeyFile.Loaded file;
    }

    /**
     * The wallet; its address (never its key) goes to {@code status}.
     *
     * @throws InvalidInputException naming {@code --home} if the key kept there cannot be made or read
     */
    PrivateKeyWalletSigner signer(LitHome home, PrintWriter status) {
        PrivateKeyWalletSigner signer;
        String origin;
        if (source != null && source.key != null) {
            signer = source.key;
            origin = "the key given by --wallet-key";
        } else if (source != null) {
            WalletKeyFile.warnIfShared(source.file.file(), status);
            signer = source.file.signer();
            origin = "the key in " + source.file.file();
        } else {
            signer = WalletKeyFile.readOrCreate(home, status);
            origin = "the key in " + home.walletKeyFile();
        }
        status.println("lit4j: wallet " + signer.address() + " (" + origin + ")");
        return signer;
    }
}
