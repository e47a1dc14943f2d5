package org.scalingworkbench.app.compare;

import java.util.Random;

/**
 * A simulated sweep of many learning curves, each a power law plus constant
 * y = Linf + (x0/x)^alpha with parameters of its own, times lognormal noise of a stated
 * standard deviation (ln units). Curve i (0-based) has Linf = 1 + 0.1 i, x0 = 10^(3.5 + 0.1 i),
 * alpha = 0.2 + 0.02 i, at 16 log-spaced x from 1e6 to 1e10; the noise comes from a fixed seed.
 */
public final class SimulatedPowerLawSweep {

    /** Points per curve. */
    public static final int POINTS = 16;

    private SimulatedPowerLawSweep() {
    }

    /** Curve i's parameters {Linf, x0, alpha}. */
    public static double[] parameters(int i) {
        return new double[] {1 + 0.1 * i, Math.pow(10, 3.5 + 0.1 * i), 0.2 + 0.02 * i};
    }

    /** The sweep as CSV text with columns curve (c00, c01, ...), tokens, loss. */
    public static String csv(int curves, double noise, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("curve,tokens,loss\n");
        for (int i = 0; i < curves; i++) {
            double[] p = parameters(i);
            for (int j = 0; j < POINTS; j++) {
                double x = Math.pow(10, 6 + 4.0 * j / (POINTS - 1));
                double y = (p[0] + Math.pow(p[1] / x, p[2])) * Math.exp(noise * random.nextGaussian());
                csv.append(String.format("c%02d,%s,%s%n", i, x, y));
            }
        }
        return csv.toString();
    }
}
