package org.scalingworkbench.app.plot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.Interval;

/**
 * The 95% percentile band of a law over its bootstrap refits: the 2.5th and 97.5th percentiles of
 * the traced value across the resamples. They are computed at knots {@link #KNOT} apart in ln x
 * (5% steps in x) and interpolated linearly in ln x between them, each knot once (both edges
 * together) and remembered: the chart redraws on every resize and zoom step, on grids that move
 * with the view, and a law along a compute-optimal frontier costs a search per resample per x.
 * Safe to read from the preview thread and the FX thread at once. Defined for x &gt; 0 (log axes).
 */
final class BootstrapBand {

    /** Coverage of the band. */
    static final double LEVEL = 0.95;
    /** Spacing of the knots in ln x (natural log). */
    static final double KNOT = 0.05;
    private static final int MAX_REMEMBERED = 50_000;

    private final LawTrace trace;
    private final BootstrapResult bootstrap;
    private final Map<Long, Interval> knots = new ConcurrentHashMap<>();

    private BootstrapBand(LawTrace trace, BootstrapResult bootstrap) {
        this.trace = trace;
        this.bootstrap = bootstrap;
    }

    /** The band of {@code trace} over {@code bootstrap}'s resamples, or null without a bootstrap. */
    static CurveSpec.Band of(LawTrace trace, BootstrapResult bootstrap) {
        if (bootstrap == null || bootstrap.resamples() == 0) {
            return null;
        }
        BootstrapBand band = new BootstrapBand(trace, bootstrap);
        return new CurveSpec.Band(x -> band.edge(x, Interval::lower), x -> band.edge(x, Interval::upper));
    }

    private double edge(double x, ToDoubleFunction<Interval> side) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        double u = Math.log(x) / KNOT;
        long k = (long) Math.floor(u);
        double t = u - k;
        return (1 - t) * side.applyAsDouble(knot(k)) + t * side.applyAsDouble(knot(k + 1));
    }

    private Interval knot(long k) {
        if (knots.size() > MAX_REMEMBERED) {
            knots.clear();
        }
        double x = Math.exp(k * KNOT);
        return knots.computeIfAbsent(k, key -> bootstrap.interval(p -> trace.at(x, p), LEVEL));
    }
}
