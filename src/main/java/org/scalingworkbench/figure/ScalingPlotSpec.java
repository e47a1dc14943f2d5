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
 * @param key       how the groups are coloured and keyed (legend entries, colour bar), or null for
 *                  the groups in order of first appearance, each listed ({@link GroupKey#listed})
 */
public record ScalingPlotSpec(AxisSpec x, AxisSpec y, List<PointSeries> points, List<CurveSpec> curves, double cutOff,
        boolean residuals, GroupKey key) {

    public ScalingPlotSpec {
        points = List.copyOf(points);
        curves = List.copyOf(curves);
    }

    /** A plot whose groups are listed in the legend in order of first appearance. */
    public ScalingPlotSpec(AxisSpec x, AxisSpec y, List<PointSeries> points, List<CurveSpec> curves, double cutOff,
            boolean residuals) {
        this(x, y, points, curves, cutOff, residuals, null);
    }

    /** The same plot with the residual panel drawn ({@code true}) or not. */
    public ScalingPlotSpec withResiduals(boolean drawn) {
        return new ScalingPlotSpec(x, y, points, curves, cutOff, drawn, key);
    }

    /** The same plot keyed by {@code newKey}. */
    public ScalingPlotSpec withKey(GroupKey newKey) {
        return new ScalingPlotSpec(x, y, points, curves, cutOff, residuals, newKey);
    }

    /** The key in force: the given one, else every group listed in order of first appearance. */
    public GroupKey groupKey() {
        return key != null ? key : GroupKey.listed(groups());
    }

    /** The distinct law labels of the curves drawn per group, in order: one line style each. */
    public List<String> groupedLaws() {
        return curves.stream().filter(CurveSpec::grouped).map(CurveSpec::label).distinct().toList();
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
