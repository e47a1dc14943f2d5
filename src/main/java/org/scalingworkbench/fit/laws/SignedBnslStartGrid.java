package org.scalingworkbench.fit.laws;

import java.util.ArrayList;
import java.util.List;

/**
 * Starting points for a signed broken neural scaling law, placed from the data. A hypothesis is a
 * set of break locations d_1 &lt; ... &lt; d_n (at quantiles of ln x, and one beyond the largest x)
 * with a shared sharpness f in {0.02, 0.2, 1}. For each hypothesis and each floor a in {0, 0.5, 0.9}·min(y)
 * the segment exponents s_k come from straight lines through ln(y - a) against ln x between the
 * breaks (so a fall, a rise and a fall again give s_0 &gt; 0, s_1 &lt; 0, s_2 &gt; 0 and the exponents
 * c_0 = s_0, c_k = s_k - s_(k-1)), b puts the curve through the data on average, and the floor with
 * the smallest sum of squared log residuals is kept: one start per hypothesis, as for the monotone law
 * (decision 0006), so every arrangement of the breaks is refined. Unlike sign-blind grids of exponents,
 * the data say which stretches rise (decision 0015).
 */
final class SignedBnslStartGrid {

    private static final double[] FLOOR_FRACTIONS = {0.0, 0.5, 0.9};
    private static final double[] SHARPNESS = {0.02, 0.2, 1.0};
    private static final double BEYOND = 1.25;
    private static final int[] QUANTILE_COUNT = {0, 12, 9, 6};

    private final SignedBrokenNeuralScalingLaw law;
    private final int breaks;
    private final CurveSummary data;
    private final double[] lnX;
    private final double[] y;

    SignedBnslStartGrid(SignedBrokenNeuralScalingLaw law, CurveSummary data) {
        this.law = law;
        this.breaks = law.breaks();
        this.data = data;
        this.lnX = data.lnX();
        this.y = data.y();
    }

    /** One start per break hypothesis (39, 135 or 105 for 1, 2 or 3 breaks), in the law's order. */
    List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        for (double[] lnD : increasingTuples(breakLocations(), breaks)) {
            for (double f : SHARPNESS) {
                points.add(bestOverFloors(lnD, f));
            }
        }
        return points;
    }

    /** Quantiles 1/(m+1) .. m/(m+1) of ln x, and one point a quarter of the log-range beyond the largest x. */
    private double[] breakLocations() {
        int m = QUANTILE_COUNT[breaks];
        double[] lnD = new double[m + 1];
        for (int i = 0; i < m; i++) {
            lnD[i] = data.lnXQuantile((i + 1.0) / (m + 1.0));
        }
        double lo = data.lnXQuantile(0.0);
        lnD[m] = lo + BEYOND * (data.lnXQuantile(1.0) - lo);
        return lnD;
    }

    private double[] bestOverFloors(double[] lnD, double f) {
        double[] best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double fraction : FLOOR_FRACTIONS) {
            double[] p = point(fraction * data.minY(), lnD, f);
            double score = logResidualSumOfSquares(p);
            if (best == null || score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private double[] point(double a, double[] lnD, double f) {
        double[] s = segmentExponents(a, lnD);
        double[] p = new double[3 + 3 * breaks];
        p[0] = a;
        p[1] = 1.0;
        p[2] = s[0];
        for (int i = 0; i < breaks; i++) {
            p[3 + i] = s[i + 1] - s[i];
            p[3 + breaks + i] = Math.exp(lnD[i]);
            p[3 + 2 * breaks + i] = f;
        }
        p[1] = scaleThroughData(p);
        return p;
    }

    /**
     * -slope of ln(y - a) against ln x on the rows of each segment between breaks; a segment with
     * fewer than two distinct x takes its left neighbour's exponent (the first: its right one's, or 0).
     */
    private double[] segmentExponents(double a, double[] lnD) {
        double[] s = new double[breaks + 1];
        boolean[] known = new boolean[breaks + 1];
        for (int k = 0; k <= breaks; k++) {
            double lo = k == 0 ? Double.NEGATIVE_INFINITY : lnD[k - 1];
            double hi = k == breaks ? Double.POSITIVE_INFINITY : lnD[k];
            double slope = slopeBetween(a, lo, hi);
            known[k] = !Double.isNaN(slope);
            s[k] = known[k] ? -slope : 0.0;
        }
        fillUnknown(s, known);
        return s;
    }

    private static void fillUnknown(double[] s, boolean[] known) {
        int firstKnown = 0;
        while (firstKnown < s.length && !known[firstKnown]) {
            firstKnown++;
        }
        for (int k = 0; k < s.length; k++) {
            if (!known[k]) {
                s[k] = k < firstKnown ? (firstKnown < s.length ? s[firstKnown] : 0.0) : s[k - 1];
            }
        }
    }

    /** Least-squares slope of ln(y - a) on ln x over rows with lo &le; ln x &lt; hi and y &gt; a; NaN if undetermined. */
    private double slopeBetween(double a, double lo, double hi) {
        List<double[]> uv = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (lnX[i] >= lo && lnX[i] < hi && y[i] > a) {
                uv.add(new double[] {lnX[i], Math.log(y[i] - a)});
            }
        }
        double[] u = uv.stream().mapToDouble(r -> r[0]).toArray();
        double[] v = uv.stream().mapToDouble(r -> r[1]).toArray();
        CurveSummary.Line line = CurveSummary.Line.fit(u, v);
        boolean spread = u.length >= 2 && java.util.Arrays.stream(u).max().getAsDouble()
                > java.util.Arrays.stream(u).min().getAsDouble();
        return spread ? line.slope() : Double.NaN;
    }

    /** Sum over rows of (ln yhat - ln y)^2; +Infinity when a prediction is not positive and finite. */
    private double logResidualSumOfSquares(double[] p) {
        double sum = 0.0;
        double lnB = Math.log(p[1]);
        for (int i = 0; i < y.length; i++) {
            double r = Math.log(p[0] + Math.exp(lnB + law.lnShape(lnX[i], p))) - Math.log(y[i]);
            sum += r * r;
        }
        return Double.isNaN(sum) ? Double.POSITIVE_INFINITY : sum;
    }

    /** exp(mean over rows with y &gt; a of ln(y - a) - ln(shape(x))), where shape is the law with b = 1. */
    private double scaleThroughData(double[] p) {
        double sum = 0.0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > p[0]) {
                sum += Math.log(y[i] - p[0]) - law.lnShape(lnX[i], p);
                count++;
            }
        }
        double lnB = count > 0 ? sum / count : 0.0;
        return Double.isFinite(lnB) ? Math.exp(lnB) : 1.0;
    }

    /** Strictly increasing tuples of length k drawn from ascending {@code values}. */
    private static List<double[]> increasingTuples(double[] values, int k) {
        List<double[]> out = new ArrayList<>();
        collect(values, k, 0, new double[k], 0, out);
        return out;
    }

    private static void collect(double[] values, int k, int from, double[] prefix, int depth, List<double[]> out) {
        if (depth == k) {
            out.add(prefix.clone());
            return;
        }
        for (int i = from; i < values.length; i++) {
            prefix[depth] = values[i];
            collect(values, k, i + 1, prefix, depth + 1, out);
        }
    }
}
