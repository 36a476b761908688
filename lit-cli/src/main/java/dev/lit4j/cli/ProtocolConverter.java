package dev.lit4j.cli;

import dev.lit4j.network.WireProtocol;

/** The wire of a local network: {@code datil} or {@code naga}. */
final class ProtocolConverter extends OptionConverter<WireProtocol> {
    @Override
    WireProtocol parse(String text) {
        return WireProtocol.parse("protocol", text);
    }
}
