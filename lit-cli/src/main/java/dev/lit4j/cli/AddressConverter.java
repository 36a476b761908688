package dev.lit4j.cli;

import dev.lit4j.domain.ethereum.EthAddress;

/** An Ethereum address: {@code 0x} and 40 hex digits, in one letter case or with a correct EIP-55 checksum. */
final class AddressConverter extends OptionConverter<EthAddress> {
    @Override
    EthAddress parse(String text) {
        return EthAddress.parse("address", text);
    }
}
