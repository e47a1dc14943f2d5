package org.scalingworkbench.app.gap;

import java.util.List;
import org.scalingworkbench.analysis.gap.FittedSeries;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.GapPlotSpec;
import org.scalingworkbench.figure.GroupKey;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The figure of a {@link GapReport}: both series' mean losses per size with their fitted laws and
 * 95% bootstrap bands above, the measured gap with its law and band below, on log axes. The one
 * builder both heads use.
 */
public final class GapPlots {

    private GapPlots() {
    }

    /** The plot of {@code report}. */
    public static GapPlotSpec of(GapReport report) {
        AxisSpec x = AxisSpec.log(report.xName());
        double lo = report.smallestSize();
        double hi = report.largestSize();
        double[] xs = report.sizes().stream().mapToDouble(SizeGap::x).toArray();
        double[] first = report.sizes().stream().mapToDouble(SizeGap::lossFirst).toArray();
        double[] second = report.sizes().stream().mapToDouble(SizeGap::lossSecond).toArray();
        double[] gap = report.sizes().stream().mapToDouble(SizeGap::nats).toArray();
        String a = report.first().name();
        String b = report.second().name();
        ScalingPlotSpec losses = new ScalingPlotSpec(x, AxisSpec.log(report.yName()),
                List.of(new PointSeries(a, PointState.FITTED, xs, first), new PointSeries(b, PointState.FITTED, xs, second)),
                List.of(curve(report.seriesLaw(), report.first(), lo, hi), curve(report.seriesLaw(), report.second(), lo, hi)),
                Double.NaN, false, GroupKey.listed(List.of(a, b)));
        String group = "gap";
        GapLawFit law = report.gapLaw();
        CurveSpec gapCurve = new CurveSpec(law.law().id() + " fit", law::at,
                band(law.law(), law.bootstrap()), lo, hi, group);
        ScalingPlotSpec gapPanel = new ScalingPlotSpec(x, AxisSpec.log("gap (" + report.yName() + ")"),
                List.of(new PointSeries(group, PointState.FITTED, xs, gap)), List.of(gapCurve), Double.NaN, false,
                GroupKey.listed(List.of(group)));
        return new GapPlotSpec(losses, gapPanel, "measured gap");
    }

    private static CurveSpec curve(ScalingLaw law, FittedSeries s, double lo, double hi) {
        double[] p = s.fit().values();
        return new CurveSpec(law.id(), x -> law.value(new double[] {x}, p), band(law, s.bootstrap()), lo, hi, s.name());
    }

    /** The 95% percentile band of {@code law} over {@code boot}'s refits, or null without one. */
    private static CurveSpec.Band band(ScalingLaw law, BootstrapResult boot) {
        if (boot == null || boot.resamples() == 0) {
            return null;
        }
        return new CurveSpec.Band(x -> boot.interval(p -> law.value(new double[] {x}, p), SweepGap.LEVEL).lower(),
                x -> boot.interval(p -> law.value(new double[] {x}, p), SweepGap.LEVEL).upper());
    }
}
