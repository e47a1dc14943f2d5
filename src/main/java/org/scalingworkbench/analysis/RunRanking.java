package org.scalingworkbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;

/**
 * A curve's points grouped by run, with each run's scale (see {@link HoldOutSplit.LargestRuns}).
 * Runs are numbered in order of first appearance; in a sweep without a run column each point is a
 * run of its own. Held in primitive arrays and ranked by selection, so a million-row curve is
 * grouped and its top runs found in one pass each, with no boxed value or key per row.
 */
final class RunRanking {

    private static final int SELECTION_LIMIT = 64;

    private final Curve curve;
    private final int[] runOf;
    private final List<String> names;
    private final double[] scale;
    private final double[] largestX;
    private final int runs;

    private RunRanking(Curve curve, int[] runOf, List<String> names, double[] scale, double[] largestX, int runs) {
        this.curve = curve;
        this.runOf = runOf;
        this.names = names;
        this.scale = scale;
        this.largestX = largestX;
        this.runs = runs;
    }

    static RunRanking of(Curve curve) {
        int n = curve.size();
        Optional<Column> runColumn = curve.sweep().column(ColumnRole.RUN);
        Column size = curve.sweep().column(ColumnRole.PARAMETERS).filter(c -> c != curve.x()).orElse(null);
        int[] runOf = new int[n];
        double[] scale = new double[n];
        double[] largestX = new double[n];
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        int runs = 0;
        for (int k = 0; k < n; k++) {
            int row = curve.rowAt(k);
            int r = runColumn.isEmpty() ? k : index.computeIfAbsent(runColumn.get().text(row), name -> {
                names.add(name);
                return names.size() - 1;
            });
            double s = size != null && !size.isMissing(row) ? size.number(row) : curve.xAt(k);
            boolean first = r == runs;
            scale[r] = first ? s : Math.max(scale[r], s);
            largestX[r] = first ? curve.xAt(k) : Math.max(largestX[r], curve.xAt(k));
            runs = Math.max(runs, r + 1);
            runOf[k] = r;
        }
        return new RunRanking(curve, runOf, runColumn.isEmpty() ? null : names, scale, largestX, runs);
    }

    /**
     * The mask of the {@code k} runs of largest scale; runs of one scale (runs of one model size,
     * in a curve of one model size against tokens) are ranked by their largest x, then keep their
     * order of appearance.
     */
    boolean[] largest(int k) {
        if (k >= runs) {
            throw new IllegalArgumentException("top:" + k + " would hold out all " + runs
                    + (curve.hasRuns() ? " runs" : " points") + " of " + curve.name() + ", leaving nothing to fit");
        }
        boolean[] chosen = new boolean[runs];
        for (int r : k <= SELECTION_LIMIT ? selectTop(k) : sortTop(k)) {
            chosen[r] = true;
        }
        return mask(chosen);
    }

    /** The mask of the runs named; every name must be a run of the curve. */
    boolean[] named(Set<String> wanted) {
        if (names == null) {
            throw new IllegalArgumentException(curve.sweep().sourceName()
                    + " has no run column; mark one as run, or hold out by top:K, x>VALUE or column:NAME");
        }
        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no run named " + String.join(", ", unknown) + " in " + curve.name()
                    + "; runs are " + String.join(", ", names.stream().limit(12).toList()));
        }
        boolean[] chosen = new boolean[runs];
        for (int r = 0; r < runs; r++) {
            chosen[r] = wanted.contains(names.get(r));
        }
        return mask(chosen);
    }

    /** Whether run a ranks above run b: larger scale, then larger largest x, then earlier. */
    private boolean above(int a, int b) {
        int byScale = Double.compare(scale[a], scale[b]);
        if (byScale != 0) {
            return byScale > 0;
        }
        int byX = Double.compare(largestX[a], largestX[b]);
        return byX != 0 ? byX > 0 : a < b;
    }

    /** The k best runs by insertion into a sorted array of k: one pass, k compares at most per run. */
    private int[] selectTop(int k) {
        int[] top = new int[k];
        int filled = 0;
        for (int r = 0; r < runs; r++) {
            if (filled == k && !above(r, top[k - 1])) {
                continue;
            }
            int at = Math.min(filled, k - 1);
            while (at > 0 && above(r, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = r;
            filled = Math.min(filled + 1, k);
        }
        return top;
    }

    private int[] sortTop(int k) {
        Integer[] order = new Integer[runs];
        Arrays.setAll(order, r -> r);
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : above(a, b) ? -1 : 1);
        return Arrays.stream(order, 0, k).mapToInt(Integer::intValue).toArray();
    }

    private boolean[] mask(boolean[] chosen) {
        boolean[] held = new boolean[curve.size()];
        for (int k = 0; k < held.length; k++) {
            held[k] = chosen[runOf[k]];
        }
        return held;
    }
}
