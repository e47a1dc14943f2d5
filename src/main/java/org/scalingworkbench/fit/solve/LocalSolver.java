package org.scalingworkbench.fit.solve;

import org.scalingworkbench.fit.CancellationToken;

/**
 * Solves from one start with the method suited to the objective: Levenberg-Marquardt for sums
 * of squares, BFGS with a strong-Wolfe line search for the Huber loss (which is not a sum of
 * squares, and whose minimum LM on reweighted residuals only approaches slowly).
 */
final class LocalSolver {

    /** Relative decrease of f per iteration below which a final BFGS solve stops (twice in a row). */
    static final double TIGHT = 1e-13;
    /** Levenberg-Marquardt's tolerances in a final solve (cost, parameters, orthogonality). */
    static final double LM_TIGHT = 1e-14;

    private final ResidualModel model;
    private final int maxIterations;
    private final CancellationToken token;
    private final double relativeTolerance;
    private final double[] lower;
    private final double[] upper;

    /**
     * @param relativeTolerance BFGS stops once two iterations in a row lower f by at most this
     *                          fraction of |f|; Levenberg-Marquardt uses it as its relative
     *                          tolerances, or {@link #LM_TIGHT} when it is {@link #TIGHT} or tighter
     */
    LocalSolver(ResidualModel model, int maxIterations, double relativeTolerance, CancellationToken token) {
        this.model = model;
        this.relativeTolerance = relativeTolerance;
        this.maxIterations = maxIterations;
        this.token = token;
        ParameterSpace space = model.space();
        lower = new double[space.freeCount()];
        upper = new double[space.freeCount()];
        for (int f = 0; f < lower.length; f++) {
            lower[f] = space.lowerZ(f);
            upper[f] = space.upperZ(f);
        }
    }

    LocalOptimum solve(double[] z0) {
        if (z0 == null) {
            return LocalOptimum.failed(new double[lower.length]);
        }
        if (lower.length == 0) {
            return new LocalOptimum(z0, model.value(z0, null, model.workspace()), 0, true);
        }
        if (model.objective().isLeastSquares() && model.rows() >= ScreeningSample.ROWS) {
            return new NormalEquationsLm(maxIterations, relativeTolerance <= TIGHT ? LM_TIGHT : relativeTolerance, token).minimize(model, z0);
        }
        if (model.objective().isLeastSquares()) {
            return new LevenbergMarquardtRun(maxIterations, relativeTolerance <= TIGHT ? LM_TIGHT : relativeTolerance, token).minimize(model, z0);
        }
        ResidualModel.Workspace ws = model.workspace();
        SmoothObjective f = (z, g) -> model.value(z, g, ws);
        return new BfgsMinimizer(maxIterations, relativeTolerance, 0.0, relativeTolerance <= TIGHT, token).minimize(f, z0, lower, upper);
    }
}
