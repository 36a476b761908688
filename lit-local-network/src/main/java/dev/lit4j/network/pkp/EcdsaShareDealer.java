package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.pkp.DataToSign;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * A trusted dealer's stand-in for the cait-sith presignature of one threshold ECDSA signing round (operations
 * spec §1.3, "share math on the node"), so that each signing node returns its own additive share of {@code s}
 * for a common nonce point R, and only the client's sum of the shares is the signature.
 *
 * <p>The nonce is {@code K}, with {@code R = K·G}. Participants hold Shamir shares (degree threshold − 1, at
 * {@code xᵢ = nodeIndex + 1}) of {@code k = K⁻¹} and of {@code σ = K⁻¹·x}, x the PKP's secret. Node i of the
 * signing subset S returns {@code sᵢ = λᵢ·(m·kᵢ + r·σᵢ)}, {@code λᵢ} its Lagrange weight at 0 over S,
 * {@code r = x(R) mod n}, {@code m} the digest: then {@code Σ sᵢ = K⁻¹·(m + r·x)}, an ordinary ECDSA
 * {@code s} — possibly high; the client normalises it.
 *
 * <p>Holds secret values: never printed, never handed out. Immutable; thread-safe.
 */
public final class EcdsaShareDealer {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private final List<BigInteger> kPolynomial;
    private final List<BigInteger> sigmaPolynomial;
    private final ECPoint bigR;

    private EcdsaShareDealer(BigInteger nonce, List<BigInteger> kPolynomial, List<BigInteger> sigmaPolynomial) {
        this.kPolynomial = List.copyOf(kPolynomial);
        this.sigmaPolynomial = List.copyOf(sigmaPolynomial);
        this.bigR = Sign.CURVE_PARAMS.getG().multiply(nonce).normalize();
    }

    /**
     * A dealer with the given randomness: the nonce K and the higher coefficients (x¹, x², …) of the
     * polynomials whose constant terms are {@code K⁻¹} and {@code K⁻¹·secretKey}; a threshold of t needs
     * t − 1 of each.
     *
     * @throws InvalidInputException if a value is not a scalar in 1..n−1 (coefficients may be 0), or the
     *     coefficient lists differ in length
     */
    public static EcdsaShareDealer of(
            BigInteger secretKey,
            BigInteger nonce,
            List<BigInteger> kCoefficients,
            List<BigInteger> sigmaCoefficients) {
        requireScalar("secretKey", secretKey, false);
        requireScalar("nonce", nonce, false);
        InvalidInputException.requireNonNull("kCoefficients", kCoefficients);
        InvalidInputException.requireNonNull("sigmaCoefficients", sigmaCoefficients);
        if (kCoefficients.size() != sigmaCoefficients.size()) {
            throw new InvalidInputException(
                    "sigmaCoefficients",
                    "expected as many as kCoefficients (" + kCoefficients.size() + "), got "
                            + sigmaCoefficients.size());
        }
        BigInteger kInverse = nonce.modInverse(N);
        List<BigInteger> k = new ArrayList<>(List.of(kInverse));
        List<BigInteger> sigma =
                new ArrayList<>(List.of(kInverse.multiply(secretKey).mod(N)));
        for (int i = 0; i < kCoefficients.size(); i++) {
            k.add(requireScalar("kCoefficients[" + i + "]", kCoefficients.get(i), true));
            sigma.add(requireScalar("sigmaCoefficients[" + i + "]", sigmaCoefficients.get(i), true));
        }
        return new EcdsaShareDealer(nonce, k, sigma);
    }

