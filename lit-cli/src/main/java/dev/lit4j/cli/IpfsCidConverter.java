package dev.lit4j.cli;

import dev.lit4j.domain.action.IpfsCid;

/** A Lit Action's IPFS id: a CIDv0, {@code Qm} and 44 base58 characters. */
final class IpfsCidConverter extends OptionConverter<IpfsCid> {
    @Override
    IpfsCid parse(String text) {
        return IpfsCid.parse("ipfsId", text);
    }
}
