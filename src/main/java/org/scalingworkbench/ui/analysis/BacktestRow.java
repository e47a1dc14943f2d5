package org.scalingworkbench.ui.analysis;

import java.util.Map;

/**
 * One step of a backtest: the k largest runs held out, and each law's held-out RMSLE (ln).
 *
 * @param k       runs held out
 * @param heldOut points held out
 * @param orders  orders of magnitude extrapolated, log10(max held-out x / max fitted x)
 * @param rmsle   held-out RMSLE (natural log) by law id; a law missing here failed to fit
 */
public record BacktestRow(int k, int heldOut, double orders, Map<String, Double> rmsle) {

    public BacktestRow {
        rmsle = Map.copyOf(rmsle);
    }

    /** Law {@code lawId}'s held-out RMSLE (ln) at this step, NaN when it failed to fit. */
    public double error(String lawId) {
        return rmsle.getOrDefault(lawId, Double.NaN);
    }
}
