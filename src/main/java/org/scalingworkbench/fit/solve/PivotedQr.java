package org.scalingworkbench.fit.solve;

import java.util.Arrays;

/**
 * The linear algebra of one Levenberg-Marquardt solve ({@link LevenbergMarquardtRun}), after
 * MINPACK's lmder (Moré 1978; Moré, Garbow and Hillstrom 1980): a Householder QR of the Jacobian
 * with column pivoting, Qᵀr, the Levenberg-Marquardt parameter of a trust region of radius Δ
 * (lmpar) and the damped step from the factors (qrsolv, Givens rotations). Every array is
 * allocated once per solve: the rows × free matrix is column-major, so each column is contiguous.
 * Not thread-safe; one per solve.
 */
final class PivotedQr {

    /** Columns whose remaining squared norm is at most this are left out as rank-deficient. */
    private static final double RANK_THRESHOLD = 0x1.0p-1022;
    private static final double SAFE_MIN = 0x1.0p-1022;

    private final int n;
    private final int nf;
    private final int solved;
    /** The Jacobian of the residuals being factored; then Householder vectors below R's diagonal. */
    final double[] a;
    final int[] perm;
    final double[] diagR;
    final double[] jacNorm;
    private final double[] beta;
    private final double[] lmDiag;
    private final double[] work;
    private final double[] wa1;
    private final double[] wa3;
    int rank;

    PivotedQr(int rows, int free) {
        n = rows;
        nf = free;
        solved = Math.min(rows, free);
        a = new double[rows * free];
        perm = new int[free];
        diagR = new double[free];
        jacNorm = new double[free];
        beta = new double[free];
        lmDiag = new double[free];
        work = new double[free];
        wa1 = new double[free];
        wa3 = new double[free];
    }

    int solvedColumns() {
        return solved;
    }

    /** R(i, column pj), i ≤ j: an element of the triangular factor (or, below, of S after a direction). */
    double at(int i, int pj) {
        return a[pj * n + i];
    }

    /**
     * Factors {@code jacobian} (column-major, copied): AP = QR; the diagonal of R goes into
     * {@link #diagR}. False when a column norm is not finite.
     */
    boolean factor(double[] jacobian) {
        System.arraycopy(jacobian, 0, a, 0, a.length);
        Arrays.fill(diagR, 0.0);
        Arrays.fill(beta, 0.0);
        for (int k = 0; k < nf; k++) {
            perm[k] = k;
            jacNorm[k] = Math.sqrt(squaredNorm(k, 0));
        }
        rank = solved;
        for (int k = 0; k < solved; k++) {
            int next = -1;
            double ak2 = Double.NEGATIVE_INFINITY;
            for (int i = k; i < nf; i++) {
                double norm2 = squaredNorm(perm[i], k);
                if (Double.isInfinite(norm2) || Double.isNaN(norm2)) {
                    return false;
                }
                if (norm2 > ak2) {
                    next = i;
                    ak2 = norm2;
                }
            }
            if (ak2 <= RANK_THRESHOLD) {
                rank = k;
                return true;
            }
            int pk = perm[next];
            perm[next] = perm[k];
            perm[k] = pk;
            reflect(k, pk, ak2);
        }
        return true;
    }

    /** The Householder reflection that zeroes column pk below row k, applied to the later columns. */
    private void reflect(int k, int pk, double ak2) {
        int ck = pk * n;
        double akk = a[ck + k];
        double alpha = akk > 0 ? -Math.sqrt(ak2) : Math.sqrt(ak2);
        double betak = 1.0 / (ak2 - akk * alpha);
        beta[pk] = betak;
        diagR[pk] = alpha;
        a[ck + k] -= alpha;
        for (int dk = nf - 1 - k; dk > 0; --dk) {
            int cj = perm[k + dk] * n;
            double gamma = 0;
            for (int j = k; j < n; j++) {
                gamma += a[ck + j] * a[cj + j];
            }
            gamma *= betak;
            for (int j = k; j < n; j++) {
                a[cj + j] -= gamma * a[ck + j];
            }
        }
    }

    private double squaredNorm(int column, int from) {
        int c = column * n;
        double norm2 = 0;
        for (int j = from; j < n; j++) {
            double v = a[c + j];
            norm2 += v * v;
        }
        return norm2;
    }

