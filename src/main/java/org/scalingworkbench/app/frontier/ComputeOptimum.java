package org.scalingworkbench.app.frontier;

import org.scalingworkbench.analysis.ComputeOptimalReadOffs;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * What a fitted law of N and D says at a compute budget when every FLOP is spent optimally
 * (C = 6ND): the frontier, the lowest loss the budget buys, and the compute reaching a target loss.
 * The read-off panel of the window and the parametric approach of {@code frontier} both read it.
 *
 * @param lawId       the law read off ({@code chinchilla} or {@code kaplan})
 * @param frontier    exponents a, b and N_opt, D_opt, D/N at the budget, with bootstrap intervals
 * @param optimalLoss the loss at N_opt, D_opt of the budget, target units
 * @param compute     the C (FLOPs) at which the frontier's loss reaches the target; null when no target was given
 */
public record ComputeOptimum(String lawId, FrontierEstimate frontier, ReadOff optimalLoss, ReadOff compute) {

    /**
     * The read-offs of law {@code lawId} of a fit already made (no fitting), with its bootstrap's
     * intervals where one ran.
     *
     * @param budget     C in FLOPs
     * @param targetLoss a loss to reach along the frontier (target units), or NaN for none
     * @throws IllegalArgumentException when the law was not fitted, failed, or has no closed-form
     *                                  frontier (only Chinchilla's and Kaplan's have one)
     */
    public static ComputeOptimum of(CurveFit fit, String lawId, double budget, double targetLoss) {
        LeaderboardEntry entry = fit.entry(lawId).orElseThrow(() -> new IllegalArgumentException("no law " + lawId + " was fitted"));
        if (entry.status() == FitStatus.FAILED || entry.fit() == null) {
            throw new IllegalArgumentException(lawId + " could not be fitted: " + entry.detail());
        }
        ScalingLaw law = fit.laws().get(lawId);
        ComputeOptimalReadOffs readOffs = new ComputeOptimalReadOffs(law, entry.fit(), fit.bootstrap(lawId).orElse(null),
                fit.data().trainSize());
        ReadOff compute = Double.isNaN(targetLoss) ? null : readOffs.computeForLoss(targetLoss, budget);
        return new ComputeOptimum(lawId, readOffs.frontier(budget), readOffs.optimalLoss(budget), compute);
    }
}
