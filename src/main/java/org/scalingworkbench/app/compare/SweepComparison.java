package org.scalingworkbench.app.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.Backtesting;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.request.ResolvedLaw;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.CancellationToken;

/**
 * The use cases "which law extrapolates best" (a leaderboard per curve) and "how does each law's
 * error grow with the distance extrapolated" (a backtest per curve), behind the {@code compare}
 * command and the window's leaderboard and backtest. Both select the rows and fit the laws as
 * {@link SweepFitting} does for the same {@link FitRequest}: a leaderboard is the fit use case's
 * board without the bootstrap (it shows no intervals); a backtest refits the laws of one variable
 * with the largest 1, 2, ..., K runs held out in turn (the request's own hold-out is not used).
 */
public final class SweepComparison {

    private final SweepLoading loading;
    private final SweepFitting fitting;

    public SweepComparison(SweepLoading loading, SweepFitting fitting) {
        this.loading = loading;
        this.fitting = fitting;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepComparison standard() {
        return new SweepComparison(SweepLoading.standard(), SweepFitting.standard());
    }

    /**
     * Reads the request's files and ranks its laws on every curve.
     *
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when a law, column, value or the hold-out does not fit the data
     */
    public ComparisonReport compare(FitRequest request, TaskContext context) throws IOException {
        return compare(request, loading.load(request.data().files()).sweep(), context);
    }

    /** Ranks the request's laws on every curve of a sweep already loaded; see {@link #compare(FitRequest, TaskContext)}. */
    public ComparisonReport compare(FitRequest request, Sweep sweep, TaskContext context) {
        FitOutcome outcome = fitting.fit(request.withBootstrap(Resampling.NONE), sweep, context);
        CurveFit first = outcome.curves().get(0);
        return new ComparisonReport(outcome.source(), first.curve().points().curve().y().name(),
                first.curve().points().curve().x().name(), outcome.notes(), outcome.curves().stream().map(CurveFit::board).toList(), outcome.refused());
    }

    /**
     * Reads the request's files and backtests its laws of one variable on every curve, up to
     * {@code maxRuns} runs held out.
     *
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when {@code maxRuns} &lt; 1, or a law, column or value does not fit the data
     */
    public BacktestReport backtest(FitRequest request, int maxRuns, TaskContext context) throws IOException {
        return backtest(request, maxRuns, loading.load(request.data().files()).sweep(), context);
    }

    /** Backtests on a sweep already loaded; see {@link #backtest(FitRequest, int, TaskContext)}. */
    public BacktestReport backtest(FitRequest request, int maxRuns, Sweep sweep, TaskContext context) {
        checkRuns(maxRuns);
        Selection selected = fitting.select(request, sweep);
        List<String> notes = new ArrayList<>(selected.notes());
        notes.addAll(leftOut(request));
        List<SelectedCurve> curves = selected.curves().stream().filter(c -> c.keptCount() > 0).toList();
        List<Backtest> backtests = new ArrayList<>();
        for (SelectedCurve curve : curves) {
            context.progress(backtests.size(), curves.size(), "backtesting " + curve.name());
            backtests.add(backtestCurve(request, curve, maxRuns, context));
        }
        Curve first = curves.get(0).points().curve();
        return new BacktestReport(selected.sweep().sourceName(), first.y().name(), first.x().name(), notes, backtests, List.of());
    }

    /**
     * The backtest of one curve: its points not excluded, the largest 1, 2, ..., {@code maxRuns}
     * runs held out in turn (fewer when the curve has fewer runs), each of the request's laws of one
     * variable refitted warm from the previous step. Laws of several variables are left out (see
     * {@link #leftOut(FitRequest)}).
     *
     * @throws IllegalArgumentException when {@code maxRuns} &lt; 1 or a law does not resolve
     */
    public Backtest backtestCurve(FitRequest request, SelectedCurve curve, int maxRuns, TaskContext context) {
        checkRuns(maxRuns);
        Map<String, ResolvedLaw> laws = fitting.resolve(request);
        List<ResolvedLaw> single = laws.values().stream().filter(r -> r.law().variables().size() == 1).toList();
        LawComparison comparison = new LawComparison(single.stream().map(ResolvedLaw::law).toList(),
                law -> laws.get(law.id()).options());
        boolean[] excluded = curve.excluded();
        Curve kept = curve.points().curve().subset(IntStream.range(0, excluded.length).filter(k -> !excluded[k]).toArray());
        try {
            return new Backtesting(comparison).run(kept, maxRuns, CancellationToken.linkedTo(context::isCancelled));
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
    }

    /** One note per law of the request that a backtest leaves out (a law of several variables). */
    public List<String> leftOut(FitRequest request) {
        return fitting.resolve(request).values().stream().filter(r -> r.law().variables().size() > 1)
                .map(r -> r.law().id() + " left out of the backtest: it is a law of several variables "
                        + r.law().variables() + ", and a backtest holds out runs along one")
                .toList();
    }

    private static void checkRuns(int maxRuns) {
        if (maxRuns < 1) {
            throw new IllegalArgumentException("a backtest holds out at least 1 run, got " + maxRuns);
        }
    }
}
