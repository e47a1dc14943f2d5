package org.scalingworkbench.app.plot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.Interval;

/**
 * The 95% percentile band of a law over its bootstrap refits: at each x, the 2.5th and 97.5th
 * percentiles of the traced value across the resamples. Each x is computed once (both edges
 * together) and remembered, since the chart redraws the same grid on every resize; safe to read
 * from the preview thread and the FX thread at once.
 */
final class BootstrapBand {

    /** Coverage of the band. */
    static final double LEVEL = 0.95;
    private static final int MAX_REMEMBERED = 20_000;

    private final LawTrace trace;
    private final BootstrapResult bootstrap;
    private final Map<Double, Interval> remembered = new ConcurrentHashMap<>();

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
        return new CurveSpec.Band(x -> band.at(x).lower(), x -> band.at(x).upper());
    }

    private Interval at(double x) {
        if (remembered.size() > MAX_REMEMBERED) {
            remembered.clear();
        }
        return remembered.computeIfAbsent(x, v -> bootstrap.interval(p -> trace.at(v, p), LEVEL));
    }
}
