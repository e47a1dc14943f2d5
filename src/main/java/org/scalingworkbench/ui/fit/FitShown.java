package org.scalingworkbench.ui.fit;

import java.util.List;
import org.scalingworkbench.app.fit.CurveFit;

/**
 * A fit ready to show, made off the FX thread: the fit use case's result and the results table's
 * rows (each fitted parameter with its 95% bootstrap interval).
 */
record FitShown(CurveFit fit, List<ParameterRow> rows) {

    FitShown {
        rows = List.copyOf(rows);
    }

    /** {@code fit} with its table rows. */
    static FitShown of(CurveFit fit) {
        return new FitShown(fit, ResultRows.of(fit.board(), fit.bootstraps()));
    }
}
