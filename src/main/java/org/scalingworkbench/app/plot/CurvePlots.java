package org.scalingworkbench.app.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.select.PlotPoints;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.GroupKey;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;

/**
 * The scaling plot of several curves in one panel: each curve's points as one group named by its
 * key (fitted filled, held out hollow, excluded grey), and each curve's own fitted laws
 * ({@link LawCurves} on that curve's points and board) drawn in the curve's colour, labelled by the
 * law alone so the legend has one line per law; a curve without a fit (refused, or every law
 * failed) is drawn as points alone. The cut-off line only for {@code x>VALUE}, the one cut-off
 * every curve shares.
 */
final class CurvePlots {

    /**
     * A curve to draw.
     *
     * @param curve its points and exclusions
     * @param fit   its fit, or null when it was not fitted
     * @param group its group's name in the key ("Model = 262M")
     */
    record Entry(SelectedCurve curve, CurveFit fit, String group) { }

    private CurvePlots() {
    }

    static ScalingPlotSpec draw(List<Entry> entries, HoldOutSplit split, GroupKey key, boolean residuals) {
        List<PointSeries> series = new ArrayList<>();
        List<CurveSpec> curves = new ArrayList<>();
        for (Entry e : entries) {
            PlotPoints points = e.curve().points().points();
            boolean[] excluded = e.curve().excluded();
            boolean[] held = e.fit() != null ? e.fit().held() : held(e.curve(), split);
            IntPredicate fitted = k -> !excluded[k] && !held[k];
            add(series, points, e.group(), PointState.FITTED, fitted);
            add(series, points, e.group(), PointState.HELD_OUT, k -> !excluded[k] && held[k]);
            add(series, points, e.group(), PointState.EXCLUDED, k -> excluded[k]);
            if (e.fit() != null) {
                for (CurveSpec c : new LawCurves(points, fitted).of(PlotFits.of(e.fit()))) {
                    curves.add(new CurveSpec(c.label(), c.value(), c.band(), c.fittedMin(), c.fittedMax(), e.group()));
                }
            }
        }
        PlotPoints first = entries.get(0).curve().points().points();
        double cutOff = split instanceof HoldOutSplit.CutOff c ? c.x() : Double.NaN;
        return new ScalingPlotSpec(AxisSpec.log(first.xName()), AxisSpec.log(first.yName()), series, curves, cutOff, residuals,
                key);
    }

    /** The curve's held-out points under {@code split}; none where the split does not apply to it (a curve too small). */
    private static boolean[] held(SelectedCurve curve, HoldOutSplit split) {
        try {
            return curve.points().heldOut(curve.excluded(), split);
        } catch (IllegalArgumentException e) {
            return new boolean[curve.points().curve().size()];
        }
    }

    private static void add(List<PointSeries> out, PlotPoints points, String group, PointState state, IntPredicate which) {
        int[] ks = IntStream.range(0, points.size()).filter(which).toArray();
        if (ks.length > 0) {
            out.add(new PointSeries(group, state, Arrays.stream(ks).mapToDouble(points::xAt).toArray(),
                    Arrays.stream(ks).mapToDouble(points::yAt).toArray()));
        }
    }
}
