package org.scalingworkbench.app.report;

import java.util.Optional;
import org.scalingworkbench.fit.Interval;

/**
 * One fitted parameter as a report states it, in the law's original units.
 *
 * @param name          the parameter's name in the law, for example {@code Linf}
 * @param value         the fitted value
 * @param standardError the standard error from the Jacobian at the optimum; 0 when fixed, NaN when singular
 * @param fixed         whether the user held the parameter fixed (then it was not fitted)
 * @param interval95    the 95% bootstrap percentile interval, or null when no bootstrap was run
 */
public record ParameterEstimate(String name, double value, double standardError, boolean fixed, Interval interval95) {

    /** The bootstrap interval, if a bootstrap was run. */
    public Optional<Interval> bootstrapInterval() {
        return Optional.ofNullable(interval95);
    }
}
