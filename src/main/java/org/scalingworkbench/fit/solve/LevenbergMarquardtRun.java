package org.scalingworkbench.fit.solve;

import org.scalingworkbench.fit.CancellationToken;

/**
 * One least-squares solve from one start by Levenberg-Marquardt on the weighted residuals
 * √w_i·r_i in the scaled vector z: MINPACK's lmder (Moré 1978), the trust-region algorithm with a
 * pivoted QR of the Jacobian ({@link PivotedQr}), its scaling by the column norms and its three
 * tests (relative reduction of the cost, relative step, orthogonality of the residuals to the
 * Jacobian's columns). It is the algorithm Commons Math's {@code LevenbergMarquardtOptimizer}
 * implements, which this class replaced (docs/decisions/0014): the same steps, with every array
 * allocated once per solve instead of several matrices per evaluation. Bounds are kept by
 * projecting every trial point into the box. The best point evaluated is returned, also when the
 * solve stops on an iteration limit or on tolerances too tight for rounding.
 */
final class LevenbergMarquardtRun {

    private static final double NOT_FINITE_RESIDUAL = 1e100;
    private static final double TWO_EPS = 0x1.0p-52;
    private static final double STEP_BOUND_FACTOR = 100;
    private static final double ACCEPT = 1.0e-4;

    private final int maxIterations;
    private final int maxEvaluations;
    private final double tolerance;
    private final CancellationToken token;

    /** @param tolerance relative tolerance on the cost, the parameters and orthogonality (MINPACK's ftol, xtol, gtol) */
    LevenbergMarquardtRun(int maxIterations, double tolerance, CancellationToken token) {
        this.maxIterations = maxIterations;
        this.maxEvaluations = Math.max(100, 20 * maxIterations);
        this.tolerance = tolerance;
        this.token = token;
    }

    LocalOptimum minimize(ResidualModel model, double[] start) {
        return new Solve(model).run(start.clone());
    }

    /** The state of one solve: the residual function with its best point, the factors and the trust region. */
    private final class Solve {
        private final Residuals f;
        private final PivotedQr qr;
        private final int nf;
        private final double[] qtf;
        private final double[] diag;
        private final double[] oldX;
        private final double[] dir;
        private final double[] rowProducts;
        private int iterations;
        private double delta;
        private double xNorm;
        private double lmPar;
        /** The scaled predicted reduction of the last trial step and the scaled directional derivative. */
        private double preRed;
        private double dirDer;
        private boolean first = true;

        Solve(ResidualModel model) {
            f = new Residuals(model, token);
            nf = model.space().freeCount();
            qr = new PivotedQr(model.rows(), nf);
            qtf = new double[model.rows()];
            diag = new double[nf];
            oldX = new double[nf];
            dir = new double[nf];
            rowProducts = new double[nf];
        }

        LocalOptimum run(double[] point) {
            double cost = f.evaluate(point);
            while (true) {
                if (++iterations > maxIterations) {
                    return end(maxIterations, false);
                }
                if (!qr.factor(f.jacobian)) {
                    return end(f.evaluations, true);
                }
                System.arraycopy(f.residuals, 0, qtf, 0, qtf.length);
                qr.qTy(qtf);
                if (first) {
                    scaleByColumnNorms(point);
                }
                double maxCosine = maxCosine(cost);
                if (maxCosine <= tolerance) {
                    return end(iterations, true);
                }
                for (int j = 0; j < nf; j++) {
                    diag[j] = Math.max(diag[j], qr.jacNorm[j]);
                }
                LocalOptimum done = innerLoop(point, cost, maxCosine);
                if (done != null) {
                    return done;
                }
                cost = f.cost;
            }
        }

