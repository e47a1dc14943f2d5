package org.scalingworkbench.fit.solve;

import org.scalingworkbench.fit.BoundLaw;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.Objective;

/**
 * The residuals r_i(z) of a problem on the objective's scale and the objective Σ w_i ρ(r_i), with
 * derivatives with respect to the solver's scaled free vector z. Immutable and shareable; each
 * thread brings its own {@link Workspace}.
 */
final class ResidualModel {

    private final BoundLaw bound;
    private final Objective objective;
    private final ParameterSpace space;
    private final double[] target;
    private final double[] weights;
    private final int rows;
    private final int k;

    ResidualModel(FitProblem problem, Objective objective, ParameterSpace space) {
        this.bound = problem.law().bind(problem.x());
        this.objective = objective;
        this.space = space;
        this.rows = problem.rows();
        this.k = space.size();
        this.weights = problem.weights();
        this.target = new double[rows];
        double c = objective.targetOffset();
        for (int i = 0; i < rows; i++) {
            double y = problem.y(i);
            target[i] = objective.onLogScale() ? Math.log(y + c) : y;
            if (!Double.isFinite(target[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + ": target " + y
                        + (objective.onLogScale() ? " has no logarithm (log objectives need y + offset > 0)" : " is not finite"));
            }
        }
    }

    /** Scratch arrays for one thread. */
    static final class Workspace {
        final double[] theta;
        final double[] r;
        final double[] jac;
        final double[] gTheta;

        Workspace(int rows, int k) {
            theta = new double[k];
            gTheta = new double[k];
            r = new double[rows];
            jac = new double[rows * k];
        }
    }

    Workspace workspace() {
        return new Workspace(rows, k);
    }

    int rows() {
        return rows;
    }

    ParameterSpace space() {
        return space;
    }

    Objective objective() {
        return objective;
    }

    /** Fills ws.r with r_i and, if asked, ws.jac with dr_i/dθ_j, for θ already in ws.theta. */
    void residuals(Workspace ws, boolean withJacobian) {
        double[] jac = withJacobian ? ws.jac : null;
        double[] r = ws.r;
        double c = objective.targetOffset();
        if (objective.onLogScale() && c == 0) {
            bound.evaluateLog(ws.theta, r, jac);
        } else {
            bound.evaluate(ws.theta, r, jac);
            if (objective.onLogScale()) {
                shiftLog(r, jac, c);
            }
        }
        for (int i = 0; i < rows; i++) {
            r[i] -= target[i];
        }
    }

    private void shiftLog(double[] r, double[] jac, double c) {
        for (int i = 0; i < rows; i++) {
            double v = r[i] + c;
            r[i] = v > 0 ? Math.log(v) : Double.NaN;
            if (jac != null) {
                double inv = 1.0 / v;
                for (int j = 0; j < k; j++) {
                    jac[i * k + j] *= inv;
                }
            }
        }
    }

    /** The objective at z, and its gradient with respect to z into {@code g} when not null; +∞ if not finite. */
    double value(double[] z, double[] g, Workspace ws) {
        space.toTheta(z, ws.theta);
        residuals(ws, g != null);
        double f = 0;
        double[] gTheta = g == null ? null : ws.gTheta;
        if (gTheta != null) {
            java.util.Arrays.fill(gTheta, 0.0);
        }
        for (int i = 0; i < rows; i++) {
            double w = weights[i];
            if (w == 0) {
                continue;
            }
            double ri = ws.r[i];
            f += w * objective.loss(ri);
            if (gTheta != null) {
                double d = w * objective.lossDerivative(ri);
                int base = i * k;
                for (int j = 0; j < k; j++) {
                    gTheta[j] += d * ws.jac[base + j];
                }
            }
        }
        if (!Double.isFinite(f)) {
            return Double.POSITIVE_INFINITY;
        }
        if (g != null) {
            for (int fi = 0; fi < g.length; fi++) {
                g[fi] = gTheta[space.freeIndex(fi)] * space.scale(fi);
            }
        }
        return f;
    }

    /** √w_i · r_i into {@code out} and its Jacobian with respect to z (rows × free, row-major) into {@code jacZ}. */
    boolean weightedResiduals(double[] z, double[] out, double[] jacZ, Workspace ws) {
        space.toTheta(z, ws.theta);
        residuals(ws, jacZ != null);
        int nf = space.freeCount();
        boolean finite = true;
        for (int i = 0; i < rows; i++) {
            double sw = Math.sqrt(weights[i]);
            out[i] = sw * ws.r[i];
            finite &= Double.isFinite(out[i]);
            if (jacZ != null) {
                for (int f = 0; f < nf; f++) {
                    jacZ[i * nf + f] = sw * ws.jac[i * k + space.freeIndex(f)] * space.scale(f);
                }
            }
        }
        return finite;
    }

    /**
     * Σ w_i r_i² at z, accumulating row by row the normal equations of the weighted residuals
     * √w_i·r_i with respect to z: JᵀJ (free × free, row-major) into {@code jtj} and Jᵀr into
     * {@code jtr}, so no rows × free Jacobian is built. A derivative that is not finite counts as 0
     * (as in {@link #weightedResiduals}); +∞ when a residual is not finite.
     */
    double normalEquations(double[] z, double[] jtj, double[] jtr, Workspace ws) {
        space.toTheta(z, ws.theta);
        residuals(ws, true);
        int nf = space.freeCount();
        java.util.Arrays.fill(jtj, 0.0);
        java.util.Arrays.fill(jtr, 0.0);
        double[] row = new double[nf];
        double cost = 0;
        for (int i = 0; i < rows; i++) {
            double w = weights[i];
            double ri = ws.r[i];
            if (w == 0) {
                continue;
            }
            if (!Double.isFinite(ri)) {
                return Double.POSITIVE_INFINITY;
            }
            cost += w * ri * ri;
            for (int a = 0; a < nf; a++) {
                double d = ws.jac[i * k + space.freeIndex(a)] * space.scale(a);
                row[a] = Double.isFinite(d) ? d : 0.0;
                jtr[a] += w * row[a] * ri;
                for (int b = 0; b <= a; b++) {
                    jtj[a * nf + b] += w * row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < nf; a++) {
            for (int b = 0; b < a; b++) {
                jtj[b * nf + a] = jtj[a * nf + b];
            }
        }
        return cost;
    }

    /** The weight of row i. */
    double weight(int i) {
        return weights[i];
    }
}
