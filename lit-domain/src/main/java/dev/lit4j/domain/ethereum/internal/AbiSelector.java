package dev.lit4j.domain.ethereum.internal;

import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.web3j.crypto.Hash;

/** The Solidity ABI function selector: the first 4 bytes of keccak256 of a function's signature. */
public final class AbiSelector {
    private AbiSelector() {}

    /**
     * {@code 0x} and the selector of {@code signature} in lowercase hex.
     *
     * @param signature e.g. {@code getNodesForRequest(uint256,uint256[])}
     */
    public static String of(String signature) {
        return Hex.encode0x(Arrays.copyOf(Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII)), 4));
    }
}
