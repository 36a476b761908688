package dev.lit4j.cli;

import dev.lit4j.domain.bls.BlsPublicKey;

/** A Lit network's BLS public key: 96 hex digits. */
final class BlsPublicKeyConverter extends OptionConverter<BlsPublicKey> {
    @Override
    BlsPublicKey parse(String text) {
        return BlsPublicKey.parse("networkKey", text);
    }
}