    /** Overwrites y (length rows) with Qᵀy, then puts R's diagonal in place of the reflections' pivots. */
    void qTy(double[] y) {
        for (int k = 0; k < rank; k++) {
            int ck = perm[k] * n;
            double gamma = 0;
            for (int i = k; i < n; i++) {
                gamma += a[ck + i] * y[i];
            }
            gamma *= beta[perm[k]];
            for (int i = k; i < n; i++) {
                y[i] -= gamma * a[ck + i];
            }
        }
        for (int k = 0; k < solved; k++) {
            int pk = perm[k];
            a[pk * n + k] = diagR[pk];
        }
    }

    /**
     * MINPACK's lmpar: the parameter λ ≥ 0 for which the damped step {@code dir} (written, in the
     * unscaled free coordinates, not yet negated) has scaled length ‖D·dir‖ within 10% of
     * {@code delta}, or 0 when the Gauss-Newton step is already that short.
     *
     * @param qtf   Qᵀr (its first {@code solved} entries are read)
     * @param diag  the scaling D, per free parameter
     * @param par   the previous parameter (a first guess)
     */
    double lmParameter(double[] qtf, double delta, double[] diag, double[] dir, double par) {
        gaussNewton(qtf, dir);
        double dxNorm = scaledNorm(diag, dir, wa1);
        double fp = dxNorm - delta;
        if (fp <= 0.1 * delta) {
            return 0;
        }
        double parl = rank == solved ? lowerBound(diag, dxNorm, fp, delta) : 0;
        double gNorm = gradientNorm(qtf, diag);
        double paru = gNorm / delta;
        if (paru == 0) {
            paru = SAFE_MIN / Math.min(delta, 0.1);
        }
        double lmPar = Math.min(paru, Math.max(par, parl));
        if (lmPar == 0) {
            lmPar = gNorm / dxNorm;
        }
        for (int countdown = 10; countdown >= 0; --countdown) {
            if (lmPar == 0) {
                lmPar = Math.max(SAFE_MIN, 0.001 * paru);
            }
            double sPar = Math.sqrt(lmPar);
            for (int j = 0; j < solved; j++) {
                wa1[perm[j]] = sPar * diag[perm[j]];
            }
            direction(qtf, wa1, dir);
            dxNorm = scaledNorm(diag, dir, wa3);
            double previousFp = fp;
            fp = dxNorm - delta;
            if (Math.abs(fp) <= 0.1 * delta || (parl == 0 && fp <= previousFp && previousFp < 0)) {
                return lmPar;
            }
            double correction = newtonCorrection(diag, dxNorm, fp, delta);
            if (fp > 0) {
                parl = Math.max(parl, lmPar);
            } else if (fp < 0) {
                paru = Math.min(paru, lmPar);
            }
            lmPar = Math.max(parl, lmPar + correction);
        }
        return lmPar;
    }

    /** The Gauss-Newton step R⁻¹Qᵀr on the first {@link #rank} columns (0 on the others), into dir. */
    private void gaussNewton(double[] qtf, double[] dir) {
        for (int j = 0; j < rank; j++) {
            dir[perm[j]] = qtf[j];
        }
        for (int j = rank; j < nf; j++) {
            dir[perm[j]] = 0;
        }
        for (int k = rank - 1; k >= 0; --k) {
            int pk = perm[k];
            double ypk = dir[pk] / diagR[pk];
            for (int i = 0; i < k; i++) {
                dir[perm[i]] -= ypk * a[pk * n + i];
            }
            dir[pk] = ypk;
        }
    }

