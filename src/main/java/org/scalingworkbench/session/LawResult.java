package org.scalingworkbench.session;

import java.util.List;
import java.util.Map;

/**
 * The last result of fitting a law, as shown when the session was saved. Values that could not be
 * computed (a standard error of a singular fit) are NaN, written {@code "NaN"} in the file.
 *
 * @param values         fitted parameter values, by name, in each parameter's own units
 * @param standardErrors standard errors, by name, same units
 * @param intervals      confidence intervals, by name, same units
 * @param objective      the objective's value at the optimum (ln-scale residuals for log objectives)
 * @param warnings       the fit's warnings, empty when none; null when not known (a version 1 file,
 *                       which did not keep them)
 */
public record LawResult(Map<String, Double> values, Map<String, Double> standardErrors,
        Map<String, ParameterInterval> intervals, double objective, List<LawWarning> warnings) {

    public LawResult {
        values = Checks.mapOf(values, "values");
        standardErrors = Checks.mapOf(standardErrors, "standardErrors");
        intervals = Checks.mapOf(intervals, "intervals");
        warnings = warnings == null ? null : Checks.listOf(warnings, "warnings");
    }

    /** Whether the fit's warnings are known (files of version 2 on keep them). */
    public boolean warningsKnown() {
        return warnings != null;
    }
}
