package org.scalingworkbench.analysis;

import java.util.List;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.analysis.frontier.FrontierLine;
import org.scalingworkbench.analysis.frontier.ParametricFrontier;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * What a fitted law of N and D (Chinchilla's or Kaplan's) says along its compute-optimal frontier
 * under C = 6ND: the frontier at a budget (exponents, N_opt, D_opt and D/N, from
 * {@link ParametricFrontier}), the loss at the optimum, and the compute that reaches a target loss
 * when every budget is spent optimally. C in FLOPs, N in parameters, D in tokens, losses in the
 * target's units. Intervals are 95% bootstrap percentile intervals ({@link FrontierEstimate#LEVEL}):
 * each resample's own frontier, read off at the same budget. Immutable.
 */
public final class ComputeOptimalReadOffs {

    private final ScalingLaw law;
    private final FitResult fit;
    private final BootstrapResult bootstrap;
    private final LossReadOffs readOffs;
    private final int rows;

    /**
     * @param law       the fitted law, one {@link #covers} accepts
     * @param fit       its fit
     * @param bootstrap refits on resamples for intervals, or null for none
     * @param rows      rows the law was fitted to (the frontier's supporting points)
     */
    public ComputeOptimalReadOffs(ScalingLaw law, FitResult fit, BootstrapResult bootstrap, int rows) {
        if (!covers(law)) {
            throw new IllegalArgumentException("the law " + law.id() + " has no closed-form compute-optimal frontier");
        }
        this.law = law;
        this.fit = fit;
        this.bootstrap = bootstrap;
        this.readOffs = new LossReadOffs(law, fit, bootstrap, FrontierEstimate.LEVEL, 1);
        this.rows = rows;
    }

    /** Whether {@code law} has a closed-form compute-optimal frontier (Chinchilla's, Kaplan's). */
    public static boolean covers(ScalingLaw law) {
        return ParametricFrontier.covers(law.id());
    }

    /**
     * The frontier read off at {@code budget} FLOPs.
     *
     * @throws IllegalArgumentException when the fitted parameters give no frontier (an exponent ≤ 0)
     */
    public FrontierEstimate frontier(double budget) {
        return new ParametricFrontier().estimate(fit, bootstrap, budget, rows, List.of());
    }

    /** The loss at N_opt(C), D_opt(C) for C = {@code budget} FLOPs: the lowest loss that budget buys. */
    public ReadOff optimalLoss(double budget) {
        return readOffs.derived("loss at the compute optimum of C = " + budget, p -> lossAlongFrontier(p, budget));
    }

    /**
     * The compute C (FLOPs) at which the loss along the frontier falls to {@code target}: a root
     * find in ln C starting at {@code referenceBudget}; +Infinity where it is never reached (at or
     * below the law's floor: E for Chinchilla's law, 0 for Kaplan's).
     */
    public ReadOff computeForLoss(double target, double referenceBudget) {
        int floor = LossReadOffs.irreducibleParameter(law.id()).map(fit.parameterNames()::indexOf).orElse(-1);
        return readOffs.derived("C at loss " + target + " along the frontier", p -> target <= (floor < 0 ? 0 : p[floor])
                ? Double.POSITIVE_INFINITY : ScaleRoot.solve(c -> lossAlongFrontier(p, c), target, referenceBudget));
    }

    private double lossAlongFrontier(double[] p, double budget) {
        FrontierLine line = ParametricFrontier.line(law.id(), fit.parameterNames(), p);
        if (!line.isDefined()) {
            return Double.NaN;
        }
        return law.value(new double[] {line.optimalParameters(budget), line.optimalTokens(budget)}, p);
    }
}