        /** Trial steps from the current factors until one reduces the cost enough; non-null when the solve ends. */
        private LocalOptimum innerLoop(double[] point, double startCost, double maxCosine) {
            int solved = qr.solvedColumns();
            double cost = startCost;
            for (double ratio = 0; ratio < ACCEPT;) {
                for (int j = 0; j < solved; j++) {
                    oldX[qr.perm[j]] = point[qr.perm[j]];
                }
                double previousCost = cost;
                lmPar = qr.lmParameter(qtf, delta, diag, dir, lmPar);
                double lmNorm = step(point, solved);
                if (first) {
                    delta = Math.min(delta, lmNorm);
                }
                if (f.evaluations >= maxEvaluations) {
                    return end(maxIterations, false);
                }
                cost = f.evaluate(point);
                double actRed = -1.0;
                if (0.1 * cost < previousCost) {
                    double r = cost / previousCost;
                    actRed = 1.0 - r * r;
                }
                predictReduction(solved, previousCost, lmNorm);
                ratio = preRed == 0 ? 0 : actRed / preRed;
                updateStepBound(ratio, actRed, cost, previousCost, lmNorm);
                if (ratio >= ACCEPT) {
                    first = false;
                    xNorm = scaledNorm(point);
                } else {
                    cost = previousCost;
                    for (int j = 0; j < solved; j++) {
                        point[qr.perm[j]] = oldX[qr.perm[j]];
                    }
                }
                if (Math.abs(actRed) <= tolerance && preRed <= tolerance && ratio <= 2.0 || delta <= tolerance * xNorm) {
                    return end(iterations, true);
                }
                if (Math.abs(actRed) <= TWO_EPS && preRed <= TWO_EPS && ratio <= 2.0 || delta <= TWO_EPS * xNorm
                        || maxCosine <= TWO_EPS) {
                    return end(f.evaluations, true);
                }
            }
            return null;
        }

        /** On the first iteration: D from the column norms of the Jacobian, and Δ from the scaled start. */
        private void scaleByColumnNorms(double[] point) {
            double norm = 0;
            for (int k = 0; k < nf; k++) {
                double dk = qr.jacNorm[k];
                if (dk == 0) {
                    dk = 1.0;
                }
                double xk = dk * point[k];
                norm += xk * xk;
                diag[k] = dk;
            }
            xNorm = Math.sqrt(norm);
            delta = xNorm == 0 ? STEP_BOUND_FACTOR : STEP_BOUND_FACTOR * xNorm;
        }

        /** The largest cosine between the residual vector and a column of the Jacobian (0 at cost 0). */
        private double maxCosine(double cost) {
            double max = 0;
            if (cost == 0) {
                return max;
            }
            for (int j = 0; j < qr.solvedColumns(); j++) {
                int pj = qr.perm[j];
                double s = qr.jacNorm[pj];
                if (s != 0) {
                    double sum = 0;
                    for (int i = 0; i <= j; i++) {
                        sum += qr.at(i, pj) * qtf[i];
                    }
                    max = Math.max(max, Math.abs(sum) / (s * cost));
                }
            }
            return max;
        }

        /** Moves the point by −dir (the step), returning ‖D·step‖. */
        private double step(double[] point, int solved) {
            double norm = 0;
            for (int j = 0; j < solved; j++) {
                int pj = qr.perm[j];
                dir[pj] = -dir[pj];
                point[pj] = oldX[pj] + dir[pj];
                double s = diag[pj] * dir[pj];
                norm += s * s;
            }
            return Math.sqrt(norm);
        }

        /** Sets {@link #preRed}, the scaled predicted reduction of the squared cost, and {@link #dirDer}. */
        private void predictReduction(int solved, double previousCost, double lmNorm) {
            for (int j = 0; j < solved; j++) {
                int pj = qr.perm[j];
                double dirJ = dir[pj];
                rowProducts[j] = 0;
                for (int i = 0; i <= j; i++) {
                    rowProducts[i] += qr.at(i, pj) * dirJ;
                }
            }
            double coeff1 = 0;
            for (int j = 0; j < solved; j++) {
                coeff1 += rowProducts[j] * rowProducts[j];
            }
            double pc2 = previousCost * previousCost;
            coeff1 /= pc2;
            double coeff2 = lmPar * lmNorm * lmNorm / pc2;
            preRed = coeff1 + 2 * coeff2;
            dirDer = -(coeff1 + coeff2);
        }

