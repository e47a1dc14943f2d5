package org.scalingworkbench.app.compare;

import java.util.List;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * The backtests of a comparison, one per curve.
 *
 * @param source    the file's name
 * @param target    the target column
 * @param variable  the scaling variable's column
 * @param notes     what happened to the rows, one sentence each
 * @param backtests one per curve, in the order the curves appear in the file
 * @param refused      the curves that could not be ranked, with the reason, in the file's order
 */
public record BacktestReport(String source, String target, String variable, List<String> notes,
        List<Backtest> backtests, List<RefusedCurve> refused) {

    public BacktestReport {
        notes = List.copyOf(notes);
        backtests = List.copyOf(backtests);
        refused = List.copyOf(refused);
    }
}
