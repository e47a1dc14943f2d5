package org.scalingworkbench.analysis;

import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * What a fitted law of one variable says about a score (or an error rate) beyond the data: the
 * limit it approaches as x grows (the ceiling of a rising score, the floor of a falling error), the
 * x that reaches a target, and the value at any x; each with the bootstrap's percentile interval.
 * Values are in the metric's units (a fraction or a percent, never nats); scales in x's original
 * units. Immutable.
 */
public final class ScoreReadOffs {

    /** The parameter that is the limit at infinite x, by law id. */
    private static final Map<String, String> LIMIT = Map.of("sig", "ceil", "sigerr", "Einf");

    private final ScalingLaw law;
    private final FitResult fit;
    private final LossReadOffs readOffs;
    private final double referenceX;

    /**
     * @param law        the fitted law, of one variable
     * @param fit        its fit
     * @param bootstrap  refits on resamples for intervals, or null for none
     * @param level      the intervals' confidence level, e.g. 0.95
     * @param referenceX a scale inside the data (e.g. the largest fitted x) where root finds start
     */
    public ScoreReadOffs(ScalingLaw law, FitResult fit, BootstrapResult bootstrap, double level, double referenceX) {
        this.law = law;
        this.fit = fit;
        this.readOffs = new LossReadOffs(law, fit, bootstrap, level, referenceX);
        this.referenceX = referenceX;
    }

    /**
     * The name of the law's limit parameter (sig: ceil, sigerr: Einf; for a falling error fitted
     * with a loss law, its floor: plc Linf), if it has one.
     */
    public static Optional<String> limitParameter(String lawId) {
        return Optional.ofNullable(LIMIT.get(lawId)).or(() -> LossReadOffs.irreducibleParameter(lawId));
    }

    /** The value approached as x grows without bound, in the metric's units; empty for laws without one. */
    public Optional<ReadOff> limit() {
        return limitParameter(law.id()).map(name -> {
            int j = fit.parameterNames().indexOf(name);
            return readOffs.derived("limit " + name, p -> p[j]);
        });
    }

    /** The value at {@code x} (original units), in the metric's units. */
    public ReadOff valueAt(double x) {
        return readOffs.lossAt(x).withQuantity("y at x = " + x);
    }

    /**
     * The x (original units) at which the curve reaches {@code target} (metric units), found in ln
     * x; +Infinity where it never does (a rising score whose ceiling is at or below the target, or
     * a target below the level at small x).
     */
    public ReadOff xFor(double target) {
        return readOffs.derived("x at " + target, p -> {
            double x = ScaleRoot.solve(v -> law.value(new double[] {v}, p), target, referenceX);
            return Double.isNaN(x) ? Double.POSITIVE_INFINITY : x;
        });
    }
}
