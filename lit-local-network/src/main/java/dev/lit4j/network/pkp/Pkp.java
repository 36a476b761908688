package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import java.math.BigInteger;

/**
 * A minted PKP as the chain shows it. Its private key stays in the {@link PkpRegistry}.
 *
 * @param tokenId the PKP NFT's token id: {@code keccak256} of the 65-byte uncompressed public key
 * @param publicKey the uncompressed secp256k1 public key, {@code 04} + 128 lowercase hex digits, no {@code 0x}
 * @param ethAddress the PKP's Ethereum address
 * @param owner the PKP NFT's owner
 */
public record Pkp(BigInteger tokenId, String publicKey, EthAddress ethAddress, EthAddress owner) {

    public Pkp {
        InvalidInputException.requireNonNull("pkp.tokenId", tokenId);
        InvalidInputException.requireNonNull("pkp.ethAddress", ethAddress);
        InvalidInputException.requireNonNull("pkp.owner", owner);
        byte[] key = Hex.decode("pkp.publicKey", publicKey, 65);
        if (key[0] != 0x04 || !publicKey.equals(Hex.encode(key))) {
            throw new InvalidInputException("pkp.publicKey", "expected 04 followed by 128 lowercase hex digits");
        }
        if (!ethAddress.equals(EthAddress.ofPublicKey(key))) {
            throw new InvalidInputException("pkp.ethAddress", ethAddress + " is not the address of the public key");
        }
    }

    /** The public key with a {@code 0x} prefix, as the JS SDK passes {@code pkpPublicKey}. */
    public String publicKey0x() {
        return "0x" + publicKey;
    }

    /** The token id as {@code 0x} + 64 hex digits. */
    public String tokenIdHex() {
        return "0x" + String.format("%064x", tokenId);
    }
}
