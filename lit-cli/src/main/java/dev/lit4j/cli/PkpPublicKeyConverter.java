package dev.lit4j.cli;

import dev.lit4j.domain.pkp.PkpPublicKey;

/** A PKP's uncompressed secp256k1 public key: {@code 04} and 128 hex digits, {@code 0x} optional. */
final class PkpPublicKeyConverter extends OptionConverter<PkpPublicKey> {
    @Override
    PkpPublicKey parse(String text) {
        return PkpPublicKey.parse(text);
    }
}
