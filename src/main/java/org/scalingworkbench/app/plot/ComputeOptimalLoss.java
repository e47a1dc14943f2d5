package org.scalingworkbench.app.plot;

import org.scalingworkbench.fit.ScalingLaw;

/**
 * The lowest loss a law of N and D reaches at compute C (FLOPs) with D = C/(6N): min over N of
 * L(N, C/(6N)), the loss along the compute-optimal frontier N_opt(C) (Hoffmann et al. 2022). Found
 * by golden-section search in ln N over 9 e-folds either side of √(C/6), where the IsoFLOP profile
 * of Chinchilla's and Kaplan's laws has one minimum.
 */
final class ComputeOptimalLoss {

    private static final double SPAN = 9;
    private static final double RATIO = (Math.sqrt(5) - 1) / 2;
    private static final int STEPS = 60;

    private ComputeOptimalLoss() {
    }

    /** min over N of law(N, C/(6N)) for parameters p, in the law's units; NaN for C ≤ 0. */
    static double of(ScalingLaw law, double[] p, double c) {
        if (!(c > 0)) {
            return Double.NaN;
        }
        double centre = 0.5 * Math.log(c / 6);
        double a = centre - SPAN;
        double b = centre + SPAN;
        double u = b - RATIO * (b - a);
        double v = a + RATIO * (b - a);
        double fu = loss(law, p, c, u);
        double fv = loss(law, p, c, v);
        for (int i = 0; i < STEPS; i++) {
            if (fu <= fv) {
                b = v;
                v = u;
                fv = fu;
                u = b - RATIO * (b - a);
                fu = loss(law, p, c, u);
            } else {
                a = u;
                u = v;
                fu = fv;
                v = a + RATIO * (b - a);
                fv = loss(law, p, c, v);
            }
        }
        return Math.min(fu, fv);
    }

    private static double loss(ScalingLaw law, double[] p, double c, double lnN) {
        double n = Math.exp(lnN);
        double value = law.value(new double[] {n, c / (6 * n)}, p);
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }
}
