package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/**
 * top:K against a plain stable sort of the runs (scale descending, then largest x descending, then
 * order of appearance), for small K (ranked by selection) and large K (ranked by sorting), on runs
 * with many ties in model size and in largest x.
 */
class LargestRunsRankingTest {

    private static final int RUNS = 300;

    /** Runs of 1-4 points each; model sizes from only 5 values and steps from 4, so ties abound. */
    private static Curve tiedRuns(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> run = new ArrayList<>();
        List<Double> size = new ArrayList<>();
        List<Double> step = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            double n = Math.pow(10, 6 + random.nextInt(5));
            int points = 1 + random.nextInt(4);
            for (int p = 0; p < points; p++) {
                run.add("run-" + r);
                size.add(n);
                step.add(Math.pow(10, 1 + random.nextInt(4)));
            }
        }
        int rows = run.size();
        double[] loss = IntStream.range(0, rows).mapToDouble(i -> 3.0).toArray();
        List<Column> cols = List.of(Column.text("run", ColumnRole.RUN, "test", run.toArray(String[]::new)),
                Column.numeric("params", ColumnRole.PARAMETERS, "test", size.stream().mapToDouble(d -> d).toArray()),
                Column.numeric("step", ColumnRole.STEP, "test", step.stream().mapToDouble(d -> d).toArray()),
                Column.numeric("loss", ColumnRole.METRIC, "test", loss));
        Sweep s = Sweep.of("tied.csv", cols, IntStream.range(0, rows).map(i -> i + 2).toArray());
        return Curve.allRows(s, cols.get(2), cols.get(3));
    }

    /** The expected mask from a stable sort of the run indices. */
    private static boolean[] bySorting(Curve curve, int k) {
        List<String> order = new ArrayList<>();
        java.util.Map<String, double[]> keys = new java.util.HashMap<>();
        for (int i = 0; i < curve.size(); i++) {
            String r = curve.runAt(i);
            double n = curve.scaleAt(i);
            double x = curve.xAt(i);
            double[] key = keys.get(r);
            if (key == null) {
                order.add(r);
                keys.put(r, new double[] {n, x});
            } else {
                key[0] = Math.max(key[0], n);
                key[1] = Math.max(key[1], x);
            }
        }
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(Comparator.comparingDouble((String r) -> -keys.get(r)[0]).thenComparingDouble(r -> -keys.get(r)[1]));
        java.util.Set<String> top = java.util.Set.copyOf(sorted.subList(0, k));
        boolean[] held = new boolean[curve.size()];
        for (int i = 0; i < held.length; i++) {
            held[i] = top.contains(curve.runAt(i));
        }
        return held;
    }

    @Test
    void topRunsAreThoseOfAStableSortForSmallAndLargeK() {
        for (long seed = 1; seed <= 5; seed++) {
            Curve curve = tiedRuns(seed);
            for (int k : new int[] {1, 3, 17, 64, 65, 200, RUNS - 1}) {
                assertThat(new HoldOutSplit.LargestRuns(k).heldOut(curve)).as("seed %d, top:%d", seed, k)
                        .isEqualTo(bySorting(curve, k));
            }
        }
    }

    @Test
    void everyRowIsARunOfItsOwnWithoutARunColumn() {
        double[] x = {1e3, 1e5, 1e4, 1e5, 1e2};
        List<Column> cols = List.of(Column.numeric("tokens", ColumnRole.DATA, "test", x),
                Column.numeric("loss", ColumnRole.METRIC, "test", new double[] {5, 3, 4, 3.1, 6}));
        Curve curve = Curve.allRows(Sweep.of("rows.csv", cols, new int[] {2, 3, 4, 5, 6}), cols.get(0), cols.get(1));
        assertThat(new HoldOutSplit.LargestRuns(1).heldOut(curve)).containsExactly(false, true, false, false, false);
        assertThat(new HoldOutSplit.LargestRuns(3).heldOut(curve)).containsExactly(false, true, true, true, false);
    }
}
