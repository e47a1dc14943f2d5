package org.scalingworkbench.analysis.frontier;

import java.util.Arrays;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Compute budgets as the runs were planned, found in the data: sorted ln C splits into clusters
 * where the gaps between neighbours are much larger than the spread within every cluster. The
 * runs of one nominal budget on an IsoFLOP ladder differ in computed FLOPs by a few percent
 * (D rounded to whole steps, embedding or attention FLOPs counted or not), while the budgets
 * themselves lie a factor 1.5 to 10 apart.
 *
 * <p>Every distinct gap is tried as the threshold (gaps at least that wide split); a split is
 * admissible when its narrowest splitting gap is at least {@link #SEPARATION} times the widest
 * cluster (both in ln C) and at least half the points lie in clusters of 3 or more points, two
 * such clusters at least (a parabola needs 3 sizes). Of the admissible splits the one with the
 * largest ratio of narrowest gap to widest cluster is taken. Repeated C values (a C column of
 * nominal budgets) form clusters of width 0, so they group exactly.
 */
final class LogComputeClusters {

    /** The narrowest splitting gap must be this many times the widest cluster, both in ln C. */
    static final double SEPARATION = 3.0;

    private LogComputeClusters() {
    }

    /**
     * The cluster starts of the sorted values, followed by {@code lnC.length}; null when no split
     * is admissible.
     *
     * @param lnC ln C of each point, FLOPs, sorted ascending
     */
    static int[] starts(double[] lnC) {
        int n = lnC.length;
        if (n < 6) {
            return null;
        }
        Integer[] byGap = IntStream.range(0, n - 1).filter(i -> lnC[i + 1] > lnC[i]).boxed()
                .sorted((i, j) -> Double.compare(lnC[j + 1] - lnC[j], lnC[i + 1] - lnC[i])).toArray(Integer[]::new);
        Split split = new Split(lnC);
        double bestRatio = 0;
        int[] best = null;
        int k = 0;
        while (k < byGap.length) {
            double gap = lnC[byGap[k] + 1] - lnC[byGap[k]];
            for (; k < byGap.length && lnC[byGap[k] + 1] - lnC[byGap[k]] == gap; k++) {
                split.cutAfter(byGap[k]);
            }
            double widest = split.widest();
            double ratio = widest == 0 ? Double.POSITIVE_INFINITY : gap / widest;
            if (ratio >= SEPARATION && ratio > bestRatio && split.plannedLike()) {
                bestRatio = ratio;
                best = split.starts();
            }
        }
        return best;
    }

    /** The widest cluster of the split {@code starts}, as a relative spread max C / min C − 1. */
    static double widestSpread(double[] lnC, int[] starts) {
        double widest = 0;
        for (int b = 0; b + 1 < starts.length; b++) {
            widest = Math.max(widest, lnC[starts[b + 1] - 1] - lnC[starts[b]]);
        }
        return Math.expm1(widest);
    }

    /** Clusters of sorted ln C, split one gap at a time. */
    private static final class Split {
        private final double[] lnC;
        private final TreeSet<Integer> starts = new TreeSet<>();
        private final TreeMap<Double, Integer> widths = new TreeMap<>();
        private int pointsInBig;
        private int bigClusters;

        Split(double[] lnC) {
            this.lnC = lnC;
            starts.add(0);
            add(0, lnC.length);
        }

        void cutAfter(int i) {
            int from = starts.floor(i);
            Integer next = starts.higher(i);
            int to = next == null ? lnC.length : next;
            remove(from, to);
            add(from, i + 1);
            add(i + 1, to);
            starts.add(i + 1);
        }

        double widest() {
            return widths.lastKey();
        }

        boolean plannedLike() {
            return bigClusters >= 2 && 2 * pointsInBig >= lnC.length;
        }

        int[] starts() {
            int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
            int[] out = Arrays.copyOf(s, s.length + 1);
            out[s.length] = lnC.length;
            return out;
        }

        private void add(int from, int to) {
            widths.merge(lnC[to - 1] - lnC[from], 1, Integer::sum);
            if (to - from >= 3) {
                pointsInBig += to - from;
                bigClusters++;
            }
        }

        private void remove(int from, int to) {
            widths.compute(lnC[to - 1] - lnC[from], (w, c) -> c == 1 ? null : c - 1);
            if (to - from >= 3) {
                pointsInBig -= to - from;
                bigClusters--;
            }
        }
    }
}
