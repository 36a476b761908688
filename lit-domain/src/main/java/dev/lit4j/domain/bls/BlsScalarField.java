package dev.lit4j.domain.bls;

import java.math.BigInteger;

/**
 * The scalar field Fr of BLS12-381: integers modulo the prime order {@link #ORDER} of G1 and G2.
 *
 * <p>Lit4j does its Fr arithmetic with {@link BigInteger} modulo {@link #ORDER}: the only Fr values the
 * domain computes are Lagrange coefficients of public share identifiers, so readability matters more
 * than constant time, and blst is left to do what only it can do fast (point decoding, scalar
 * multiplication, hashing to G2, pairings).
 */
public final class BlsScalarField {

    /** r, the prime order of the BLS12-381 groups G1 and G2. */
    public static final BigInteger ORDER =
            new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

    private BlsScalarField() {}

    /**
     * The Lagrange coefficients at 0 for the points {@code xs}: λ_i = Π_{j≠i} x_j / (x_j − x_i) mod r,
     * so that f(0) = Σ λ_i·f(x_i) for every polynomial f of degree below {@code xs.length}. The points are
     * share identifiers: 1..255 on Datil, hashes of peer ids on Naga (operations spec §5.9).
     *
     * @param xs distinct values in 1..r−1; the caller checks this
     */
    static BigInteger[] lagrangeAtZero(BigInteger[] xs) {
        BigInteger[] lambdas = new BigInteger[xs.length];
        for (int i = 0; i < xs.length; i++) {
            BigInteger numerator = BigInteger.ONE;
            BigInteger denominator = BigInteger.ONE;
            for (int j = 0; j < xs.length; j++) {
                if (j != i) {
                    numerator = numerator.multiply(xs[j]).mod(ORDER);
                    denominator = denominator.multiply(xs[j].subtract(xs[i])).mod(ORDER);
                }
            }
            lambdas[i] = numerator.multiply(denominator.modInverse(ORDER)).mod(ORDER);
        }
        return lambdas;
    }
}
