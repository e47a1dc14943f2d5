package org.scalingworkbench.analysis;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which points of a curve are held out of the fit (and scored as extrapolation) and which are
 * fitted. The kinds, with their command-line forms:
 * <ul>
 *   <li>{@link CutOff} {@code x>1e9}: points with x above the cut-off (x in original units);</li>
 *   <li>{@link LargestRuns} {@code top:3}: the k largest runs, a run's points staying together;</li>
 *   <li>{@link LastPoints} {@code last:3}: each curve's 3 points of largest x;</li>
 *   <li>{@link UpTo} {@code upto:25%}: each curve fitted on its points with x up to 25% of its own largest x;</li>
 *   <li>{@link NamedRuns} {@code runs:a,b}: the runs named;</li>
 *   <li>{@link SplitColumn} {@code column:Training}: a column of the file marks each row.</li>
 * </ul>
 */
public sealed interface HoldOutSplit permits HoldOutSplit.None, HoldOutSplit.CutOff, HoldOutSplit.LargestRuns,
        HoldOutSplit.LastPoints, HoldOutSplit.UpTo, HoldOutSplit.NamedRuns, HoldOutSplit.SplitColumn {

    /** Nothing held out: every point is fitted. */
    HoldOutSplit NONE = new None();

    /**
     * The mask of held-out points of {@code curve} (true = held out), indexed like the curve's points.
     *
     * @throws IllegalArgumentException when the split does not apply to the curve (no such column,
     *                                  unknown run, nothing left to fit)
     */
    boolean[] heldOut(Curve curve);

    /** The split in its command-line form, for reports. */
    String description();

    /**
     * Parses {@code none}, {@code top:K}, {@code last:K}, {@code upto:F%} (or {@code upto:0.25}),
     * {@code x>VALUE}, {@code column:NAME} or {@code runs:A,B,...}; see {@link HoldOutForms}.
     *
     * @throws IllegalArgumentException with a one-line message on any other form, listing the forms
     */
    static HoldOutSplit parse(String spec) {
        return HoldOutForms.parse(spec);
    }

    /** Holds out nothing. */
    record None() implements HoldOutSplit {

        @Override
        public boolean[] heldOut(Curve curve) {
            return new boolean[curve.size()];
        }

        @Override
        public String description() {
            return "none";
        }
    }

    /**
     * Holds out the points with x strictly above {@code x}.
     *
     * @param x the cut-off, in the scaling variable's original units
     */
    record CutOff(double x) implements HoldOutSplit {

        public CutOff {
            if (Double.isNaN(x)) {
                throw new IllegalArgumentException("the cut-off is not a number");
            }
        }

        @Override
        public boolean[] heldOut(Curve curve) {
            boolean[] held = new boolean[curve.size()];
            for (int k = 0; k < held.length; k++) {
                held[k] = curve.xAt(k) > x;
            }
            return held;
        }

        @Override
        public String description() {
            return "x>" + x;
        }
    }

    /**
     * Holds out the {@code k} largest runs. A run is ranked by its model size N where the sweep has
     * an N column other than x, else by its largest x; all points of a run go together. In a sweep
     * without a run column every row is a run.
     */
    record LargestRuns(int k) implements HoldOutSplit {

        public LargestRuns {
            if (k < 1) {
                throw new IllegalArgumentException("top:K needs K ≥ 1, got " + k);
            }
        }

        @Override
        public boolean[] heldOut(Curve curve) {
            return RunRanking.of(curve).largest(k);
        }

        @Override
        public String description() {
            return "top:" + k;
        }
    }

    /**
     * Holds out each curve's {@code k} points of largest x, whatever run they belong to: along a
     * training curve the last k evaluations, in a sweep of one row per run the k largest runs by x.
     * Points tied with the k-th largest x are held out with it (so more than k may be held out),
     * which keeps every fitted x below every held-out x and keeps together a run whose points
     * share one x. To hold out whole runs that span several x, use {@link LargestRuns}.
     */
    record LastPoints(int k) implements HoldOutSplit {

        public LastPoints {
            if (k < 1) {
                throw new IllegalArgumentException("last:K needs K ≥ 1, got " + k);
            }
        }

        @Override
        public boolean[] heldOut(Curve curve) {
            double[] x = IntStream.range(0, curve.size()).mapToDouble(curve::xAt).toArray();
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            if (k >= x.length || sorted[x.length - k] == sorted[0]) {
                throw new IllegalArgumentException(description() + " would hold out all " + x.length + " points of "
                        + curve.name() + (k >= x.length ? "" : " (tied at the largest x)") + ", leaving nothing to fit");
            }
            double threshold = sorted[x.length - k];
            boolean[] held = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                held[i] = x[i] >= threshold;
            }
            return held;
        }

        @Override
        public String description() {
            return "last:" + k;
        }
    }

    /**
     * Fits each curve on its points with x at most {@code percent}% of that curve's own largest x
     * (in x's original units, not its log) and holds out the rest: {@code upto:25%} is "fit on the
     * first quarter and forecast the rest". The point of largest x is always held out.
     *
     * @param percent the share of the curve's largest x, in percent, strictly between 0 and 100
     */
    record UpTo(double percent) implements HoldOutSplit {

        /** Relative slack so that a point at exactly the limit (25% of 4e9 = 1e9) counts as fitted despite rounding. */
        private static final double SLACK = 1e-12;

        public UpTo {
            if (!(percent > 0 && percent < 100)) {
                throw new IllegalArgumentException("upto:F% needs F strictly between 0 and 100, got " + percent);
            }
        }

        @Override
        public boolean[] heldOut(Curve curve) {
            double largest = IntStream.range(0, curve.size()).mapToDouble(curve::xAt).max().orElse(Double.NaN);
            double limit = largest * percent / 100;
            boolean[] held = new boolean[curve.size()];
            int fitted = 0;
            for (int i = 0; i < held.length; i++) {
                held[i] = curve.xAt(i) > limit * (1 + SLACK);
                fitted += held[i] ? 0 : 1;
            }
            if (fitted == 0) {
                throw new IllegalArgumentException(description() + " leaves nothing to fit in " + curve.name()
                        + ": no point has x ≤ " + String.format(Locale.ROOT, "%.4g", limit) + " (" + percentText()
                        + " of its largest x, " + String.format(Locale.ROOT, "%.4g", largest) + ")");
            }
            return held;
        }

        @Override
        public String description() {
            return "upto:" + percentText();
        }

        private String percentText() {
            return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** Holds out the runs named (values of the sweep's run column). */
    record NamedRuns(Set<String> runs) implements HoldOutSplit {

        public NamedRuns {
            runs = Set.copyOf(runs);
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("runs: names no run");
            }
        }

        @Override
        public boolean[] heldOut(Curve curve) {
            return RunRanking.of(curve).named(runs);
        }

        @Override
        public String description() {
            return "runs:" + String.join(",", runs.stream().sorted().toList());
        }
    }

    /**
     * A column of the file marks each row: 1 or true or a label {@code train}/{@code fit} for fitted
     * rows; 0 or false or {@code heldout}/{@code holdout}/{@code test}/{@code val}/{@code validation}
     * for held-out rows (case ignored). The Alabdulmohsin et al. benchmark's {@code Training} column
     * is of the first kind.
     */
    record SplitColumn(String column) implements HoldOutSplit {

        @Override
        public boolean[] heldOut(Curve curve) {
            return SplitLabels.heldOut(curve, column);
        }

        @Override
        public String description() {
            return "column:" + column;
        }
    }
}
