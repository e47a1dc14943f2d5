package org.scalingworkbench.figure.axis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ticks of a base-10 log axis. Over a decade or more: major ticks at powers of ten labelled 10^k
 * (every n-th decade when more than {@code maxLabels} would not fit, never at 10^9.5), minor
 * ticks at 2..9 times each decade (dropped when the decades are too many to show them). Where at
 * most one power of ten is in view (about a decade or less): ticks at each whole mantissa, about
 * four of them labelled where they fit without crowding (2, 3, 4, 5×10^9, or 2×10^9 and 5×10^9 on
 * a short axis), or evenly spaced ones such as 2.5×10^9 in a narrower range; there, values from
 * 0.01 to 9999 are labelled as plain decimals (0.5, 2, 300), as a reader expects near 1.
 */
public final class LogTickGenerator {

    private static final double EPS = 1e-9;
    private static final int MAX_MINOR_DECADES = 12;
    private static final double[] STEPS_DOWN = {5, 2, 1};
    /** Where at most one power of ten is in view, this many labels are wanted where they fit (a paper figure reads values off). */
    private static final int WANTED_LABELS = 4;
    /** How close two labels may come, as a share of the slot each has when evenly spaced. */
    private static final double SLOT_SHARE = 0.8;
    /**
     * Label sets of whole mantissas, coarse to fine, each roughly evenly spaced in log units (as
     * matplotlib labels a subset of its minor ticks on narrow log axes).
     */
    private static final int[][] MANTISSA_SETS = {{1, 2, 5}, {1, 2, 3, 5}, {1, 2, 3, 4, 5, 7}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};

    /**
     * The ticks in [lower, upper], ascending.
     *
     * @param lower     the axis' lower bound, &gt; 0
     * @param upper     the axis' upper bound, &gt; lower
     * @param maxLabels how many labels fit along the axis (at least 2)
     */
    public List<AxisTick> ticks(double lower, double upper, int maxLabels) {
        if (!(lower > 0) || !(upper > lower) || Double.isInfinite(upper)) {
            throw new IllegalArgumentException("log axis range must satisfy 0 < lower < upper, got ["
                    + lower + ", " + upper + "]");
        }
        int labels = Math.max(2, maxLabels);
        int kLow = (int) Math.floor(Math.log10(lower) + EPS);
        int kHigh = (int) Math.floor(Math.log10(upper) + EPS);
        int decadesInView = kHigh - kLow + (inRange(Math.pow(10, kLow), lower, upper) ? 1 : 0);
        if (decadesInView >= 2) {
            return decadeTicks(lower, upper, kLow, kHigh, labels);
        }
        return narrowTicks(lower, upper, kLow, kHigh, labels).stream().map(LogTickGenerator::decimalNearOne).toList();
    }

    /**
     * Ticks where at most one power of ten is in view: the coarsest candidate (whole-mantissa sets, then even steps
     * finer than a whole mantissa) that labels {@value #WANTED_LABELS} values (fewer when fewer fit)
     * without crowding; failing that, the candidate with the most labels that fits.
     */
    private static List<AxisTick> narrowTicks(double lower, double upper, int kLow, int kHigh, int labels) {
        List<List<AxisTick>> candidates = new ArrayList<>();
        for (int[] set : MANTISSA_SETS) {
            candidates.add(mantissaTicks(lower, upper, kLow, kHigh, set));
        }
        for (double step : finerSteps(lower, upper, kHigh, labels)) {
            candidates.add(evenTicks(lower, upper, step));
        }
        int wanted = Math.min(WANTED_LABELS, labels);
        List<AxisTick> best = candidates.get(0);
        for (List<AxisTick> c : candidates) {
            if (fits(c, lower, upper, labels)) {
                if (labelled(c) >= wanted) {
                    return c;
                }
                best = labelled(c) > labelled(best) ? c : best;
            }
        }
        return best;
    }

    /**
     * Whether the labels fit: at most {@code labels} of them, no two closer (in log10 units) than
     * {@value #SLOT_SHARE} of the slot each would have if evenly spaced; the slot the axis budgets
     * is wider than a label, so a label may come that close without touching its neighbour.
     */
    private static boolean fits(List<AxisTick> ticks, double lower, double upper, int labels) {
        double[] at = ticks.stream().filter(AxisTick::labelled).mapToDouble(t -> Math.log10(t.value())).toArray();
        double slot = (Math.log10(upper) - Math.log10(lower)) / labels;
        for (int i = 1; i < at.length; i++) {
            if (at[i] - at[i - 1] < SLOT_SHARE * slot) {
                return false;
            }
        }
        return at.length <= labels;
    }

