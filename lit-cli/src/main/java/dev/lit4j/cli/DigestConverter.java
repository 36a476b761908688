package dev.lit4j.cli;

import dev.lit4j.domain.pkp.DataToSign;

/** 32 bytes to sign as they are: 64 hex digits, {@code 0x} optional. */
final class DigestConverter extends OptionConverter<DataToSign> {
    @Override
    DataToSign parse(String text) {
        return DataToSign.parse("digest", text);
    }
}