    /**
     * A dealer whose randomness is derived from {@code seed} ({@code keccak256(seed ‖ label ‖ i)} mod n), for a
     * signing subset of {@code threshold} nodes: the same seed gives the same R and shares on every node.
     */
    public static EcdsaShareDealer fromSeed(BigInteger secretKey, byte[] seed, int threshold) {
        InvalidInputException.requireNonNull("seed", seed);
        if (threshold < 1) {
            throw new InvalidInputException("threshold", "must be at least 1, got " + threshold);
        }
        BigInteger nonce = derived(seed, "nonce", 0);
        for (int attempt = 1; nonce.signum() == 0; attempt++) {
            nonce = derived(seed, "nonce", attempt);
        }
        List<BigInteger> k = new ArrayList<>();
        List<BigInteger> sigma = new ArrayList<>();
        for (int i = 1; i < threshold; i++) {
            k.add(derived(seed, "k", i));
            sigma.add(derived(seed, "sigma", i));
        }
        return of(secretKey, nonce, k, sigma);
    }

    /** R, SEC1 compressed, 66 lowercase hex digits. */
    public String bigR() {
        return Hex.encode(bigR.getEncoded(true));
    }

    /**
     * The share {@code sᵢ} of node {@code nodeIndex} of {@code subset} for {@code digest}.
     *
     * @throws InvalidInputException if the node is not in the subset, or the subset's size is not the dealer's
     *     threshold
     */
    public BigInteger share(DataToSign digest, SigningSubset subset, int nodeIndex) {
        InvalidInputException.requireNonNull("digest", digest);
        InvalidInputException.requireNonNull("subset", subset);
        if (!subset.contains(nodeIndex)) {
            throw new InvalidInputException(
                    "nodeIndex", "node " + nodeIndex + " is not in the signing subset " + subset.nodeIndices());
        }
        if (subset.size() != kPolynomial.size()) {
            throw new InvalidInputException(
                    "subset",
                    "has " + subset.size() + " nodes; the presignature was dealt" + " for " + kPolynomial.size());
        }
        BigInteger x = participant(nodeIndex);
        BigInteger lambda = BigInteger.ONE;
        for (int other : subset.nodeIndices()) {
            if (other != nodeIndex) {
                BigInteger xj = participant(other);
                lambda = lambda.multiply(xj)
                        .multiply(xj.subtract(x).modInverse(N))
                        .mod(N);
            }
        }
        BigInteger r = bigR.getAffineXCoord().toBigInteger().mod(N);
        BigInteger m = digest.toScalar();
        return lambda.multiply(m.multiply(evaluate(kPolynomial, x)).add(r.multiply(evaluate(sigmaPolynomial, x))))
                .mod(N);
    }

    @Override
    public String toString() {
        return "EcdsaShareDealer[R=" + bigR() + ", threshold=" + kPolynomial.size() + ", secrets=<hidden>]";
    }

    /** The participant id of node {@code nodeIndex} in a signing round: {@code nodeIndex + 1}. */
    public static BigInteger participant(int nodeIndex) {
        return BigInteger.valueOf(nodeIndex + 1L);
    }

    private static BigInteger evaluate(List<BigInteger> polynomial, BigInteger x) {
        BigInteger value = BigInteger.ZERO;
        for (int i = polynomial.size() - 1; i >= 0; i--) {
            value = value.multiply(x).add(polynomial.get(i)).mod(N);
        }
        return value;
    }

    private static BigInteger derived(byte[] seed, String label, int index) {
        byte[] tag = (label + "#" + index).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[seed.length + tag.length];
        System.arraycopy(seed, 0, input, 0, seed.length);
        System.arraycopy(tag, 0, input, seed.length, tag.length);
        return new BigInteger(1, Hash.sha3(input)).mod(N);
    }

    private static BigInteger requireScalar(String field, BigInteger value, boolean zeroAllowed) {
        InvalidInputException.requireNonNull(field, value);
        if (value.signum() < 0 || value.compareTo(N) >= 0 || (!zeroAllowed && value.signum() == 0)) {
            throw new InvalidInputException(
                    field, "must be a scalar " + (zeroAllowed ? "0" : "1") + "..n−1 (n the secp256k1 group order)");
        }
        return value;
    }
}
