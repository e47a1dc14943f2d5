package org.scalingworkbench.app.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The curves of the fitted laws on a board, best first, at most {@link #MAX_CURVES} laws: a law of
 * the plotted x alone once, in a colour of its own, over the fitted range; a law of several
 * variables (Chinchilla's L(N, D)) once per group in the group's colour, along the group's
 * {@link GroupPath}, over the group's x range widened by {@link #MARGIN}; with compute C on x and
 * no levels to follow (the groups are bins, or there are none), a law of N and D once, along its
 * compute-optimal frontier ({@link ComputeOptimalLoss}). Each curve carries the 95% band of its
 * law's bootstrap, when one ran. A law whose fit failed or ran off ({@link FitStatus#DIVERGED}) is
 * not drawn: its curve would show a shape the data do not support.
 */
final class LawCurves {

    /** At most this many laws are drawn, best ranked first, so the legend stays readable. */
    static final int MAX_CURVES = 4;
    /** A group's curve extends this factor beyond the group's smallest and largest x. */
    static final double MARGIN = 1.3;

    private final PlotPoints points;
    private final IntPredicate fitted;

    /**
     * @param points the points with their variables and groups
     * @param fitted whether point k was fitted (neither excluded nor held out)
     */
    LawCurves(PlotPoints points, IntPredicate fitted) {
        this.points = points;
        this.fitted = fitted;
    }

    /** The curves of the fitted laws of {@code fits}, best first. */
    List<CurveSpec> of(PlotFits fits) {
        double[] range = range(IntStream.range(0, points.size()).filter(fitted).mapToDouble(points::xAt).toArray());
        List<CurveSpec> out = new ArrayList<>();
        if (range == null) {
            return out;
        }
        int drawn = 0;
        for (LeaderboardEntry e : fits.board().entries()) {
            ScalingLaw law = fits.laws().get(e.lawId());
            int[] idx = law == null ? null : indices(law);
            if (!e.status().converged() || idx == null || drawn == MAX_CURVES) {
                continue;
            }
            drawn++;
            out.addAll(curves(law, idx, e.fit().values(), fits.bootstraps().get(law.id()), range));
        }
        return out;
    }

    private List<CurveSpec> curves(ScalingLaw law, int[] idx, double[] p, BootstrapResult boot, double[] range) {
        if (ofX(law)) {
            LawTrace trace = (x, q) -> law.value(new double[] {x}, q);
            return List.of(new CurveSpec(law.id(), x -> trace.at(x, p), BootstrapBand.of(trace, boot), range[0], range[1]));
        }
        if (alongFrontier(law)) {
            LawTrace trace = (c, q) -> ComputeOptimalLoss.of(law, q, c);
            return List.of(new CurveSpec(law.id() + " at N_opt(C)", c -> trace.at(c, p), BootstrapBand.of(trace, boot),
                    range[0], range[1]));
        }
        return points.groupOrder().stream().map(g -> alongGroup(g, law, idx, p, boot)).toList();
    }

    /** The law along group g's path, its fitted range the group's fitted x (its smallest x when none was fitted). */
    private CurveSpec alongGroup(String g, ScalingLaw law, int[] idx, double[] p, BootstrapResult boot) {
        List<Integer> members = IntStream.range(0, points.size()).filter(k -> points.groupAt(k).equals(g)).boxed().toList();
        double[][] rows = IntStream.range(0, points.size()).mapToObj(points::rowAt).toArray(double[][]::new);
        GroupPath path = GroupPath.through(rows, members, 0);
        double[] all = range(members.stream().mapToDouble(points::xAt).toArray());
        double[] fit = range(members.stream().filter(fitted::test).mapToDouble(points::xAt).toArray());
        double lo = all[0] / MARGIN;
        double hi = all[1] * MARGIN;
        LawTrace trace = (x, q) -> x < lo || x > hi ? Double.NaN : law.value(pick(path.at(x), idx), q);
        return new CurveSpec(law.id(), x -> trace.at(x, p), BootstrapBand.of(trace, boot), fit == null ? all[0] : fit[0],
                fit == null ? all[0] : fit[1], points.grouped() ? g : null);
    }

    /** A law of the plotted x alone: its variable is x, or the points carry x alone (any one-variable law then reads it). */
    private boolean ofX(ScalingLaw law) {
        return law.variables().size() == 1 && (law.variables().get(0).equals("x") || points.variables().size() == 1);
    }

    /** Compute on x and no levels to follow (bins or one group): the law's compute-optimal loss. */
    private boolean alongFrontier(ScalingLaw law) {
        boolean levels = points.grouped() && points.groups().levels();
        return !levels && points.xSymbol().equals("C") && law.variables().equals(List.of("N", "D"));
    }

    /** Where each of the law's variables sits in the points' rows; null when one is missing. */
    private int[] indices(ScalingLaw law) {
        if (ofX(law)) {
            return new int[] {0};
        }
        int[] idx = law.variables().stream().mapToInt(points.variables()::indexOf).toArray();
        return Arrays.stream(idx).anyMatch(i -> i < 0) ? null : idx;
    }

    private static double[] pick(double[] row, int[] idx) {
        return Arrays.stream(idx).mapToDouble(i -> row[i]).toArray();
    }

    private static double[] range(double[] x) {
        return x.length == 0 ? null
                : new double[] {Arrays.stream(x).min().orElseThrow(), Arrays.stream(x).max().orElseThrow()};
    }
}