    /** ‖D·dir‖ over the solved columns, writing D·dir into {@code scaled}. */
    private double scaledNorm(double[] diag, double[] dir, double[] scaled) {
        double norm = 0;
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            double s = diag[pj] * dir[pj];
            scaled[pj] = s;
            norm += s * s;
        }
        return Math.sqrt(norm);
    }

    /** The Newton step's lower bound on λ (full rank only); wa1 holds D·dir on entry. */
    private double lowerBound(double[] diag, double dxNorm, double fp, double delta) {
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            wa1[pj] *= diag[pj] / dxNorm;
        }
        double sum2 = 0;
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            double sum = 0;
            for (int i = 0; i < j; i++) {
                sum += a[pj * n + i] * wa1[perm[i]];
            }
            double s = (wa1[pj] - sum) / diagR[pj];
            wa1[pj] = s;
            sum2 += s * s;
        }
        return fp / (delta * sum2);
    }

    /** ‖D⁻¹ Rᵀ Qᵀr‖, the scaled gradient's norm. */
    private double gradientNorm(double[] qtf, double[] diag) {
        double sum2 = 0;
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            double sum = 0;
            for (int i = 0; i <= j; i++) {
                sum += a[pj * n + i] * qtf[i];
            }
            sum /= diag[pj];
            sum2 += sum * sum;
        }
        return Math.sqrt(sum2);
    }

    /** Newton's correction to λ, from D·dir in wa3 and the factor S of the last direction. */
    private double newtonCorrection(double[] diag, double dxNorm, double fp, double delta) {
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            wa1[pj] = wa3[pj] * diag[pj] / dxNorm;
        }
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            wa1[pj] /= lmDiag[j];
            double tmp = wa1[pj];
            for (int i = j + 1; i < solved; i++) {
                wa1[perm[i]] -= a[pj * n + i] * tmp;
            }
        }
        double sum2 = 0;
        for (int j = 0; j < solved; j++) {
            double s = wa1[perm[j]];
            sum2 += s * s;
        }
        return fp / (delta * sum2);
    }

    /**
     * MINPACK's qrsolv: the least-squares solution dir of [A; D]·dir ≈ [r; 0] from the factors of A,
     * eliminating the diagonal D = {@code d} with Givens rotations into a triangular S (kept below
     * R's diagonal, its diagonal in lmDiag); R itself is restored.
     */
    private void direction(double[] qtf, double[] d, double[] dir) {
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            for (int i = j + 1; i < solved; i++) {
                a[pj * n + i] = a[perm[i] * n + j];
            }
            dir[j] = diagR[pj];
            work[j] = qtf[j];
        }
        for (int j = 0; j < solved; j++) {
            int pj = perm[j];
            double dpj = d[pj];
            if (dpj != 0) {
                Arrays.fill(lmDiag, j + 1, nf, 0);
            }
            lmDiag[j] = dpj;
            eliminate(j);
            lmDiag[j] = a[pj * n + j];
            a[pj * n + j] = dir[j];
        }
        solveTriangular(dir);
    }

    /** The Givens rotations that eliminate row j of D against R, updating work (Qᵀr) as they go. */
    private void eliminate(int j) {
        double qtbpj = 0;
        for (int k = j; k < solved; k++) {
            if (lmDiag[k] == 0) {
                continue;
            }
            int ck = perm[k] * n;
            double rkk = a[ck + k];
            double sin;
            double cos;
            if (Math.abs(rkk) < Math.abs(lmDiag[k])) {
                double cotan = rkk / lmDiag[k];
                sin = 1.0 / Math.sqrt(1.0 + cotan * cotan);
                cos = sin * cotan;
            } else {
                double tan = lmDiag[k] / rkk;
                cos = 1.0 / Math.sqrt(1.0 + tan * tan);
                sin = cos * tan;
            }
            a[ck + k] = cos * rkk + sin * lmDiag[k];
            double temp = cos * work[k] + sin * qtbpj;
            qtbpj = -sin * work[k] + cos * qtbpj;
            work[k] = temp;
            for (int i = k + 1; i < solved; i++) {
                double rik = a[ck + i];
                double temp2 = cos * rik + sin * lmDiag[i];
                lmDiag[i] = -sin * rik + cos * lmDiag[i];
                a[ck + i] = temp2;
            }
        }
    }

    /** Back-substitution in S (a least-squares solution when S is singular), permuted into dir. */
    private void solveTriangular(double[] dir) {
        int nSing = solved;
        for (int j = 0; j < solved; j++) {
            if (lmDiag[j] == 0 && nSing == solved) {
                nSing = j;
            }
            if (nSing < solved) {
                work[j] = 0;
            }
        }
        for (int j = nSing - 1; j >= 0; --j) {
            int pj = perm[j];
            double sum = 0;
            for (int i = j + 1; i < nSing; i++) {
                sum += a[pj * n + i] * work[i];
            }
            work[j] = (work[j] - sum) / lmDiag[j];
        }
        for (int j = 0; j < nf; j++) {
            dir[perm[j]] = work[j];
        }
    }
}
