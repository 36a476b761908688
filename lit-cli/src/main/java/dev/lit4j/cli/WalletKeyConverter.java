package dev.lit4j.cli;

import dev.lit4j.adapters.signer.wallet.PrivateKeyWalletSigner;

/** A wallet's private key: 64 hex digits, {@code 0x} optional. The key never appears in a message. */
final class WalletKeyConverter extends OptionConverter<PrivateKeyWalletSigner> {
    @Override
    PrivateKeyWalletSigner parse(String text) {
        return PrivateKeyWalletSigner.fromHex(text.strip());
    }
}
