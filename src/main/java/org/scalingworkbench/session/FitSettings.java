package org.scalingworkbench.session;

import java.util.Map;

/**
 * How a law is fitted.
 *
 * @param objective          the loss minimized
 * @param fixed              parameters held at a value, by name (in the parameter's own units)
 * @param bounds             bounds of free parameters, by name
 * @param start              starting values, by name; the rest start from the law's own grid
 * @param bootstrapResamples bootstrap resamples for the intervals, 0 for none, at most {@link #MAX_BOOTSTRAP_RESAMPLES}
 * @param bootstrapSeed      seed of the bootstrap's random resampling
 */
public record FitSettings(ObjectiveSetting objective, Map<String, Double> fixed,
        Map<String, ParameterBounds> bounds, Map<String, Double> start, int bootstrapResamples, long bootstrapSeed) {

    /**
     * The most bootstrap resamples a session may ask for: the limit of the requests the window
     * makes ({@code app.request.Resampling.MAX_RESAMPLES}, which the session layer cannot name; a
     * test checks that the two agree).
     */
    public static final int MAX_BOOTSTRAP_RESAMPLES = 100_000;

    public FitSettings {
        Checks.present(objective, "objective");
        fixed = Checks.mapOf(fixed, "fixed");
        bounds = Checks.mapOf(bounds, "bounds");
        start = Checks.mapOf(start, "start");
        fixed.forEach((name, v) -> Checks.finite(v, "fixed." + name));
        start.forEach((name, v) -> Checks.finite(v, "start." + name));
        if (bootstrapResamples < 0 || bootstrapResamples > MAX_BOOTSTRAP_RESAMPLES) {
            throw new IllegalArgumentException("bootstrap resamples must be from 0 to " + MAX_BOOTSTRAP_RESAMPLES
                    + ", got " + bootstrapResamples);
        }
    }

    /** Log least squares, nothing fixed or bounded, no bootstrap. */
    public static FitSettings defaults() {
        return new FitSettings(ObjectiveSetting.of(org.scalingworkbench.fit.Objective.logLeastSquares()),
                Map.of(), Map.of(), Map.of(), 0, 0L);
    }
}
