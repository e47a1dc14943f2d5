package org.scalingworkbench.ui.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.session.LawResult;

/**
 * A leaderboard rebuilt from a session's saved results, without fitting: the saved parameter values
 * and standard errors, the errors on the fitted and held-out points computed again from them, and
 * AIC/BIC from the residuals for the least-squares objectives (NaN for Huber, whose criteria need
 * the solver's weighted residuals). The covariance keeps only the variances, and warnings are not
 * saved, so each entry's detail says that it was restored.
 */
final class RestoredBoard {

    static final String DETAIL = "as saved in the session (not refitted)";

    private RestoredBoard() {
    }

    /**
     * The board, or empty when a saved result does not fit its law (a parameter missing).
     *
     * @param results   each law with its saved result, in the session's order
     * @param partition the fitted and held-out points, as on screen
     */
    static Optional<Leaderboard> of(Map<ScalingLaw, LawResult> results, Objective objective, Partition partition) {
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (Map.Entry<ScalingLaw, LawResult> e : results.entrySet()) {
            Optional<LeaderboardEntry> entry = entry(e.getKey(), e.getValue(), objective, partition);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            entries.add(entry.get());
        }
        entries.sort(Comparator.comparingDouble((LeaderboardEntry e) -> orLast(e.heldOut().rmsle())).thenComparingDouble(e -> orLast(e.aic())));
        return Optional.of(new Leaderboard("curve", "cut-off", partition.trainSize(), partition.heldOutSize(),
                partition.ordersOfMagnitude(), entries));
    }

    private static Optional<LeaderboardEntry> entry(ScalingLaw law, LawResult saved, Objective objective, Partition p) {
        List<String> names = law.parameters().stream().map(lp -> lp.name()).toList();
        int k = names.size();
        double[] values = new double[k];
        double[] errors = new double[k];
        double[][] covariance = new double[k][k];
        for (int j = 0; j < k; j++) {
            Double v = saved.values().get(names.get(j));
            if (v == null) {
                return Optional.empty();
            }
            values[j] = v;
            errors[j] = saved.standardErrors().getOrDefault(names.get(j), Double.NaN);
            covariance[j][j] = errors[j] * errors[j];
        }
        double[] trainHat = predict(law, p.trainX(), values);
        double[] residuals = residuals(objective, trainHat, p.trainY());
        double[] criteria = criteria(objective, residuals, k);
        FitResult fit = new FitResult(law.id(), objective, names, values, new boolean[k], errors, covariance,
                saved.objective(), residuals, criteria[0], criteria[1], 0, 0, 0, List.of());
        return Optional.of(new LeaderboardEntry(law.id(), k, FitStatus.OK, DETAIL,
                ExtrapolationError.of(trainHat, p.trainY()), ExtrapolationError.of(predict(law, p.heldOutX(), values), p.heldOutY()),
                criteria[0], criteria[1], false, fit));
    }

    private static double[] predict(ScalingLaw law, double[] x, double[] p) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = law.value(new double[] {x[i]}, p);
        }
        return out;
    }

    private static double[] residuals(Objective o, double[] yHat, double[] y) {
        double[] r = new double[y.length];
        double c = o.targetOffset();
        for (int i = 0; i < y.length; i++) {
            r[i] = o.onLogScale() ? Math.log(yHat[i] + c) - Math.log(y[i] + c) : yHat[i] - y[i];
        }
        return r;
    }

    /**
     * {AIC, BIC} under i.i.d. Gaussian residuals with the variance estimated (k + 1 parameters), as
     * the fitting package computes them for least squares; NaN for Huber.
     */
    private static double[] criteria(Objective o, double[] r, int k) {
        if (!o.isLeastSquares() || r.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double rss = 0;
        for (double v : r) {
            rss += v * v;
        }
        int n = r.length;
        double logLikelihood = -0.5 * n * (Math.log(2 * Math.PI * rss / n) + 1);
        return new double[] {2.0 * (k + 1) - 2 * logLikelihood, (k + 1) * Math.log(n) - 2 * logLikelihood};
    }

    private static double orLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
}
