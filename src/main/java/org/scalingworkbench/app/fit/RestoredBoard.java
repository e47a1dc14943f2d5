package org.scalingworkbench.app.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.RunAwayRule;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.solve.InformationCriteria;
import org.scalingworkbench.session.LawResult;
import org.scalingworkbench.session.LawSetup;
import org.scalingworkbench.session.LawWarning;

/**
 * A leaderboard rebuilt from a session's saved results, without fitting: the saved parameter values,
 * standard errors and warnings, and the errors on the fitted and held-out rows computed again from
 * them on the window's {@link FitData}, so laws of x and laws of N and D alike are scored on the rows
 * the fit would use. AIC/BIC come from the ln (or linear) residuals as the fitting package computes
 * them for every objective (unit weights, the variance counted as a parameter, fixed parameters not).
 * The covariance keeps only the variances; each entry's detail says that it was restored.
 */
public final class RestoredBoard {

    public static final String DETAIL = "as saved in the session (not refitted)";
    /** Said in place of the warnings a version 1 session did not keep. */
    public static final String WARNINGS_UNKNOWN = "warnings not saved in this older session file (fit again to see them)";

    /** Failed last (none here), then held-out RMSLE (missing counts as worst), then AIC: the fit's order. */
    private static final Comparator<LeaderboardEntry> RANKING = Comparator
            .comparingInt((LeaderboardEntry e) -> e.status().tier())
            .thenComparingDouble(e -> orLast(e.heldOut().rmsle())).thenComparingDouble(e -> orLast(e.aic()));

    private RestoredBoard() {
    }

    /**
     * The board, or empty when a saved result cannot be scored here: a parameter missing, or a
     * variable the law needs that the rows lack.
     *
     * @param laws each law with its saved setup (settings and result), in the session's order
     * @param data the fitted and held-out rows, as the window would fit them
     */
    public static Optional<Leaderboard> of(Map<ScalingLaw, LawSetup> laws, FitData data) {
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (Map.Entry<ScalingLaw, LawSetup> e : laws.entrySet()) {
            Optional<LeaderboardEntry> entry = entry(e.getKey(), e.getValue(), data);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            entries.add(entry.get());
        }
        entries.sort(RANKING);
        return Optional.of(new Leaderboard("curve", "cut-off", data.trainSize(), data.heldOutSize(),
                data.plotted().ordersOfMagnitude(), entries));
    }

    private static Optional<LeaderboardEntry> entry(ScalingLaw law, LawSetup setup, FitData data) {
        LawResult saved = setup.result();
        List<String> names = law.parameters().stream().map(lp -> lp.name()).toList();
        if (data.missingVariable(law).isPresent() || !saved.values().keySet().containsAll(names)) {
            return Optional.empty();
        }
        int k = names.size();
        double[] values = new double[k];
        double[] errors = new double[k];
        boolean[] fixed = new boolean[k];
        double[][] covariance = new double[k][k];
        for (int j = 0; j < k; j++) {
            values[j] = saved.values().get(names.get(j));
            errors[j] = saved.standardErrors().getOrDefault(names.get(j), Double.NaN);
            fixed[j] = setup.settings().fixed().containsKey(names.get(j));
            covariance[j][j] = errors[j] * errors[j];
        }
        Objective objective = setup.settings().objective().toObjective();
        double[] trainHat = LawComparison.predict(law, data.trainRows(law), values);
        double[] residuals = residuals(objective, trainHat, data.trainY());
        double[] criteria = criteria(residuals, freeCount(fixed));
        List<FitWarning> warnings = saved.warningsKnown() ? saved.warnings().stream().map(LawWarning::toFitWarning).toList() : List.of();
        FitResult fit = new FitResult(law.id(), objective, names, values, fixed, errors, covariance,
                saved.objective(), residuals, criteria[0], criteria[1], 0, 0, 0, warnings);
        Optional<String> ranOff = RunAwayRule.reason(law, fit, data.trainRows(law), data.trainY());
        FitStatus status = ranOff.isPresent() ? FitStatus.DIVERGED : warnings.isEmpty() ? FitStatus.OK : FitStatus.WARNINGS;
        String detail = detail(law, data, saved, warnings);
        return Optional.of(new LeaderboardEntry(law.id(), k, status,
                ranOff.map(r -> r + "; " + detail).orElse(detail), ExtrapolationError.of(trainHat, data.trainY()),
                ExtrapolationError.of(LawComparison.predict(law, data.heldOutRows(law), values), data.heldOutY()),
                criteria[0], criteria[1], false, fit));
    }

    /** As a fit's detail reads (what the law was fitted on, then the warnings), then that it was restored. */
    private static String detail(ScalingLaw law, FitData data, LawResult saved, List<FitWarning> warnings) {
        List<String> notes = new ArrayList<>();
        notes.add("fitted on " + data.fittedOn(law));
        warnings.forEach(w -> notes.add(w.message()));
        if (!saved.warningsKnown()) {
            notes.add(WARNINGS_UNKNOWN);
        }
        notes.add(DETAIL);
        return String.join("; ", notes);
    }

    private static double[] residuals(Objective o, double[] yHat, double[] y) {
        double[] r = new double[y.length];
        double c = o.targetOffset();
        for (int i = 0; i < y.length; i++) {
            r[i] = o.onLogScale() ? Math.log(yHat[i] + c) - Math.log(y[i] + c) : yHat[i] - y[i];
        }
        return r;
    }

    private static int freeCount(boolean[] fixed) {
        int free = 0;
        for (boolean f : fixed) {
            free += f ? 0 : 1;
        }
        return free;
    }

    /** {AIC, BIC} of residuals {@code r} (RSS = Σ r², unit weights as the window fits) with {@code free} parameters, as the fit computes them. */
    private static double[] criteria(double[] r, int free) {
        if (r.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double rss = 0;
        for (double v : r) {
            rss += v * v;
        }
        InformationCriteria ic = new InformationCriteria(rss, r.length, free);
        return new double[] {ic.aic(), ic.bic()};
    }

    private static double orLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
}
