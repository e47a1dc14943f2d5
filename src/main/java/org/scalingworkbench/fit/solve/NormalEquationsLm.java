package org.scalingworkbench.fit.solve;

import org.scalingworkbench.fit.CancellationToken;

/**
 * Levenberg-Marquardt on the normal equations, for problems with many more rows than parameters.
 * Each iteration accumulates JᵀJ and Jᵀr row by row ({@link ResidualModel#normalEquations}) and
 * solves (JᵀJ + λ·D) δ = −Jᵀr by Cholesky, D the diagonal of JᵀJ; a step that lowers the cost is
 * taken and λ shrinks, otherwise λ grows. Memory is the residual model's workspace and a few k×k
 * arrays, never a rows × k matrix of its own. Squaring the Jacobian's condition number costs
 * accuracy only where the Jacobian is near singular, which for a million rows and a handful of
 * parameters the fit's diagnostics report anyway. Bounds are kept by projecting every trial
 * point into the box. Used instead of {@link LevenbergMarquardtRun} from
 * {@link ScreeningSample#ROWS} rows or more (a large problem and its screening sample).
 */
final class NormalEquationsLm {

    private static final double INITIAL_DAMPING = 1e-3;
    private static final double GIVE_UP_DAMPING = 1e16;
    /**
     * A decrease of the cost per accepted step below this fraction of the cost per row (the
     * noise variance, for a sum of squares) ends the solve. Without it, a law whose optimum lies
     * at infinity (m4 on data that follow a power law plus constant: alpha tends to 0 and epsZero
     * to infinity along a curved valley) crawls to the iteration limit, each step lowering a
     * million-row cost by 1e-10 of itself. Such a fit then ends a few noise variances (a few
     * units of AIC) above the valley's infimum, and its diagnostics report the parameters that
     * the data cannot determine.
     */
    private static final double NOISE_FRACTION = 1e-3;

    private final int maxIterations;
    private final double tolerance;
    private final CancellationToken token;

    /** @param tolerance relative decrease of the cost, and relative step, below which the solve stops */
    NormalEquationsLm(int maxIterations, double tolerance, CancellationToken token) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.token = token;
    }

    LocalOptimum minimize(ResidualModel model, double[] start) {
        ParameterSpace space = model.space();
        int nf = space.freeCount();
        ResidualModel.Workspace ws = model.workspace();
        double[] jtj = new double[nf * nf];
        double[] jtr = new double[nf];
        double[] z = clamp(start.clone(), space);
        double cost = model.normalEquations(z, jtj, jtr, ws);
        if (!Double.isFinite(cost)) {
            return LocalOptimum.failed(start);
        }
        double damping = INITIAL_DAMPING;
        double stop = Math.max(tolerance, NOISE_FRACTION / model.rows());
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            token.throwIfCancelled();
            double[] trial = step(z, jtj, jtr, damping, space);
            double trialCost = trial == null ? Double.POSITIVE_INFINITY : model.value(trial, null, ws);
            if (trialCost < cost) {
                boolean done = cost - trialCost <= stop * cost || smallStep(z, trial);
                z = trial;
                cost = model.normalEquations(z, jtj, jtr, ws);
                damping = Math.max(damping / 3, 1e-12);
                if (done) {
                    return new LocalOptimum(z, cost, iteration, true);
                }
            } else {
                damping *= 4;
                if (damping > GIVE_UP_DAMPING) {
                    return new LocalOptimum(z, cost, iteration, true);
                }
            }
        }
        return new LocalOptimum(z, cost, maxIterations, false);
    }

    private boolean smallStep(double[] z, double[] trial) {
        for (int f = 0; f < z.length; f++) {
            if (Math.abs(trial[f] - z[f]) > tolerance * (Math.abs(z[f]) + tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** z + δ projected into the box, δ solving (JᵀJ + λ·diag JᵀJ) δ = −Jᵀr; null when singular. */
    private static double[] step(double[] z, double[] jtj, double[] jtr, double damping, ParameterSpace space) {
        int nf = z.length;
        double[] a = jtj.clone();
        for (int f = 0; f < nf; f++) {
            a[f * nf + f] += damping * Math.max(jtj[f * nf + f], 1e-300);
        }
        double[] delta = choleskySolve(a, jtr, nf);
        if (delta == null) {
            return null;
        }
        double[] trial = new double[nf];
        for (int f = 0; f < nf; f++) {
            trial[f] = z[f] - delta[f];
        }
        return clamp(trial, space);
    }

    /** The solution x of a·x = b for symmetric positive definite a (overwritten); null if not. */
    static double[] choleskySolve(double[] a, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int p = 0; p < j; p++) {
                d -= a[j * n + p] * a[j * n + p];
            }
            if (!(d > 0)) {
                return null;
            }
            a[j * n + j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int p = 0; p < j; p++) {
                    s -= a[i * n + p] * a[j * n + p];
                }
                a[i * n + j] = s / a[j * n + j];
            }
        }
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                x[i] -= a[i * n + p] * x[p];
            }
            x[i] /= a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                x[i] -= a[p * n + i] * x[p];
            }
            x[i] /= a[i * n + i];
        }
        return x;
    }

    private static double[] clamp(double[] z, ParameterSpace space) {
        for (int f = 0; f < z.length; f++) {
            z[f] = Math.min(space.upperZ(f), Math.max(space.lowerZ(f), z[f]));
        }
        return z;
    }
}
