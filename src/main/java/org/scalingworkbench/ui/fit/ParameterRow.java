package org.scalingworkbench.ui.fit;

import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * One row of the results table: a fitted parameter of a law, in the law's units.
 *
 * @param law           the law's id
 * @param parameter     the parameter's name
 * @param value         the fitted value
 * @param standardError its standard error from the fit's covariance (NaN when unavailable)
 * @param lower         lower end of its 95% bootstrap interval (NaN without a bootstrap)
 * @param upper         upper end of that interval (NaN without a bootstrap)
 */
public record ParameterRow(String law, String parameter, double value, double standardError, double lower, double upper) {

    /** The interval as "[lo, hi]", or an empty string without one. */
    public String interval() {
        return WindowNumbers.interval(lower, upper);
    }
}
