package org.scalingworkbench.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.LossReadOffs;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * The numbers for the paper: the laws fitted to one curve, ranked by extrapolation error, with
 * every parameter's value, standard error and bootstrap interval, and what they were fitted on.
 * Immutable; {@link ReportFormat} writes it as Markdown, LaTeX or JSON.
 *
 * @param data      the file, the columns and the excluded points
 * @param holdOut   the split into fitted and held-out points
 * @param objective what every fit minimised, or null when no law could be fitted
 * @param laws      one per law, in rank order
 */
public record ScalingReport(ReportData data, HoldOut holdOut, Objective objective, List<LawReport> laws) {

    /** Confidence level of every interval in a report. */
    public static final double LEVEL = 0.95;

    public ScalingReport {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(holdOut, "holdOut");
        laws = List.copyOf(laws);
    }

    /**
     * The report of a leaderboard.
     *
     * @param data       the file, the columns and the excluded points
     * @param cutOff     the hold-out cut-off in the scale column's units (NaN for none)
     * @param board      the ranked fits
     * @param laws       the fitted laws by id (a law missing here gets no L∞)
     * @param bootstraps each law's bootstrap by id, where one was run
     */
    public static ScalingReport of(ReportData data, double cutOff, Leaderboard board, Map<String, ScalingLaw> laws,
            Map<String, BootstrapResult> bootstraps) {
        List<LawReport> rows = new ArrayList<>();
        for (LeaderboardEntry e : board.entries()) {
            rows.add(law(rows.size() + 1, e, laws.get(e.lawId()), bootstraps.get(e.lawId())));
        }
        Objective objective = board.entries().stream().flatMap(e -> e.fitResult().stream()).map(FitResult::objective)
                .findFirst().orElse(null);
        double orders = board.heldOutPoints() == 0 ? Double.NaN : board.ordersOfMagnitude();
        return new ScalingReport(data, new HoldOut(cutOff, board.trainPoints(), board.heldOutPoints(), orders), objective, rows);
    }

    /**
     * The report of a fit made by the fit use case: its board, laws and bootstraps, on the files
     * {@code sources}, with the points excluded from the fit listed by their source lines. The
     * window's report and {@code report}/{@code fit --json} on the command line are both this.
     *
     * @param sources the files the fit read, in order (fingerprinted where known)
     * @param fit     one curve's fit
     */
    public static ScalingReport of(List<DataSource> sources, CurveFit fit) {
        Curve curve = fit.curve().points().curve();
        boolean[] excluded = fit.curve().excluded();
        List<Integer> lines = java.util.stream.IntStream.range(0, excluded.length).filter(k -> excluded[k])
                .mapToObj(k -> curve.sweep().lineNumber(curve.rowAt(k))).toList();
        ReportData data = new ReportData(sources, curve.y().name(), curve.x().name(), lines);
        return of(data, Double.NaN, fit.board(), fit.laws(), fit.bootstraps());
    }

    /**
     * The report of one curve of a request with a curve key: as {@link #of(List, CurveFit)}, with
     * the curve's name ("Task = arc") in the data, so each of several reports says which curve it is.
     */
    public static ScalingReport ofCurve(List<DataSource> sources, CurveFit fit) {
        ScalingReport r = of(sources, fit);
        return new ScalingReport(r.data().ofCurve(fit.curve().name()), r.holdOut(), r.objective(), r.laws());
    }

    /** Whether any law carries bootstrap intervals. */
    public boolean hasIntervals() {
        return laws.stream().anyMatch(LawReport::hasIntervals);
    }

    private static LawReport law(int rank, LeaderboardEntry e, ScalingLaw law, BootstrapResult boot) {
        String name = law == null ? e.lawId() : law.displayName();
        boolean failed = e.status() == FitStatus.FAILED || e.fit() == null;
        List<ParameterEstimate> parameters = failed ? List.of() : parameters(e.fit(), boot);
        String notes = e.status() == FitStatus.DIVERGED ? "diverged: " + e.detail() : e.detail();
        return new LawReport(rank, e.lawId(), name, e.parameterCount(), failed, notes, e.train(), e.heldOut(),
                e.aic(), e.bic(), failed ? null : limit(law, e.fit(), boot).orElse(null), parameters, boot == null ? 0 : boot.resamples());
    }

    private static List<ParameterEstimate> parameters(FitResult fit, BootstrapResult boot) {
        List<ParameterEstimate> out = new ArrayList<>();
        double[] values = fit.values();
        double[] errors = fit.standardErrors();
        boolean[] fixed = fit.fixed();
        for (int j = 0; j < values.length; j++) {
            String name = fit.parameterNames().get(j);
            Interval interval = boot == null || boot.resamples() == 0 ? null : boot.interval(name, LEVEL);
            out.add(new ParameterEstimate(name, values[j], errors[j], fixed[j], interval));
        }
        return out;
    }

    private static Optional<ReadOff> limit(ScalingLaw law, FitResult fit, BootstrapResult boot) {
        if (law == null || !law.id().equals(fit.lawId())) {
            return Optional.empty();
        }
        return new LossReadOffs(law, fit, boot, LEVEL, 1.0).irreducibleLoss();
    }
}
