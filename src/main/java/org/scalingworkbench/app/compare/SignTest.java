package org.scalingworkbench.app.compare;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact two-sided sign test: given that law A beat law B on {@code k} of {@code n} curves
 * (ties left out), how likely a split at least this uneven is if each curve were a fair coin
 * (binomial, p = 1/2). Computed with exact integers, so 9 of 10 gives 2 · 11 / 1024 = 22/1024.
 */
public final class SignTest {

    private SignTest() {
    }

    /**
     * The two-sided p-value min(1, 2 · P(X ≤ min(k, n − k))), X ~ Binomial(n, 1/2); 1 when
     * {@code n} is 0 (no curve decides).
     *
     * @param k successes (curves won), 0 ≤ k ≤ n
     * @param n trials (curves decided)
     * @throws IllegalArgumentException if {@code n} &lt; 0 or {@code k} is outside [0, n]
     */
    public static double twoSided(int k, int n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("a sign test needs 0 <= k <= n, got k = " + k + ", n = " + n);
        }
        int tail = Math.min(k, n - k);
        BigInteger coefficient = BigInteger.ONE;
        BigInteger sum = BigInteger.ONE;
        for (int i = 0; i < tail; i++) {
            coefficient = coefficient.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            sum = sum.add(coefficient);
        }
        BigDecimal p = new BigDecimal(sum.shiftLeft(1)).divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)));
        return Math.min(1.0, p.doubleValue());
    }
}
