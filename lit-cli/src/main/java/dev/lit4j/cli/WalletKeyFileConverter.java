package dev.lit4j.cli;

import java.nio.file.Path;

/** A file holding a wallet's private key, read when the command line is parsed. */
final class WalletKeyFileConverter extends OptionConverter<WalletKeyFile.Loaded> {
    @Override
    WalletKeyFile.Loaded parse(String text) {
        return WalletKeyFile.load("--wallet-key-file", Path.of(text));
    }
}
