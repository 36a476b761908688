package dev.lit4j.cli;

import dev.lit4j.domain.ethereum.TokenId;

/** An NFT's token id, decimal or {@code 0x} hex. */
final class TokenIdConverter extends OptionConverter<TokenId> {
    @Override
    TokenId parse(String text) {
        return TokenId.parse(text);
    }
}
