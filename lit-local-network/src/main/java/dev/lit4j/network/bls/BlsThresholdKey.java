package dev.lit4j.network.bls;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsScalarField;
import dev.lit4j.domain.bls.BlsSignature;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import supranational.blst.P1;

/**
 * A simulated Lit network's BLS root key, dealt with Shamir secret sharing: a random root secret s, a polynomial
 * f of degree {@code threshold − 1} over Fr with f(0) = s, and node i holding f(i + 1) (Datil style) or f(xᵢ) at
 * an identifier xᵢ of its own (Naga style, xᵢ the hash of its peer id). The network public key is s·G1; any {@code threshold} nodes' signature shares combine (with
 * {@link dev.lit4j.domain.bls.BlsShareCombiner}) to the signature under s, fewer do not.
 *
 * <p>Dealing is random by default ({@link #generate}) and reproducible from a seed ({@link #fromSeed})
 * for tests. Secrets are never in {@link #toString()}. Immutable and thread-safe.
 */
public final class BlsThresholdKey {
    /** The most nodes a Datil dealing can have: identifiers are one byte, 1..255. */
    public static final int MAX_NODES = 255;

    private static final byte[] SEED_TAG = "lit4j-testkit BLS threshold dealing".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int threshold;
    private final BigInteger rootSecret;
    private final BlsPublicKey publicKey;
    private final List<BlsKeyShare> shares;

    private BlsThresholdKey(int threshold, BigInteger[] coefficients, List<BigInteger> identifiers) {
        this.threshold = threshold;
        this.rootSecret = coefficients[0];
        this.publicKey = BlsPublicKey.fromBytes(
                "publicKey", P1.generator().mult(rootSecret).compress());
        List<BlsKeyShare> dealt = new ArrayList<>(identifiers.size());
        for (int i = 0; i < identifiers.size(); i++) {
            dealt.add(new BlsKeyShare(i, identifiers.get(i), evaluate(coefficients, identifiers.get(i))));
        }
        this.shares = List.copyOf(dealt);
    }

    /**
     * Deals the key determined by {@code seed} Naga style (node spec §7): node i holds f(identifiers[i]), the
     * identifiers being elements of Fr (lit-peer's hashes of the peer ids, operations spec §5.9).
     *
     * @throws InvalidInputException unless 1 ≤ threshold ≤ the number of identifiers, and the identifiers are
     *     distinct elements of 1..r−1
     */
    public static BlsThresholdKey fromSeed(int threshold, List<BigInteger> identifiers, long seed) {
        return dealAt(threshold, identifiers, seeded(seed));
    }

    /**
     * Deals a fresh key from {@link SecureRandom} Naga style, at {@code identifiers} ({@link #fromSeed(int, List,
     * long)}).
     *
     * @throws InvalidInputException unless 1 ≤ threshold ≤ the number of identifiers, and the identifiers are
     *     distinct elements of 1..r−1
     */
    public static BlsThresholdKey generate(int threshold, List<BigInteger> identifiers) {
        return dealAt(threshold, identifiers, BlsThresholdKey::randomBlock);
    }

    private static BlsThresholdKey dealAt(int threshold, List<BigInteger> identifiers, Supplier<byte[]> blocks) {
        InvalidInputException.requireNonNull("identifiers", identifiers);
        for (BigInteger x : identifiers) {
            if (x == null || x.signum() <= 0 || x.compareTo(BlsScalarField.ORDER) >= 0) {
                throw new InvalidInputException("identifiers", "each must be an element of 1..r-1, got " + x);
            }
        }
        if (identifiers.stream().distinct().count() != identifiers.size()) {
            throw new InvalidInputException("identifiers", "must be distinct");
        }
        if (threshold < 1 || threshold > identifiers.size()) {
            throw new InvalidInputException("threshold", "expected 1.." + identifiers.size() + ", got " + threshold);
        }
        return new BlsThresholdKey(threshold, coefficients(threshold, blocks), List.copyOf(identifiers));
    }

    /**
     * Deals a fresh key from {@link SecureRandom}.
     *
     * @throws InvalidInputException unless 1 ≤ threshold ≤ nodeCount ≤ {@value #MAX_NODES}
     */
    public static BlsThresholdKey generate(int threshold, int nodeCount) {
        return deal(threshold, nodeCount, BlsThresholdKey::randomBlock);
    }

