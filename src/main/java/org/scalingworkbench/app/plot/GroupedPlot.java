package org.scalingworkbench.app.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The window's scaling plot of points in groups (compute budgets, model sizes): each group's
 * fitted points filled, held-out points (x above the cut-off) hollow, excluded ones grey; a law of
 * the plotted x alone drawn once in a colour of its own over the fitted range; a law of several
 * variables (Chinchilla's L(N, D)) drawn once per group in the group's colour, following the
 * group's own path of the other variables (see {@link ScalingPlotInput}: D = C/(6N) along an
 * IsoFLOP profile), over the group's x range widened by {@link #MARGIN}; with compute C on the x
 * axis and no levels to follow (the groups are bins), a law of N and D is drawn once instead,
 * along its compute-optimal frontier ({@link ComputeOptimalLoss}). Stateless.
 */
public final class GroupedPlot {

    /** A group's curve extends this factor beyond the group's smallest and largest x. */
    public static final double MARGIN = 1.3;

    /**
     * @param points   the points with their variables and groups
     * @param excluded whether each point was excluded by the user
     * @param cutOff   points with x above it are held out; NaN for no hold-out
     * @param board    the fitted laws, or null before the first fit
     * @param laws     the laws on the board, by id
     */
    public ScalingPlotSpec spec(PlotPoints points, boolean[] excluded, double cutOff, Leaderboard board,
            Map<String, ScalingLaw> laws) {
        IntPredicate held = k -> !Double.isNaN(cutOff) && points.xAt(k) > cutOff;
        IntPredicate fitted = k -> !excluded[k] && !held.test(k);
        List<PointSeries> series = new ArrayList<>();
        for (String g : groups(points)) {
            IntPredicate in = k -> points.groupAt(k).equals(g);
            add(series, points, g, PointState.FITTED, in.and(fitted));
            add(series, points, g, PointState.HELD_OUT, in.and(k -> !excluded[k] && held.test(k)));
            add(series, points, g, PointState.EXCLUDED, in.and(k -> excluded[k]));
        }
        List<CurveSpec> curves = board == null ? List.of() : curves(points, board, laws, fitted);
        return new ScalingPlotSpec(AxisSpec.log(points.xName()), AxisSpec.log(points.yName()), series, curves, cutOff,
                false);
    }

    private static List<String> groups(PlotPoints points) {
        return points.groupOrder();
    }

    private static void add(List<PointSeries> out, PlotPoints points, String group, PointState state, IntPredicate which) {
        int[] ks = IntStream.range(0, points.size()).filter(which).toArray();
        if (ks.length > 0) {
            out.add(new PointSeries(group, state, Arrays.stream(ks).mapToDouble(points::xAt).toArray(),
                    Arrays.stream(ks).mapToDouble(points::yAt).toArray()));
        }
    }

    private static List<CurveSpec> curves(PlotPoints points, Leaderboard board, Map<String, ScalingLaw> laws,
            IntPredicate fitted) {
        double[] range = range(IntStream.range(0, points.size()).filter(fitted).mapToDouble(points::xAt).toArray());
        if (range == null) {
            return List.of();
        }
        List<CurveSpec> out = new ArrayList<>();
        int drawn = 0;
        for (LeaderboardEntry e : board.entries()) {
            ScalingLaw law = laws.get(e.lawId());
            int[] idx = law == null ? null : indices(points, law);
            if (e.status() == FitStatus.FAILED || idx == null || drawn == CurvePlot.MAX_CURVES) {
                continue;
            }
            drawn++;
            double[] p = e.fit().values();
            if (law.variables().equals(List.of("x"))) {
                out.add(new CurveSpec(law.id(), x -> law.value(new double[] {x}, p), null, range[0], range[1]));
            } else if (alongFrontier(points, law)) {
                out.add(new CurveSpec(law.id() + " at N_opt(C)", c -> ComputeOptimalLoss.of(law, p, c), null, range[0],
                        range[1]));
            } else {
                groups(points).forEach(g -> out.add(alongGroup(points, g, law, idx, p, fitted)));
            }
        }
        return out;
    }

    /** The law along group g's path, its fitted range the group's fitted x (a point at its smallest x when none). */
    private static CurveSpec alongGroup(PlotPoints points, String g, ScalingLaw law, int[] idx, double[] p,
            IntPredicate fitted) {
        List<Integer> members = IntStream.range(0, points.size()).filter(k -> points.groupAt(k).equals(g)).boxed().toList();
        double[][] rows = IntStream.range(0, points.size()).mapToObj(points::rowAt).toArray(double[][]::new);
        ScalingPlotInput.Path2 path = ScalingPlotInput.Path2.through(rows, members, 0);
        double[] all = range(members.stream().mapToDouble(points::xAt).toArray());
        double[] fit = range(members.stream().filter(fitted::test).mapToDouble(points::xAt).toArray());
        double lo = all[0] / MARGIN;
        double hi = all[1] * MARGIN;
        return new CurveSpec(law.id(), x -> x < lo || x > hi ? Double.NaN : law.value(pick(path.at(x), idx), p), null,
                fit == null ? all[0] : fit[0], fit == null ? all[0] : fit[1], points.grouped() ? g : null);
    }

    /** Compute on x and no levels to follow (bins or one group): the law's compute-optimal loss. */
    private static boolean alongFrontier(PlotPoints points, ScalingLaw law) {
        boolean levels = points.grouped() && points.groups().levels();
        return !levels && points.xSymbol().equals("C") && law.variables().equals(List.of("N", "D"));
    }

    /** Where each of the law's variables sits in the points' rows; null when one is missing. */
    private static int[] indices(PlotPoints points, ScalingLaw law) {
        int[] idx = law.variables().stream().mapToInt(points.variables()::indexOf).toArray();
        return Arrays.stream(idx).anyMatch(i -> i < 0) ? null : idx;
    }

    private static double[] pick(double[] row, int[] idx) {
        return Arrays.stream(idx).mapToDouble(i -> row[i]).toArray();
    }

    private static double[] range(double[] x) {
        return x.length == 0 ? null : new double[] {Arrays.stream(x).min().orElseThrow(), Arrays.stream(x).max().orElseThrow()};
    }
}