    private static long labelled(List<AxisTick> ticks) {
        return ticks.stream().filter(AxisTick::labelled).count();
    }

    private static List<AxisTick> decadeTicks(double lower, double upper, int kLow, int kHigh, int labels) {
        int decades = kHigh - kLow + 1;
        int step = (int) Math.ceil(decades / (double) labels);
        boolean minors = decades <= MAX_MINOR_DECADES;
        List<AxisTick> ticks = new ArrayList<>();
        for (int k = kLow; k <= kHigh; k++) {
            double decade = Math.pow(10, k);
            if (inRange(decade, lower, upper)) {
                boolean labelled = Math.floorMod(k, step) == 0;
                ticks.add(new AxisTick(decade, labelled, labelled ? new TickLabel("", k) : null));
            }
            for (int m = 2; minors && m <= 9; m++) {
                double v = m * decade;
                if (inRange(v, lower, upper)) {
                    ticks.add(new AxisTick(v, false, null));
                }
            }
        }
        return ticks;
    }

    /** Ticks at each whole m×10^k in view (major at m = 1), labelled where m is in {@code set}. */
    private static List<AxisTick> mantissaTicks(double lower, double upper, int kLow, int kHigh, int[] set) {
        List<AxisTick> ticks = new ArrayList<>();
        for (int k = kLow; k <= kHigh; k++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, k);
                if (inRange(v, lower, upper)) {
                    int mantissa = m;
                    boolean labelled = IntStream.of(set).anyMatch(s -> s == mantissa);
                    ticks.add(new AxisTick(v, m == 1, labelled ? new TickLabel(m == 1 ? "" : Integer.toString(m), k) : null));
                }
            }
        }
        return ticks;
    }

    /** Ticks at every multiple of {@code step} in view, each labelled. */
    private static List<AxisTick> evenTicks(double lower, double upper, double step) {
        List<AxisTick> ticks = new ArrayList<>();
        for (long i = (long) Math.ceil(lower / step - EPS); i * step <= upper * (1 + EPS); i++) {
            ticks.add(new AxisTick(i * step, false, label(i * step, step)));
        }
        return ticks;
    }

    /**
     * Steps of 5, 2 and 1 × 10^j finer than a whole mantissa of the upper decade (5×10^(kHigh-1)
     * first), down to the last that puts no more than {@code labels} ticks in view.
     */
    private static List<Double> finerSteps(double lower, double upper, int kHigh, int labels) {
        List<Double> steps = new ArrayList<>();
        for (int j = kHigh - 1; ; j--) {
            for (double f : STEPS_DOWN) {
                if (count(lower, upper, f * Math.pow(10, j)) > labels) {
                    return steps;
                }
                steps.add(f * Math.pow(10, j));
            }
        }
    }

    private static long count(double lower, double upper, double step) {
        return (long) Math.floor(upper / step + EPS) - (long) Math.ceil(lower / step - EPS) + 1;
    }

    /** m×10^k for v, with as many mantissa digits as the step needs. */
    private static TickLabel label(double v, double step) {
        int k = (int) Math.floor(Math.log10(v) + EPS);
        int digits = Math.max(0, k - (int) Math.floor(Math.log10(step) + EPS));
        BigDecimal mantissa = BigDecimal.valueOf(v / Math.pow(10, k)).setScale(digits, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String text = mantissa.compareTo(BigDecimal.ONE) == 0 ? "" : mantissa.toPlainString();
        return new TickLabel(text, k);
    }

    /** The tick with a plain decimal label when its exponent is in [-2, 3]. */
    private static AxisTick decimalNearOne(AxisTick t) {
        if (!t.labelled() || t.label().exponent() < -2 || t.label().exponent() > 3) {
            return t;
        }
        String m = t.label().mantissa().isEmpty() ? "1" : t.label().mantissa();
        String text = new BigDecimal(m).scaleByPowerOfTen(t.label().exponent()).stripTrailingZeros().toPlainString();
        return new AxisTick(t.value(), t.major(), new TickLabel(t.label().mantissa(), t.label().exponent(), text));
    }

    private static boolean inRange(double v, double lower, double upper) {
        return v >= lower * (1 - EPS) && v <= upper * (1 + EPS);
    }
}
