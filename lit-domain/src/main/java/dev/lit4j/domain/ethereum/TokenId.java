package dev.lit4j.domain.ethereum;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An NFT's token id (a uint256), such as a PKP's or a Capacity Credits NFT's, in the two forms people have
 * it: decimal (as the Lit explorer and {@code mintCapacityCreditsNFT} show a capacity token id) and hex with
 * {@code 0x} (as the JS SDK shows a PKP's {@code tokenId}).
 *
 * <pre>{@code
 * new CapacityDelegation(TokenId.parse("0x6314").decimal(), List.of(dapp), "10");   // "25364"
 * LitResource.pkp(TokenId.parse("25364").hex());
 * }</pre>
 *
 * @param value the id, 0 to 2^256 − 1
 */
public record TokenId(BigInteger value) {
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(256);
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,78}");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,64}");

    /** Checks the range. */
    public TokenId {
        InvalidInputException.requireNonNull("tokenId", value);
        if (value.signum() < 0 || value.compareTo(LIMIT) >= 0) {
            throw new InvalidInputException("tokenId", "must be between 0 and 2^256 − 1, got " + value);
        }
    }

    /**
     * Reads a token id: decimal digits, or {@code 0x} and up to 64 hex digits.
     *
     * @throws InvalidInputException naming {@code tokenId} if it is neither, or does not fit 256 bits
     */
    public static TokenId parse(String text) {
        InvalidInputException.requireNonNull("tokenId", text);
        if (HEX.matcher(text).matches()) {
            return new TokenId(new BigInteger(text.substring(2), 16));
        }
        if (DECIMAL.matcher(text).matches()) {
            return new TokenId(new BigInteger(text));
        }
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        throw new InvalidInputException(
                "tokenId",
                "expected a decimal token id (e.g. 25364) or 0x and up to 64 hex" + " digits (e.g. 0x6314), got \""
                        + shown + "\"");
    }

    /** The id in decimal, the form of a capacity delegation's {@code nft_id}. */
    public String decimal() {
        return value.toString();
    }

    /** The id as 64 lowercase hex digits without {@code 0x}, the form of a {@code lit-pkp://} resource. */
    public String hex() {
        String hex = value.toString(16);
        return "0".repeat(64 - hex.length()) + hex;
    }
}
