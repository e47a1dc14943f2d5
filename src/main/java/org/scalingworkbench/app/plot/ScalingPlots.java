package org.scalingworkbench.app.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The one builder of the scaling plot, for the chart on screen, the export dialog and
 * {@code plot}: by group, fitted points filled, held-out points hollow, excluded points grey; the
 * fitted laws, best first ({@link LawCurves}), each with the 95% band of its bootstrap when one ran;
 * the hold-out's cut-off line; and, when asked, the residual panel ln(y / f(x)) (natural log)
 * below. Both axes are logarithmic. Stateless.
 */
public final class ScalingPlots {

    private ScalingPlots() {
    }

    /**
     * The plot of the window's points, held out above its cut-off, with the laws of {@code fit}.
     *
     * @param plot      the points
     * @param excluded  excluded[k]: point k is left out by the user
     * @param cutOff    points not excluded with x above it are held out (x's units); NaN for no hold-out
     * @param fit       the laws fitted to these points with their bootstraps, or null before a fit
     * @param residuals whether to draw the residual panel
     */
    public static ScalingPlotSpec of(PlotData plot, boolean[] excluded, double cutOff, CurveFit fit, boolean residuals) {
        return draw(plot, excluded, above(plot, excluded, cutOff), cutOff, PlotFits.of(fit), residuals);
    }

    /**
     * The plot of the points {@code fit} was made on, as they were fitted (its exclusions and its
     * held-out points), the cut-off line where {@code split} puts it ({@link CutOffLine}).
     *
     * @param fit       the fit, with its curve
     * @param split     the hold-out the fit used
     * @param residuals whether to draw the residual panel
     */
    public static ScalingPlotSpec of(CurveFit fit, HoldOutSplit split, boolean residuals) {
        return of(fit.curve().points(), fit, split, residuals);
    }

    /**
     * As {@link #of(CurveFit, HoldOutSplit, boolean)}, with the fit's points shown as {@code plot}
     * (the same points, grouped otherwise).
     */
    public static ScalingPlotSpec of(PlotData plot, CurveFit fit, HoldOutSplit split, boolean residuals) {
        boolean[] excluded = fit.curve().excluded();
        boolean[] held = fit.held();
        double cutOff = CutOffLine.of(split, plot.points(), excluded, held);
        return draw(plot, excluded, held, cutOff, PlotFits.of(fit), residuals);
    }

    /**
     * The window's plot from the parts of a fit it holds today (the board, its laws and their
     * bootstraps); the same drawing as {@link #of(PlotData, boolean[], double, CurveFit, boolean)}.
     *
     * @param board      the ranked fits, or null before a fit
     * @param laws       the laws on the board, by id
     * @param bootstraps each law's bootstrap by id (a law without one gets no band)
     */
    public static ScalingPlotSpec of(PlotData plot, boolean[] excluded, double cutOff, Leaderboard board,
            Map<String, ScalingLaw> laws, Map<String, BootstrapResult> bootstraps, boolean residuals) {
        PlotFits fits = board == null ? null : new PlotFits(board, laws, bootstraps);
        return draw(plot, excluded, above(plot, excluded, cutOff), cutOff, fits, residuals);
    }

    private static ScalingPlotSpec draw(PlotData plot, boolean[] excluded, boolean[] held, double cutOff, PlotFits fits,
            boolean residuals) {
        PlotPoints points = plot.points();
        IntPredicate fitted = k -> !excluded[k] && !held[k];
        List<PointSeries> series = new ArrayList<>();
        for (String g : points.groupOrder()) {
            IntPredicate in = k -> points.groupAt(k).equals(g);
            add(series, points, g, PointState.FITTED, in.and(fitted));
            add(series, points, g, PointState.HELD_OUT, in.and(k -> !excluded[k] && held[k]));
            add(series, points, g, PointState.EXCLUDED, in.and(k -> excluded[k]));
        }
        List<CurveSpec> curves = fits == null ? List.of() : new LawCurves(points, fitted).of(fits);
        return new ScalingPlotSpec(AxisSpec.log(points.xName()), AxisSpec.log(points.yName()), series, curves, cutOff,
                residuals);
    }

    /** Points not excluded with x above the cut-off (none for NaN). */
    private static boolean[] above(PlotData plot, boolean[] excluded, double cutOff) {
        boolean[] held = new boolean[excluded.length];
        for (int k = 0; k < held.length; k++) {
            held[k] = !excluded[k] && !Double.isNaN(cutOff) && plot.points().xAt(k) > cutOff;
        }
        return held;
    }

    private static void add(List<PointSeries> out, PlotPoints points, String group, PointState state, IntPredicate which) {
        int[] ks = IntStream.range(0, points.size()).filter(which).toArray();
        if (ks.length > 0) {
            out.add(new PointSeries(group, state, Arrays.stream(ks).mapToDouble(points::xAt).toArray(),
                    Arrays.stream(ks).mapToDouble(points::yAt).toArray()));
        }
    }
}
