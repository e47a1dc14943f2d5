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
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.figure.GroupKey;
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
 *
 * <p>Many groups stay readable: more than {@link GroupKey#MAX_LISTED} groups named by a value
 * (compute budgets, model sizes) are coloured on a continuous scale with a colour bar; other
 * groups too many to list are summed up in one legend line. A fit of several curves (a curve key)
 * is drawn by {@link #of(FitOutcome, HoldOutSplit, PlotOptions)}: every curve in its own colour, in
 * order of its key's value, with its own fit, a line style per law; or, with a facet column, as a
 * grid of panels ({@link #facets}).
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
     * The window's plot of one curve chosen among several: the points of the other curves
     * ({@code other[k]}) drawn dimmed as other curves, the chosen curve's points as
     * {@link #of(PlotData, boolean[], double, CurveFit, boolean)} draws them, with its fit.
     */
    public static ScalingPlotSpec ofChosen(PlotData plot, boolean[] excluded, boolean[] other, double cutOff, CurveFit fit) {
        boolean[] leftOut = new boolean[excluded.length];
        for (int k = 0; k < leftOut.length; k++) {
            leftOut[k] = excluded[k] || other[k];
        }
        return draw(plot, excluded, other, above(plot, leftOut, cutOff), cutOff, PlotFits.of(fit), false);
    }

    /**
     * The window's plot with its points held out as {@code held} says (a per-curve hold-out such as
     * {@code last:3}, which a single cut-off cannot express): other curves' points ({@code other[k]})
     * dimmed, excluded points grey, the cut-off line at {@code cutOff} (NaN for none), with the laws of {@code fit}.
     */
    public static ScalingPlotSpec of(PlotData plot, boolean[] excluded, boolean[] other, boolean[] held, double cutOff,
            CurveFit fit) {
        return draw(plot, excluded, other, held, cutOff, PlotFits.of(fit), false);
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

    /**
     * The plot of every curve of {@code outcome} in one panel, for {@code plot --group-by} and the
     * window's "curves by": each curve's points in its own colour, with its own fitted laws in that
     * colour (one legend line per law, a line style per law), curves ordered and coloured by the
     * value of {@code options}' curve key (numerically for a numeric column); more than
     * {@link GroupKey#MAX_LISTED} curves of a numeric key on a colour scale with a colour bar.
     * A curve that was not fitted ({@link FitOutcome#refused()}) is drawn as points without a fit.
     * An outcome of one curve without a key is drawn as {@link #of(CurveFit, HoldOutSplit, boolean)}
     * draws it. The cut-off line is drawn for {@code x>VALUE} only (other splits cut each curve elsewhere).
     *
     * @param outcome the fit of every curve, with the selection it was made on
     * @param split   the hold-out the fit used
     * @param options the curve key, and whether to draw residuals (a facet column is ignored here)
     */
    public static ScalingPlotSpec of(FitOutcome outcome, HoldOutSplit split, PlotOptions options) {
        if (options.curveKey().isEmpty() && outcome.curves().size() == 1) {
            return of(outcome.only(), split, options.residuals());
        }
        List<String> naming = varying(outcome, options.colourKey());
        List<CurvePlots.Entry> entries = entries(outcome, options.curveKey(), naming);
        return CurvePlots.draw(entries, split, key(outcome, entries, naming), options.residuals());
    }

    /**
     * Small multiples of {@code outcome}: a panel per value of {@code options.facet()} (in order of
     * value), each drawing its curves as {@link #of(FitOutcome, HoldOutSplit, PlotOptions)} does,
     * the curves told apart by the rest of the curve key, coloured alike in every panel.
     *
     * @throws IllegalArgumentException when the options name no facet column
     */
    public static FacetedPlotSpec facets(FitOutcome outcome, HoldOutSplit split, PlotOptions options) {
        if (options.facet() == null) {
            throw new IllegalArgumentException("small multiples need a facet column");
        }
        List<String> byPanel = new ArrayList<>(List.of(options.facet()));
        byPanel.addAll(options.colourKey());
        List<String> naming = varying(outcome, options.colourKey());
        List<CurvePlots.Entry> all = entries(outcome, byPanel, naming);
        GroupKey key = key(outcome, entries(outcome, options.colourKey(), naming), naming);
        KeyValues values = new KeyValues(outcome.selection().sweep());
        java.util.Map<String, List<CurvePlots.Entry>> panels = new java.util.LinkedHashMap<>();
        for (CurvePlots.Entry e : all) {
            panels.computeIfAbsent(values.name(List.of(options.facet()), e.curve()), t -> new ArrayList<>()).add(e);
        }
        List<FacetedPlotSpec.Panel> out = new ArrayList<>();
        panels.forEach((title, entries) -> out.add(new FacetedPlotSpec.Panel(title, CurvePlots.draw(entries, split, key, false))));
        return new FacetedPlotSpec(options.facet(), out, key);
    }

    /**
     * The key columns that name the curves: those whose value differs between curves ("Task" is
     * left out of "Task = log_perplexity, Model = 6 Enc, 6 Dec" when every curve has that task);
     * all of them when none differs.
     */
    private static List<String> varying(FitOutcome outcome, List<String> columns) {
        KeyValues values = new KeyValues(outcome.selection().sweep());
        List<SelectedCurve> curves = outcome.selection().curves().stream().filter(c -> c.points().curve().size() > 0).toList();
        List<String> out = columns.stream()
                .filter(col -> curves.stream().map(c -> values.name(List.of(col), c)).distinct().count() > 1).toList();
        return out.isEmpty() ? columns : out;
    }

    /** The curves with points, in order of {@code order}'s values, each with its fit (null if none) and its name by {@code naming}. */
    private static List<CurvePlots.Entry> entries(FitOutcome outcome, List<String> order, List<String> naming) {
        KeyValues values = new KeyValues(outcome.selection().sweep());
        java.util.Map<String, CurveFit> fits = new java.util.HashMap<>();
        outcome.curves().forEach(f -> fits.put(f.curve().name(), f));
        List<CurvePlots.Entry> out = new ArrayList<>();
        outcome.selection().curves().stream().filter(c -> c.points().curve().size() > 0).sorted(values.order(order))
                .forEach(c -> out.add(new CurvePlots.Entry(c, fits.get(c.name()), naming.isEmpty() ? "runs" : values.name(naming, c))));
        return out;
    }

    /**
     * The key of the entries' groups in their order, titled by the key columns; the values of a
     * single numeric key column give the colour scale when there are many curves.
     */
    private static GroupKey key(FitOutcome outcome, List<CurvePlots.Entry> entries, List<String> columns) {
        List<String> order = entries.stream().map(CurvePlots.Entry::group).distinct().toList();
        double[] values = null;
        if (columns.size() == 1) {
            KeyValues kv = new KeyValues(outcome.selection().sweep());
            java.util.Map<String, Double> byGroup = new java.util.LinkedHashMap<>();
            for (CurvePlots.Entry e : entries) {
                kv.number(columns.get(0), e.curve()).ifPresent(v -> byGroup.putIfAbsent(e.group(), v));
            }
            values = byGroup.size() == order.size() ? order.stream().mapToDouble(byGroup::get).toArray() : null;
        }
        return GroupKey.of(columns.isEmpty() ? null : String.join(", ", columns), order, values);
    }

    private static ScalingPlotSpec draw(PlotData plot, boolean[] excluded, boolean[] held, double cutOff, PlotFits fits,
            boolean residuals) {
        return draw(plot, excluded, new boolean[excluded.length], held, cutOff, fits, residuals);
    }

    private static ScalingPlotSpec draw(PlotData plot, boolean[] excluded, boolean[] other, boolean[] held, double cutOff,
            PlotFits fits, boolean residuals) {
        PlotPoints points = plot.points();
        IntPredicate fitted = k -> !other[k] && !excluded[k] && !held[k];
        List<PointSeries> series = new ArrayList<>();
        for (String g : points.groupOrder()) {
            IntPredicate in = k -> points.groupAt(k).equals(g);
            add(series, points, g, PointState.FITTED, in.and(fitted));
            add(series, points, g, PointState.HELD_OUT, in.and(k -> !other[k] && !excluded[k] && held[k]));
            add(series, points, g, PointState.EXCLUDED, in.and(k -> !other[k] && excluded[k]));
            add(series, points, g, PointState.OTHER_CURVE, in.and(k -> other[k]));
        }
        List<CurveSpec> curves = fits == null ? List.of() : new LawCurves(points, fitted).of(fits);
        GroupKey key = points.grouped() ? LabelValues.key(points.groupOrder()) : null;
        return new ScalingPlotSpec(AxisSpec.log(points.xName()), AxisSpec.log(points.yName()), series, curves, cutOff,
                residuals, key);
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
