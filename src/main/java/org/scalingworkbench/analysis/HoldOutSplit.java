package org.scalingworkbench.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scalingworkbench.data.NumberParser;

/**
 * Which points of a curve are held out of the fit (and scored as extrapolation) and which are
 * fitted. Four kinds, with their command-line forms:
 * <ul>
 *   <li>{@link CutOff} {@code x>1e9}: points with x above the cut-off (x in original units);</li>
 *   <li>{@link LargestRuns} {@code top:3}: the k largest runs, a run's points staying together;</li>
 *   <li>{@link NamedRuns} {@code runs:a,b}: the runs named;</li>
 *   <li>{@link SplitColumn} {@code column:Training}: a column of the file marks each row.</li>
 * </ul>
 */
public sealed interface HoldOutSplit permits HoldOutSplit.None, HoldOutSplit.CutOff, HoldOutSplit.LargestRuns,
        HoldOutSplit.NamedRuns, HoldOutSplit.SplitColumn {

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
     * Parses {@code none}, {@code top:K}, {@code x>VALUE}, {@code column:NAME} or {@code runs:A,B,...}.
     *
     * @throws IllegalArgumentException with a one-line message on any other form
     */
    static HoldOutSplit parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("none")) {
            return NONE;
        }
        if (lower.startsWith("top:")) {
            try {
                return new LargestRuns(Integer.parseInt(s.substring(4).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hold-out '" + s + "': K in top:K must be a whole number");
            }
        }
        if (lower.startsWith("x>")) {
            NumberParser parser = new NumberParser();
            if (parser.parse(s.substring(2).strip()) != NumberParser.NUMBER) {
                throw new IllegalArgumentException("hold-out '" + s + "': " + NumberParser.EXPECTATION + " after x>");
            }
            return new CutOff(parser.value());
        }
        if (lower.startsWith("column:") && s.length() > 7) {
            return new SplitColumn(s.substring(7).strip());
        }
        if (lower.startsWith("runs:") && s.length() > 5) {
            return new NamedRuns(Set.copyOf(List.of(s.substring(5).split(",")).stream().map(String::strip)
                    .filter(r -> !r.isEmpty()).toList()));
        }
        throw new IllegalArgumentException("hold-out '" + s + "' is not one of none, top:K, x>VALUE, column:NAME, runs:A,B");
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
