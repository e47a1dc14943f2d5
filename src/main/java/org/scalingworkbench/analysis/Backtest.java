package org.scalingworkbench.analysis;

import java.util.List;

/**
 * Extrapolation error against distance: for k = 1, 2, ... the k largest runs held out, every law
 * refitted on the rest and scored on them.
 *
 * @param curve what was fitted
 * @param steps one per k, in increasing k
 */
public record Backtest(String curve, List<Step> steps) {

    public Backtest {
        steps = List.copyOf(steps);
    }

    /**
     * One hold-out of the backtest.
     *
     * @param k                 runs held out
     * @param ordersOfMagnitude log10(max held-out x / max fitted x), log10
     * @param leaderboard       the laws fitted without the k largest runs, ranked
     */
    public record Step(int k, double ordersOfMagnitude, Leaderboard leaderboard) {
    }

    /**
     * Law {@code lawId}'s points of the error-against-distance curve: {orders of magnitude
     * extrapolated (log10), held-out RMSLE (ln)}, one per step where the law's fit converged (a
     * fit that failed or ran off is left out).
     */
    public List<double[]> errorByDistance(String lawId) {
        return steps.stream().flatMap(s -> s.leaderboard().entry(lawId).filter(e -> e.status().converged())
                .map(e -> new double[] {s.ordersOfMagnitude(), e.heldOut().rmsle()}).stream()).toList();
    }
}
