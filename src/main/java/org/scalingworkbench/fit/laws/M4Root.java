package org.scalingworkbench.fit.laws;

/**
 * The solution y of M4's equation ln(y - epsInf) - alpha·ln(epsZero - y) = r in (epsInf, epsZero),
 * where r = ln beta - c·ln x, together with A = y - epsInf and B = epsZero - y, each accurate to a few
 * ulps even where y sits on an asymptote (so A or B alone is tiny).
 *
 * <p>With Delta = epsZero - epsInf and y = epsInf + Delta·s, the unknown is the logit
 * z = ln(s/(1 - s)). The equation becomes h(z) = -softplus(-z) + alpha·softplus(z) - K = 0 with
 * K = r - (1 - alpha)·ln Delta. h is increasing with slope (1 - s) + alpha·s in [min(1, alpha),
 * max(1, alpha)] and is concave (alpha &lt; 1) or convex (alpha &gt; 1), so Newton converges from any
 * start after at most one overshoot; a bracket from the piecewise-linear envelope of h guards it.
 *
 * @param y            the solution, in the units of y
 * @param aboveFloor   A = y - epsInf &gt; 0
 * @param belowCeiling B = epsZero - y &gt; 0
 */
record M4Root(double y, double aboveFloor, double belowCeiling) {

    private static final double LN2 = Math.log(2.0);
    private static final int MAX_ITERATIONS = 200;

    /**
     * Solves the equation; returns null when it has no solution in (epsInf, epsZero): epsZero &le;
     * epsInf, alpha &lt; 0 or NaN, or alpha = 0 with epsInf + e^r &ge; epsZero.
     */
    static M4Root solve(double epsInf, double epsZero, double alpha, double r) {
        double[] ab = new double[2];
        double y = solveInto(epsInf, epsZero, alpha, r, ab);
        return Double.isNaN(y) ? null : new M4Root(y, ab[0], ab[1]);
    }

    /**
     * As {@link #solve}, allocating nothing (a fit evaluates the root once per row and step): returns
     * y, or NaN where there is no solution, and writes A and B into {@code ab[0]} and {@code ab[1]}
     * when {@code ab} is not null.
     */
    static double solveInto(double epsInf, double epsZero, double alpha, double r, double[] ab) {
        double delta = epsZero - epsInf;
        if (!(delta > 0) || !(alpha >= 0) || Double.isNaN(r) || Double.isInfinite(delta)) {
            return Double.NaN;
        }
        double a;
        double b;
        if (alpha == 0.0) {
            a = Math.exp(r);
            b = delta - a;
            if (!(b > 0)) {
                return Double.NaN;
            }
        } else {
            double z = logit(alpha, r - (1.0 - alpha) * Math.log(delta));
            double e = Math.exp(-Math.abs(z));
            a = delta * sigmoid(z, e);
            b = delta * sigmoid(-z, e);
        }
        if (ab != null) {
            ab[0] = a;
            ab[1] = b;
        }
        return a <= b ? epsInf + a : epsZero - b;
    }

    /** The root of h(z) = -softplus(-z) + alpha·softplus(z) - k for alpha &gt; 0. */
    static double logit(double alpha, double k) {
        double lo = envelopeInverse(alpha, k - alpha * LN2 - 1.0);
        double hi = envelopeInverse(alpha, k + LN2 + 1.0);
        double z = Math.min(Math.max(envelopeInverse(alpha, k), lo), hi);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double e = Math.exp(-Math.abs(z));
            double log1pE = Math.log1p(e);
            double h = -(Math.max(-z, 0.0) + log1pE) + alpha * (Math.max(z, 0.0) + log1pE) - k;
            if (h == 0.0) {
                return z;
            }
            if (h < 0) {
                lo = z;
            } else {
                hi = z;
            }
            double slope = sigmoid(-z, e) + alpha * sigmoid(z, e);
            double newton = z - h / slope;
            if (Math.abs(h / slope) <= 1e-15 * Math.max(1.0, Math.abs(z))) {
                return newton >= lo && newton <= hi ? newton : z;
            }
            z = newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
        }
        return z;
    }

    /**
     * {@link LogisticFunctions#sigmoid} of u given e = exp(-|u|), with the same operations. Newton's
     * loop computes h = -softplus(-z) + alpha·softplus(z) - k and its slope from one exp and one
     * log1p (softplus(±z) = max(±z, 0) + log1p(e)): the same values as through
     * {@link LogisticFunctions}, at a third of the transcendental calls.
     */
    private static double sigmoid(double u, double e) {
        return u >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /** The inverse of the envelope phi(z) = min(0, z) + alpha·max(0, z). */
    private static double envelopeInverse(double alpha, double w) {
        return w <= 0 ? w : w / alpha;
    }
}
