package org.scalingworkbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A curve's points grouped by run, with each run's scale (see {@link HoldOutSplit.LargestRuns}). */
final class RunRanking {

    private final Curve curve;
    private final Map<String, List<Integer>> pointsByRun;
    private final Map<String, Double> scaleByRun;
    private final Map<String, Double> largestXByRun;

    private RunRanking(Curve curve, Map<String, List<Integer>> pointsByRun, Map<String, Double> scaleByRun,
            Map<String, Double> largestXByRun) {
        this.curve = curve;
        this.pointsByRun = pointsByRun;
        this.scaleByRun = scaleByRun;
        this.largestXByRun = largestXByRun;
    }

    static RunRanking of(Curve curve) {
        Map<String, List<Integer>> points = new LinkedHashMap<>();
        Map<String, Double> scales = new LinkedHashMap<>();
        Map<String, Double> largestX = new LinkedHashMap<>();
        for (int k = 0; k < curve.size(); k++) {
            String run = curve.runAt(k);
            points.computeIfAbsent(run, r -> new ArrayList<>()).add(k);
            scales.merge(run, curve.scaleAt(k), Math::max);
            largestX.merge(run, curve.xAt(k), Math::max);
        }
        return new RunRanking(curve, points, scales, largestX);
    }

    /**
     * The mask of the {@code k} runs of largest scale; runs of one scale (runs of one model size,
     * in a curve of one model size against tokens) are ranked by their largest x, then keep their
     * order of appearance.
     */
    boolean[] largest(int k) {
        if (k >= pointsByRun.size()) {
            throw new IllegalArgumentException("top:" + k + " would hold out all " + pointsByRun.size()
                    + (curve.hasRuns() ? " runs" : " points") + " of " + curve.name() + ", leaving nothing to fit");
        }
        List<String> runs = new ArrayList<>(pointsByRun.keySet());
        runs.sort(Comparator.comparingDouble((String r) -> scaleByRun.get(r))
                .thenComparingDouble(r -> largestXByRun.get(r)).reversed());
        return mask(Set.copyOf(runs.subList(0, k)));
    }

    /** The mask of the runs named; every name must be a run of the curve. */
    boolean[] named(Set<String> names) {
        if (!curve.hasRuns()) {
            throw new IllegalArgumentException(curve.sweep().sourceName()
                    + " has no run column; mark one as run, or hold out by top:K, x>VALUE or column:NAME");
        }
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(pointsByRun.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no run named " + String.join(", ", unknown) + " in " + curve.name()
                    + "; runs are " + String.join(", ", pointsByRun.keySet().stream().limit(12).toList()));
        }
        return mask(names);
    }

    private boolean[] mask(Set<String> runs) {
        boolean[] held = new boolean[curve.size()];
        runs.forEach(r -> pointsByRun.get(r).forEach(k -> held[k] = true));
        return held;
    }
}
