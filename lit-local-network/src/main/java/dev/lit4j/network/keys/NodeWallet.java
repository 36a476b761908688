package dev.lit4j.network.keys;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * A node's own Ethereum key (its staker wallet on a real network), with which it signs what only it vouches for,
 * e.g. the claims of {@code Lit.Actions.claimKey}. The key never leaves this object; {@link #toString()} shows
 * the address only. Thread-safe.
 */
public final class NodeWallet {
    private final ECKeyPair key;
    private final EthAddress address;

    private NodeWallet(ECKeyPair key) {
        this.key = key;
        this.address = EthAddress.parseAnyCase("nodeWallet", "0x" + Keys.getAddress(key.getPublicKey()));
    }

    /** The wallet of node {@code index} of a network with these seeds. */
    public static NodeWallet of(SeedSequence seeds, int index) {
        InvalidInputException.requireNonNull("seeds", seeds);
        return new NodeWallet(seeds.secp256k1("node-wallet", index));
    }

    /** The wallet's address. */
    public EthAddress address() {
        return address;
    }

    /**
     * Signs 32 bytes as they are (no hashing): low-s, with the recovery id.
     *
     * @throws InvalidInputException if {@code digest} is not 32 bytes
     */
    public EcdsaSignature sign(byte[] digest) {
        if (digest == null || digest.length != 32) {
            throw new InvalidInputException("digest", "must be 32 bytes");
        }
        Sign.SignatureData data = Sign.signMessage(digest, key, false);
        return EcdsaSignature.fromCompact(concat(data.getR(), data.getS()))
                .normalizedFor(digest, address)
                .orElseThrow(() -> new IllegalStateException("a fresh signature always recovers to its key"));
    }

    private static byte[] concat(byte[] r, byte[] s) {
        byte[] rs = new byte[64];
        System.arraycopy(r, 0, rs, 0, 32);
        System.arraycopy(s, 0, rs, 32, 32);
        return rs;
    }

    @Override
    public String toString() {
        return "NodeWallet[" + address.checksummed() + "]";
    }
}
