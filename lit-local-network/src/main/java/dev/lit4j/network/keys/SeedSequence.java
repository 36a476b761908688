package dev.lit4j.network.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * Reproducible pseudo-random values of a local network, all derived from one {@code long} seed, so
 * that a network built with the same seed has the same keys and block hashes.
 *
 * <p>Each value is {@code keccak256(utf8("lit4j-local-network|" + seed + "|" + label + "|" + index))};
 * the label keeps the streams of different uses apart. Test-only: a seed is not a secret.
 */
public final class SeedSequence {
    private static final BigInteger SECP256K1_ORDER = Sign.CURVE_PARAMS.getN();

    private final long seed;

    /** The sequence of {@code seed}. */
    public SeedSequence(long seed) {
        this.seed = seed;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** 32 bytes for {@code (label, index)}. */
    public byte[] bytes32(String label, long index) {
        return Hash.sha3(("lit4j-local-network|" + seed + "|" + label + "|" + index).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A secp256k1 key pair for {@code (label, index)}: the first of {@code bytes32(label + "#" + k, index)},
     * k = 0, 1, …, that is a valid private key (in 1..n−1).
     */
    public ECKeyPair secp256k1(String label, long index) {
        for (int attempt = 0; ; attempt++) {
            BigInteger candidate = new BigInteger(1, bytes32(label + "#" + attempt, index));
            if (candidate.signum() > 0 && candidate.compareTo(SECP256K1_ORDER) < 0) {
                return ECKeyPair.create(candidate);
            }
        }
    }

    @Override
    public String toString() {
        return "SeedSequence[seed=" + seed + "]";
    }
}
