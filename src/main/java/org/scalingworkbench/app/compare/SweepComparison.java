package org.scalingworkbench.app.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.Backtesting;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.CurveRefusals;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.request.ResolvedLaw;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.ScalingLaw;

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
        return compare(request, loading.load(request.data().files(), request.data().choices()).sweep(), context);
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
        return backtest(request, maxRuns, loading.load(request.data().files(), request.data().choices()).sweep(), context);
    }

    /**
     * Backtests on a sweep already loaded; see {@link #backtest(FitRequest, int, TaskContext)}. A
     * curve with no point to fit is listed in {@link BacktestReport#refused()}, and with a curve key
     * so is one that has a single run or, with its largest run held out, too few points to fit for
     * any law; the others are backtested. (The one curve of a request without a key is backtested
     * as it always was: a single run gives no step, a law too large for the points a failed entry.)
     *
     * @throws IllegalArgumentException as {@link #backtest(FitRequest, int, TaskContext)}, or when no curve can be backtested
     */
    public BacktestReport backtest(FitRequest request, int maxRuns, Sweep sweep, TaskContext context) {
        checkRuns(maxRuns);
        Selection selected = fitting.select(request, sweep);
        List<String> notes = new ArrayList<>(selected.notes());
        notes.addAll(leftOut(request));
        List<ScalingLaw> laws = singleVariable(request).stream().map(ResolvedLaw::law).toList();
        boolean keyed = !request.data().curveKey().isEmpty();
        List<Backtest> backtests = new ArrayList<>();
        List<RefusedCurve> refused = new ArrayList<>();
        List<SelectedCurve> curves = selected.curves();
        for (int i = 0; i < curves.size(); i++) {
            SelectedCurve curve = curves.get(i);
            context.progress(i, curves.size(), "backtesting " + curve.name());
            Optional<String> refusal = refusal(selected, curve, laws, keyed);
            if (refusal.isPresent()) {
                refused.add(new RefusedCurve(curve.name(), curve.keptCount(), refusal.get()));
            } else {
                backtests.add(backtestCurve(request, curve, maxRuns, context));
            }
        }
        if (backtests.isEmpty()) {
            throw new IllegalArgumentException(CurveRefusals.noneFitted(selected.sweep().sourceName(), keyed, refused));
        }
        Curve first = curves.get(0).points().curve();
        return new BacktestReport(selected.sweep().sourceName(), first.y().name(), first.x().name(), notes, backtests, refused);
    }

    /**
     * Why {@code curve} cannot be backtested, or empty: it has no point to fit, or (when the
     * request has a curve key) a single run (a backtest holds out the largest run and fits the rest),
     * or with its largest run held out too few points to fit for any of {@code laws}.
     */
    private static Optional<String> refusal(Selection selected, SelectedCurve curve, List<ScalingLaw> laws, boolean keyed) {
        try {
            selected.heldOut(curve, HoldOutSplit.NONE);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (!keyed) {
            return Optional.empty();
        }
        Curve kept = kept(curve);
        if (IntStream.range(0, kept.size()).mapToObj(kept::runAt).distinct().count() < 2) {
            return Optional.of("a single " + (kept.hasRuns() ? "run" : "point")
                    + ": a backtest holds out the largest runs in turn and fits the rest");
        }
        boolean[] held = new HoldOutSplit.LargestRuns(1).heldOut(kept);
        int fitted = (int) IntStream.range(0, held.length).filter(k -> !held[k]).count();
        return CurveRefusals.tooFewPoints(fitted, laws).map(why -> "with the largest run held out, " + why);
    }

    /** The curve's points not excluded. */
    private static Curve kept(SelectedCurve curve) {
        boolean[] excluded = curve.excluded();
        return curve.points().curve().subset(IntStream.range(0, excluded.length).filter(k -> !excluded[k]).toArray());
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
        LawComparison comparison = new LawComparison(singleVariable(request).stream().map(ResolvedLaw::law).toList(),
                law -> laws.get(law.id()).options());
        try {
            return new Backtesting(comparison).run(kept(curve), maxRuns, CancellationToken.linkedTo(context::isCancelled));
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
    }

    /** The request's laws of one variable, those a backtest refits. */
    private List<ResolvedLaw> singleVariable(FitRequest request) {
        return fitting.resolve(request).values().stream().filter(r -> r.law().variables().size() == 1).toList();
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