        private void updateStepBound(double ratio, double actRed, double cost, double previousCost, double lmNorm) {
            if (ratio <= 0.25) {
                double tmp = actRed < 0 ? 0.5 * dirDer / (dirDer + 0.5 * actRed) : 0.5;
                if (0.1 * cost >= previousCost || tmp < 0.1) {
                    tmp = 0.1;
                }
                delta = tmp * Math.min(delta, 10.0 * lmNorm);
                lmPar /= tmp;
            } else if (lmPar == 0 || ratio >= 0.75) {
                delta = 2 * lmNorm;
                lmPar *= 0.5;
            }
        }

        private double scaledNorm(double[] point) {
            double norm = 0;
            for (int k = 0; k < nf; k++) {
                double xk = diag[k] * point[k];
                norm += xk * xk;
            }
            return Math.sqrt(norm);
        }

        private LocalOptimum end(int iterationCount, boolean converged) {
            if (f.bestZ == null) {
                return LocalOptimum.failed(f.start);
            }
            return new LocalOptimum(f.bestZ, f.bestCost, iterationCount, converged && Double.isFinite(f.bestCost));
        }
    }

    /**
     * The residuals of the solve and their Jacobian at a point projected into the box, remembering
     * the best point seen. A residual that is not finite counts as {@link #NOT_FINITE_RESIDUAL}
     * (with a zero row of the Jacobian) for the solver, and as an infinite cost for the best point.
     */
    private static final class Residuals {
        private final ResidualModel model;
        private final ResidualModel.Workspace ws;
        private final CancellationToken token;
        private final int n;
        private final int nf;
        private final double[] weighted;
        private final double[] rowJacobian;
        /** The residuals' negatives (the solver drives them to 0 from −r, as lmder does for r − target). */
        final double[] residuals;
        /** d(−r_i)/dz_f, column-major. */
        final double[] jacobian;
        double[] start;
        double[] bestZ;
        double bestCost = Double.POSITIVE_INFINITY;
        double cost;
        int evaluations;

        Residuals(ResidualModel model, CancellationToken token) {
            this.model = model;
            this.ws = model.workspace();
            this.token = token;
            n = model.rows();
            nf = model.space().freeCount();
            weighted = new double[n];
            rowJacobian = new double[n * nf];
            residuals = new double[n];
            jacobian = new double[n * nf];
        }

        /** Projects {@code z} into the box (in place), evaluates there and returns ‖r‖ as the solver sees it. */
        double evaluate(double[] z) {
            token.throwIfCancelled();
            if (start == null) {
                start = z.clone();
            }
            evaluations++;
            ParameterSpace space = model.space();
            for (int j = 0; j < nf; j++) {
                z[j] = Math.min(space.upperZ(j), Math.max(space.lowerZ(j), z[j]));
            }
            model.weightedResiduals(z, weighted, rowJacobian, ws);
            double trueCost = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                boolean ok = Double.isFinite(weighted[i]);
                double r = ok ? weighted[i] : NOT_FINITE_RESIDUAL;
                trueCost += ok ? r * r : Double.POSITIVE_INFINITY;
                residuals[i] = -r;
                sum += residuals[i] * residuals[i];
                for (int j = 0; j < nf; j++) {
                    double v = rowJacobian[i * nf + j];
                    jacobian[j * n + i] = ok && Double.isFinite(v) ? -v : -0.0;
                }
            }
            if (trueCost < bestCost) {
                bestCost = trueCost;
                bestZ = z.clone();
            }
            cost = Math.sqrt(sum);
            return cost;
        }
    }
}
