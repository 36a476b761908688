package dev.lit4j.domain.ethereum.internal;

import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * The EIP-191 personal-message hash that {@code personal_sign} signs and Lit nodes recover from:
 * {@code keccak256("\x19Ethereum Signed Message:\n" + <decimal byte length> + message)}.
 */
public final class Eip191 {
    private static final String PREFIX = "\u0019Ethereum Signed Message:\n";

    private Eip191() {}

    /** The 32-byte hash of the UTF-8 bytes of {@code message}. */
    public static byte[] hash(String message) {
        return hash(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The 32-byte hash of {@code message}. */
    public static byte[] hash(byte[] message) {
        byte[] prefix = (PREFIX + message.length).getBytes(StandardCharsets.US_ASCII);
        byte[] prefixed = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, prefixed, 0, prefix.length);
        System.arraycopy(message, 0, prefixed, prefix.length, message.length);
        return Hash.sha3(prefixed);
    }
}
