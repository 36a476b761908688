package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.IpfsCid;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.web3j.crypto.Hash;

/**
 * The id bytes under which PKP permissions store an auth method (node spec §3.4 step 11).
 *
 * @param hex the id bytes as lowercase hex, without {@code 0x}
 */
public record AuthMethodId(String hex) {

    public AuthMethodId {
        InvalidInputException.requireNonNull("authMethodId", hex);
        Hex.decode("authMethodId", hex);
        if (hex.isEmpty() || !hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("authMethodId", "expected non-empty lowercase hex, got \"" + hex + "\"");
        }
    }

    /** The id with these bytes. */
    public static AuthMethodId ofBytes(byte[] bytes) {
        return new AuthMethodId(Hex.encode(bytes));
    }

    /** The id a node derives for a verified auth method: {@code keccak256(utf8("<userId>:<appId>"))}. */
    public static AuthMethodId ofUser(String userId, String appId) {
        InvalidInputException.requireNonNull("userId", userId);
        InvalidInputException.requireNonNull("appId", appId);
        return ofBytes(Hash.sha3((userId + ":" + appId).getBytes(StandardCharsets.UTF_8)));
    }

    /** An EthWallet permitted by its raw 20 address bytes. */
    public static AuthMethodId ethWalletAddress(EthAddress address) {
        return ofBytes(address.toBytes());
    }

    /**
     * An EthWallet permitted as {@code keccak256(utf8("<address>:lit"))}, the address written in its
     * checksummed or its lowercase form (the node accepts both).
     */
    public static AuthMethodId ethWalletLit(EthAddress address, boolean checksummed) {
        String text = checksummed ? address.checksummed() : "0x" + address.lowercaseHexNoPrefix();
        return ofUser(text, "lit");
    }

    /** A Lit Action permitted by its CID: the id is the CID's multihash bytes. */
    public static AuthMethodId litAction(IpfsCid cid) {
        return ofBytes(cid.multihash());
    }

    /** The id bytes. */
    public byte[] bytes() {
        return Hex.decode("authMethodId", hex);
    }
}
