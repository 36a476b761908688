package dev.lit4j.network.chain;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.time.Instant;
import java.util.Locale;

/**
 * A block of the local network's fake Ethereum chain.
 *
 * @param number the block number, 0 for the first block
 * @param hash {@code 0x} + 64 lowercase hex digits
 * @param timestamp the block time, whole seconds as on Ethereum
 */
public record Block(long number, String hash, Instant timestamp) {

    public Block {
        if (number < 0) {
            throw new InvalidInputException("block.number", "must be >= 0, got " + number);
        }
        InvalidInputException.requireNonNull("block.hash", hash);
        InvalidInputException.requireNonNull("block.timestamp", timestamp);
        if (hash.length() != 66
                || !hash.startsWith("0x")
                || !Hex.isHexDigits(hash.substring(2))
                || !hash.equals(hash.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(
                    "block.hash", "expected 0x followed by 64 lowercase hex digits, got \"" + hash + "\"");
        }
        if (timestamp.getNano() != 0) {
            throw new InvalidInputException("block.timestamp", "must be whole seconds, got " + timestamp);
        }
    }
}
