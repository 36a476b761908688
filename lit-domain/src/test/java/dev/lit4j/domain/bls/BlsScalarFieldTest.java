package dev.lit4j.domain.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BlsScalarFieldTest {
    private static final BigInteger R = BlsScalarField.ORDER;

    @Test
    void theOrderIsThePrimeR() {
        assertEquals(255, R.bitLength());
        assertTrue(R.isProbablePrime(64));
        assertEquals("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", R.toString(16));
    }

    @Test
    void lagrangeCoefficientsOfOneTwoThree() {
        // λ1 = 2·3/((2−1)(3−1)) = 3, λ2 = 1·3/((1−2)(3−2)) = −3, λ3 = 1·2/((1−3)(2−3)) = 1
        BigInteger[] lambdas = lagrange(new int[] {1, 2, 3});
        assertArrayEquals(
                new BigInteger[] {BigInteger.valueOf(3), R.subtract(BigInteger.valueOf(3)), BigInteger.ONE}, lambdas);
    }

    @Test
    void lagrangeCoefficientsNeedingAnInverse() {
        // λ1 = 3/(3−1) = 3/2, λ3 = 1/(1−3) = −1/2; they sum to 1, as coefficients at 0 always do
        BigInteger[] lambdas = lagrange(new int[] {1, 3});
        BigInteger half = BigInteger.TWO.modInverse(R);
        assertEquals(BigInteger.valueOf(3).multiply(half).mod(R), lambdas[0]);
        assertEquals(R.subtract(half), lambdas[1]);
        assertEquals(BigInteger.ONE, lambdas[0].add(lambdas[1]).mod(R));
    }

    @Test
    void interpolatesAPolynomialAtZero() {
        // f(x) = 7 + 5x + 11x²; any three points give back f(0) = 7
        int[] xs = {2, 9, 200};
        BigInteger[] lambdas = lagrange(xs);
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < xs.length; i++) {
            long x = xs[i];
            sum = sum.add(lambdas[i].multiply(BigInteger.valueOf(7 + 5 * x + 11 * x * x)));
        }
        assertEquals(BigInteger.valueOf(7), sum.mod(R));
    }

    @Test
    void aSinglePointHasCoefficientOne() {
        assertArrayEquals(new BigInteger[] {BigInteger.ONE}, lagrange(new int[] {5}));
    }

    private static BigInteger[] lagrange(int... xs) {
        BigInteger[] points = new BigInteger[xs.length];
        for (int i = 0; i < xs.length; i++) {
            points[i] = BigInteger.valueOf(xs[i]);
        }
        return BlsScalarField.lagrangeAtZero(points);
    }
}
