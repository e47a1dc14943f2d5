package org.scalingworkbench.app.fit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawResolver;
import org.scalingworkbench.app.request.ResolvedLaw;
import org.scalingworkbench.app.select.PointSelection;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitProgressListener;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.solve.Bootstrap;

/**
 * The use case "fit these laws": the one behind the window's Fit button and cut-off drag and the
 * {@code fit}, {@code compare}, {@code plot} and {@code report} commands. The request's rows are
 * selected ({@link PointSelection}), each curve split by the hold-out, every law fitted to the
 * same fitted rows and ranked by RMSLE on the same held-out rows (multi-start, or warm from a
 * previous board), then, when resamples are asked for, each fitted law bootstrapped from its
 * optimum. The context's cancel flag stops the fits between iterations.
 */
public final class SweepFitting {

    private final SweepLoading loading;
    private final LawResolver resolver;
    private final PointSelection selection = new PointSelection();

    public SweepFitting(SweepLoading loading, LawResolver resolver) {
        this.loading = loading;
        this.resolver = resolver;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepFitting standard() {
        return new SweepFitting(SweepLoading.standard(), LawResolver.builtIn());
    }

    /**
     * Reads the request's files and fits.
     *
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when a law, column, value or the hold-out does not fit the data
     */
    public FitOutcome fit(FitRequest request, TaskContext context) throws IOException {
        return fit(request, loading.load(request.data().files(), request.data().choices()).sweep(), context);
    }

    /**
     * Fits on a sweep already loaded (the request's files are not read). With a curve key, a curve
     * that cannot be fitted (no point, a hold-out that does not apply to it, holds out none of its
     * points or all of them, too few points to fit for any law) is listed in
     * {@link FitOutcome#refused()} and the others are fitted. A law with more parameters than a
     * curve has points to fit gets a failed entry on that curve's board, as it does on the one
     * curve of a request without a key.
     *
     * @throws IllegalArgumentException when a law, column or value does not fit the data, when a
     *                                  request without a curve key has a hold-out that does not apply,
     *                                  holds out no point or every point, or when no curve could be fitted
     */
    public FitOutcome fit(FitRequest request, Sweep sweep, TaskContext context) {
        Selection selected = select(request, sweep);
        if (request.data().curveKey().isEmpty()) {
            SelectedCurve only = selected.requireProperHoldOut(request.holdOut()).curves().get(0);
            context.progress(0, 1, "fitting " + only.name());
            return new FitOutcome(selected.sweep().sourceName(), selected, List.of(fitCurve(request, only, null, context)));
        }
        List<ScalingLaw> laws = resolve(request).values().stream().map(ResolvedLaw::law).toList();
        List<CurveFit> fits = new ArrayList<>();
        List<RefusedCurve> refused = new ArrayList<>();
        List<SelectedCurve> curves = selected.curves();
        for (int i = 0; i < curves.size(); i++) {
            SelectedCurve curve = curves.get(i);
            context.progress(i, curves.size(), "fitting " + curve.name());
            Admission a = admit(selected, curve, request.holdOut(), laws);
            if (a.refusal() == null) {
                fits.add(fitCurve(request, curve, a.held(), null, context));
            } else {
                refused.add(new RefusedCurve(curve.name(), curve.keptCount(), a.refusal()));
            }
        }
        if (fits.isEmpty()) {
            throw new IllegalArgumentException(CurveRefusals.noneFitted(selected.sweep().sourceName(), true, refused));
        }
        return new FitOutcome(selected.sweep().sourceName(), selected, fits, refused);
    }

    /** A curve's hold-out mask, or (held null) why it is not fitted. */
    private record Admission(boolean[] held, String refusal) {
    }

    private static Admission admit(Selection selected, SelectedCurve curve, HoldOutSplit split, List<ScalingLaw> laws) {
        boolean[] held;
        try {
            held = selected.heldOut(curve, split);
        } catch (IllegalArgumentException e) {
            return new Admission(null, e.getMessage());
        }
        int fitted = curve.keptCount() - (int) IntStream.range(0, held.length).filter(k -> held[k]).count();
        return CurveRefusals.tooFewPoints(fitted, laws).map(why -> new Admission(null, why)).orElse(new Admission(held, null));
    }

    /**
     * The curves {@code request} selects from {@code sweep}: {@link PointSelection} with the default
     * x of the request's laws (the only scale column when every law is of one variable).
     *
     * @throws IllegalArgumentException when a law, column or value does not fit the data
     */
    public Selection select(FitRequest request, Sweep sweep) {
        boolean oneVariable = !request.laws().isEmpty()
                && request.laws().stream().allMatch(l -> resolver.variables(l).size() == 1);
        return selection.select(sweep, request.data(), oneVariable);
    }

    /** The request's laws with their fit options, by id, in the request's order. */
    public Map<String, ResolvedLaw> resolve(FitRequest request) {
        Map<String, ResolvedLaw> out = new LinkedHashMap<>();
        resolver.resolve(request.laws(), request.objective()).forEach(r -> out.put(r.law().id(), r));
        return out;
    }

    /**
     * Fits the request's laws to one curve, warm from {@code warmFrom}'s optima where it has the law
     * (null: multi-start from cold), then bootstraps them as the request asks.
     *
     * @throws IllegalArgumentException when a law or the hold-out does not fit the curve
     */
    public CurveFit fitCurve(FitRequest request, SelectedCurve curve, Leaderboard warmFrom, TaskContext context) {
        return fitCurve(request, curve, curve.points().heldOut(curve.excluded(), request.holdOut()), warmFrom, context);
    }

    private CurveFit fitCurve(FitRequest request, SelectedCurve curve, boolean[] held, Leaderboard warmFrom, TaskContext context) {
        Map<String, ScalingLaw> laws = new LinkedHashMap<>();
        Map<String, FitOptions> options = new LinkedHashMap<>();
        resolve(request).forEach((id, r) -> {
            laws.put(id, r.law());
            options.put(id, r.options());
        });
        FitData data = curve.points().fitData(curve.excluded(), held);
        CancellationToken token = CancellationToken.linkedTo(context::isCancelled);
        try {
            Leaderboard board = LawComparison.onSharedRows(List.copyOf(laws.values()), law -> options.get(law.id()))
                    .rank(curve.name(), request.holdOut().description(), data, warmFrom, token);
            Map<String, BootstrapResult> boots = bootstraps(request, board, laws, options, data, context, token);
            return new CurveFit(curve, held, data, board, laws, options, boots);
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
    }

    private static Map<String, BootstrapResult> bootstraps(FitRequest request, Leaderboard board, Map<String, ScalingLaw> laws,
            Map<String, FitOptions> options, FitData data, TaskContext context, CancellationToken token) {
        Map<String, BootstrapResult> out = new LinkedHashMap<>();
        if (!request.bootstrap().isRequested()) {
            return out;
        }
        int done = 0;
        for (LeaderboardEntry e : board.entries()) {
            context.progress(done++, board.entries().size(), "bootstrapping " + e.lawId());
            if (e.status() != FitStatus.FAILED) {
                ScalingLaw law = laws.get(e.lawId());
                FitProblem problem = new FitProblem(law, data.trainRows(law), data.trainY());
                out.put(law.id(), new Bootstrap().run(problem, options.get(law.id()), e.fit(), request.bootstrap().resamples(),
                        request.bootstrap().seed(), FitProgressListener.NONE, token));
            }
            context.checkCancelled();
        }
        return out;
    }
}
