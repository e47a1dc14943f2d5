package org.scalingworkbench.app.gap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The law fitted to the measured gap against the scale, with its bootstrap.
 *
 * @param law       the law (by default y = a·x^b)
 * @param fit       its fit to the measured gaps, parameters in the law's units (the gap in nats per token)
 * @param bootstrap its bootstrap refits, or null when none ran
 */
public record GapLawFit(ScalingLaw law, FitResult fit, BootstrapResult bootstrap) {

    /** The fitted gap at {@code x}, nats per token. */
    public double at(double x) {
        return law.value(new double[] {x}, fit.values());
    }

    /** The 95% bootstrap percentile interval of the fitted gap at {@code x} (NaN edges without a bootstrap). */
    public Interval intervalAt(double x) {
        if (bootstrap == null || bootstrap.resamples() == 0) {
            return new Interval(Double.NaN, Double.NaN, SweepGap.LEVEL);
        }
        return bootstrap.interval(p -> law.value(new double[] {x}, p), SweepGap.LEVEL);
    }

    /** Each parameter's 95% bootstrap interval, by name, in the law's order (NaN edges without a bootstrap). */
    public Map<String, Interval> parameterIntervals() {
        Map<String, Interval> out = new LinkedHashMap<>();
        for (var p : law.parameters()) {
            out.put(p.name(), bootstrap == null || bootstrap.resamples() == 0 ? new Interval(Double.NaN, Double.NaN, SweepGap.LEVEL)
                    : bootstrap.interval(p.name(), SweepGap.LEVEL));
        }
        return out;
    }
}