    private static byte[] randomBlock() {
        byte[] block = new byte[64];
        RANDOM.nextBytes(block);
        return block;
    }

    /**
     * Deals the key determined by {@code seed}: the same arguments always give the same key and shares.
     * For tests only; a seed is not a secret.
     *
     * @throws InvalidInputException unless 1 ≤ threshold ≤ nodeCount ≤ {@value #MAX_NODES}
     */
    public static BlsThresholdKey fromSeed(int threshold, int nodeCount, long seed) {
        return deal(threshold, nodeCount, seeded(seed));
    }

    private static Supplier<byte[]> seeded(long seed) {
        MessageDigest sha512 = sha512();
        int[] counter = {0};
        return () -> {
            sha512.update(SEED_TAG);
            sha512.update(
                    ByteBuffer.allocate(12).putLong(seed).putInt(counter[0]++).array());
            return sha512.digest();
        };
    }

    private static BlsThresholdKey deal(int threshold, int nodeCount, Supplier<byte[]> blocks) {
        if (threshold < 1 || threshold > MAX_NODES) {
            throw new InvalidInputException("threshold", "expected 1.." + MAX_NODES + ", got " + threshold);
        }
        if (nodeCount < threshold || nodeCount > MAX_NODES) {
            throw new InvalidInputException(
                    "nodeCount",
                    "expected " + threshold + ".." + MAX_NODES
                            + " (at least the threshold, at most one node per one-byte identifier), got " + nodeCount);
        }
        List<BigInteger> identifiers = new ArrayList<>(nodeCount);
        for (int i = 1; i <= nodeCount; i++) {
            identifiers.add(BigInteger.valueOf(i));
        }
        return new BlsThresholdKey(threshold, coefficients(threshold, blocks), identifiers);
    }

    private static BigInteger[] coefficients(int threshold, Supplier<byte[]> blocks) {
        BigInteger[] coefficients = new BigInteger[threshold];
        for (int k = 0; k < threshold; k++) {
            // non-zero: a zero root secret has the identity as public key, and a zero leading coefficient
            // would let fewer than threshold shares reconstruct the key
            BigInteger c;
            do {
                // 512 bits reduced mod the 255-bit r: the bias is below 2^-256
                c = new BigInteger(1, blocks.get()).mod(BlsScalarField.ORDER);
            } while (c.signum() == 0);
            coefficients[k] = c;
        }
        return coefficients;
    }

    /** How many shares reconstruct a signature. */
    public int threshold() {
        return threshold;
    }

    /** How many nodes hold a share. */
    public int nodeCount() {
        return shares.size();
    }

    /** The network public key s·G1 ({@code blsRootPubkey}, the handshake's {@code networkPublicKey}). */
    public BlsPublicKey publicKey() {
        return publicKey;
    }

    /**
     * The share of the node with 0-based index {@code shareIndex}.
     *
     * @throws InvalidInputException if there is no such node
     */
    public BlsKeyShare share(int shareIndex) {
        if (shareIndex < 0 || shareIndex >= shares.size()) {
            throw new InvalidInputException("shareIndex", "expected 0.." + (shares.size() - 1) + ", got " + shareIndex);
        }
        return shares.get(shareIndex);
    }

    /** Every node's share, in share-index order. */
    public List<BlsKeyShare> shares() {
        return shares;
    }

    /**
     * The signature of {@code message} under the root secret itself: what {@code threshold} honest shares
     * combine to.
     *
     * @throws InvalidInputException if {@code message} is null
     */
    public BlsSignature signWithRootSecret(byte[] message) {
        return G2Signing.sign(rootSecret, message);
    }

    @Override
    public String toString() {
        return "BlsThresholdKey[threshold=" + threshold + ", nodeCount=" + shares.size() + ", publicKey="
                + publicKey.hex() + ", secrets=<hidden>]";
    }

    private static BigInteger evaluate(BigInteger[] coefficients, BigInteger x) {
        BigInteger y = BigInteger.ZERO;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            y = y.multiply(x).add(coefficients[k]).mod(BlsScalarField.ORDER);
        }
        return y;
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }
}
