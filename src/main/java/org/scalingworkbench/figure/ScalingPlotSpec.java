package org.scalingworkbench.figure;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the scaling plot shows: the runs as points, each fitted law as a curve, an optional
 * hold-out cut-off, and a residual panel below (ln y − ln f(x) of each law at the fitted and
 * held-out points, natural log).
 *
 * @param x         the x axis
 * @param y         the y axis
 * @param points    the runs, one series per group and state
 * @param curves    the fitted laws
 * @param cutOff    x of the hold-out cut-off line, or NaN for none
 * @param residuals whether to draw the residual panel
 */
public record ScalingPlotSpec(AxisSpec x, AxisSpec y, List<PointSeries> points, List<CurveSpec> curves, double cutOff,
        boolean residuals) {

    public ScalingPlotSpec {
        points = List.copyOf(points);
        curves = List.copyOf(curves);
    }

    /** The same plot with the residual panel drawn ({@code true}) or not. */
    public ScalingPlotSpec withResiduals(boolean drawn) {
        return new ScalingPlotSpec(x, y, points, curves, cutOff, drawn);
    }

    /** The cut-off, if any. */
    public OptionalDouble cutOffIfAny() {
        return Double.isNaN(cutOff) ? OptionalDouble.empty() : OptionalDouble.of(cutOff);
    }

    /** The distinct groups in order of first appearance. */
    public List<String> groups() {
        return points.stream().map(PointSeries::group).distinct().toList();
    }
}
