package dev.lit4j.network.chain;

import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Solidity ABI words: a function's selector, 32-byte words of return data as hex, and call data read back
 * into words. Only what the local contract views need.
 */
final class AbiWords {
    private AbiWords() {}

    /** Appends {@code value} (0 ≤ value < 2²⁵⁶) as one word of 64 hex digits. */
    static void word(StringBuilder out, BigInteger value) {
        String hex = value.toString(16);
        out.append("0".repeat(64 - hex.length())).append(hex);
    }

    /** Appends {@code value} (≥ 0) as one word. */
    static void word(StringBuilder out, long value) {
        word(out, BigInteger.valueOf(value));
    }

    /** Appends {@code address} as one word (left-padded). */
    static void word(StringBuilder out, EthAddress address) {
        word(out, new BigInteger(1, Hex.decode("address", address.checksummed().substring(2))));
    }

    /**
     * The argument words of {@code callData} ({@code 0x}, 8 hex digits of selector, then whole words) if it
     * calls {@code selector}; empty if it calls another function.
     *
     * @throws ContractRevert naming {@code function} if the arguments are not whole words
     */
    static Optional<List<BigInteger>> arguments(String callData, String selector, String function) {
        if (!callData.startsWith(selector)) {
            return Optional.empty();
        }
        String body = callData.substring(selector.length());
        if (body.length() % 64 != 0) {
            throw new ContractRevert("execution reverted: " + function + ": the arguments are not whole 32-byte"
                    + " words (" + body.length() / 2 + " bytes)");
        }
        List<BigInteger> words = new ArrayList<>();
        for (int i = 0; i < body.length(); i += 64) {
            words.add(new BigInteger(body.substring(i, i + 64), 16));
        }
        return Optional.of(words);
    }
}
