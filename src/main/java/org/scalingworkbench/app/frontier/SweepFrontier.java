package org.scalingworkbench.app.frontier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierColumns;
import org.scalingworkbench.analysis.frontier.FrontierComparison;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.analysis.frontier.FrontierSettings;
import org.scalingworkbench.analysis.frontier.IsoFlopFrontier;
import org.scalingworkbench.analysis.frontier.ParametricFrontier;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.select.PointSelection;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;

/**
 * The use case "the compute-optimal frontier of a sweep", shared by the {@code frontier} command
 * and the window's Frontier tab: runs the chosen approaches at a common budget and collects why any
 * did not run. Every approach reads the rows the request selects (where, roles, its y as the loss,
 * excluded rows, rows of highest loss left out); the parametric approach fits the request's law of
 * N and D (Chinchilla's unless it names Kaplan's) through {@link SweepFitting} with the request's
 * objective, hold-out and bootstrap, and reads it off as {@link ComputeOptimum} does. With all
 * approaches, the envelope runs on sweeps with a step column, IsoFLOP on sweeps without one.
 * {@link #runCurves} gives one frontier per curve of the request's curve key (one per study of a
 * compilation, or per series of a file with raw and smoothed losses), each from its own rows only;
 * a curve whose frontier cannot be computed is refused with the reason and never stops the others.
 */
public final class SweepFrontier {

    private final SweepLoading loading;
    private final SweepFitting fitting;

    public SweepFrontier(SweepLoading loading, SweepFitting fitting) {
        this.loading = loading;
        this.fitting = fitting;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepFrontier standard() {
        return new SweepFrontier(SweepLoading.standard(), SweepFitting.standard());
    }

    /**
     * Reads the request's files and runs the approaches.
     *
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException when the rows lack N, D or C, or the one approach asked for cannot run
     */
    public SweepFrontierReport run(FitRequest request, FrontierOptions options, TaskContext context) throws IOException {
        return run(request, options, loading.load(request.data().files(), request.data().choices()).sweep(), context);
    }

    /** Runs the approaches on a sweep already loaded; see {@link #run(FitRequest, FrontierOptions, TaskContext)}. */
    public SweepFrontierReport run(FitRequest request, FrontierOptions options, Sweep sweep, TaskContext context) {
        Selection selected = new PointSelection().select(sweep, rowsOnly(request, sweep, false));
        Set<Integer> kept = new HashSet<>();
        selected.curves().forEach(c -> kept.addAll(keptRows(c)));
        Supplier<FitOutcome> fit = () -> fitting.fit(parametricRequest(request, lossName(request, selected), false), sweep, context);
        return frontier(request, options, selected.sweep(), kept, fit, context);
    }

    /**
     * Reads the request's files and computes one frontier per curve of its curve key.
     *
     * @throws IOException              naming the file that cannot be read
     * @throws IllegalArgumentException as {@link #runCurves(FitRequest, FrontierOptions, Sweep, TaskContext)}
     */
    public CurveFrontiers runCurves(FitRequest request, FrontierOptions options, TaskContext context) throws IOException {
        return runCurves(request, options, loading.load(request.data().files(), request.data().choices()).sweep(), context);
    }

    /**
     * One frontier per curve of the request's curve key (one per study of a compilation), each
     * from its own rows only and read off at its own largest C unless the options name a budget; a
     * curve whose frontier cannot be computed (every approach asked for failed on it) is refused
     * with the reason and the others go on. Without a curve key, the one frontier of
     * {@link #run(FitRequest, FrontierOptions, Sweep, TaskContext)}, whose failure is the error.
     *
     * @throws IllegalArgumentException when the rows lack N, D or C, or a key or column does not exist
     */
    public CurveFrontiers runCurves(FitRequest request, FrontierOptions options, Sweep sweep, TaskContext context) {
        if (request.data().curveKey().isEmpty()) {
            SweepFrontierReport one = run(request, options, sweep, context);
            return new CurveFrontiers(one.source(), false, List.of(new CurveFrontier(one.source(), one)), List.of(), List.of());
        }
        Selection selected = new PointSelection().select(sweep, rowsOnly(request, sweep, true));
        String loss = lossName(request, selected);
        ParametricCurves parametric = new ParametricCurves(fitting, parametricRequest(request, loss, true), sweep);
        List<CurveFrontier> curves = new ArrayList<>();
        List<RefusedCurve> refused = new ArrayList<>();
        int done = 0;
        for (SelectedCurve curve : selected.curves()) {
            context.checkCancelled();
            context.progress(done++, selected.curves().size(), "frontier of " + curve.name());
            try {
                SweepFrontierReport report = frontier(request, options, selected.sweep(), keptRows(curve),
                        () -> parametric.fit(curve.name(), context), context);
                if (report.comparison().estimates().isEmpty()) {
                    refused.add(new RefusedCurve(curve.name(), curve.keptCount(), skips(report)));
                } else {
                    curves.add(new CurveFrontier(curve.name(), report));
                }
            } catch (IllegalArgumentException e) {
                refused.add(new RefusedCurve(curve.name(), curve.keptCount(), e.getMessage()));
            }
        }
        return new CurveFrontiers(selected.sweep().sourceName(), true, curves, refused, selected.notes());
    }

    /** The frontier of the rows {@code kept} of {@code sweep}, whose parametric fit {@code fit} makes when asked. */
    private SweepFrontierReport frontier(FitRequest request, FrontierOptions options, Sweep sweep, Set<Integer> kept,
            Supplier<FitOutcome> fit, TaskContext context) {
        FrontierColumns columns = new FrontierColumns(sweep, request.data().y(), kept::contains);
        double budget = Double.isNaN(options.budget()) ? columns.largestCompute() : options.budget();
        FrontierSettings settings = new FrontierSettings(budget, request.bootstrap().resamples(), request.bootstrap().seed());
        FrontierComparison comparison = approaches(request, options, columns, settings, fit, context);
        return new SweepFrontierReport(sweep.sourceName(), columns.lossName(), budget, request.bootstrap().resamples(),
                smallestCompute(sweep, kept), comparison);
    }

    /** Why no approach ran on a curve: each approach's reason, joined. */
    private static String skips(SweepFrontierReport report) {
        return String.join("; ", report.comparison().skipped().entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue()).toList());
    }

    /** Runs each approach asked for; with one approach its failure is the error, with several a skip. */
    private FrontierComparison approaches(FitRequest request, FrontierOptions options, FrontierColumns columns,
            FrontierSettings settings, Supplier<FitOutcome> fit, TaskContext context) {
        List<FrontierEstimate> estimates = new ArrayList<>();
        Map<FrontierApproach, String> skipped = new EnumMap<>(FrontierApproach.class);
        boolean single = options.approaches().size() == 1;
        int done = 0;
        for (FrontierApproach a : FrontierApproach.values()) {
            if (!options.approaches().contains(a)) {
                continue;
            }
            context.checkCancelled();
            context.progress(done++, options.approaches().size(), a.label());
            String unsuited = unsuited(a, columns);
            if (unsuited != null && !single) {
                skipped.put(a, unsuited);
                continue;
            }
            try {
                estimates.add(estimate(a, request, options, columns, settings, fit));
            } catch (IllegalArgumentException e) {
                if (single) {
                    throw e;
                }
                skipped.put(a, e.getMessage());
            }
        }
        return new FrontierComparison(estimates, skipped);
    }

    /**
     * The compute-optimal read-offs of a law of N and D already fitted: the same code the
     * parametric approach reads its fit with. See {@link ComputeOptimum#of}.
     */
    public static ComputeOptimum computeOptimum(org.scalingworkbench.app.fit.CurveFit fit, String lawId, double budget,
            double targetLoss) {
        return ComputeOptimum.of(fit, lawId, budget, targetLoss);
    }

    /** The request's rows: its columns by model size N unless it names an x; every curve together unless {@code keyed}. */
    private static org.scalingworkbench.app.request.DataSelection rowsOnly(FitRequest request, Sweep sweep, boolean keyed) {
        var data = keyed ? request.data() : request.data().withCurveKey(List.of());
        boolean hasN = sweep.column(ColumnRole.PARAMETERS).isPresent() || data.roles().containsValue(ColumnRole.PARAMETERS);
        return data.x() == null && hasN ? data.withColumns(ColumnRole.PARAMETERS.symbol(), data.y()) : data;
    }

    /** The sweep rows of a curve's points that are not excluded. */
    private static Set<Integer> keptRows(SelectedCurve c) {
        Set<Integer> kept = new HashSet<>();
        boolean[] excluded = c.excluded();
        IntStream.range(0, excluded.length).filter(k -> !excluded[k]).forEach(k -> kept.add(c.points().curve().rowAt(k)));
        return kept;
    }

    private static String unsuited(FrontierApproach a, FrontierColumns columns) {
        return switch (a) {
            case ENVELOPE -> columns.hasSteps() ? null : "no step column, so the rows are not training curves";
            case ISOFLOP -> columns.hasSteps() ? "the rows are training-curve checkpoints (step column), not final"
                    + " losses on compute budgets" : null;
            case PARAMETRIC -> null;
        };
    }

    private FrontierEstimate estimate(FrontierApproach a, FitRequest request, FrontierOptions options, FrontierColumns columns,
            FrontierSettings settings, Supplier<FitOutcome> fit) {
        return switch (a) {
            case ENVELOPE -> new EnvelopeFrontier(options.cells()).estimate(columns.trainingCurves(options.runKeys()), settings);
            case ISOFLOP -> new IsoFlopFrontier(options.windowLn()).estimate(columns.isoFlopProfiles(options.budgets()), settings);
            case PARAMETRIC -> parametric(parametricLaw(request), fit.get(), settings.budget());
        };
    }

    private static FrontierEstimate parametric(LawSpec law, FitOutcome outcome, double budget) {
        var fit = outcome.only();
        FrontierEstimate e = ComputeOptimum.of(fit, law.lawId(), budget, Double.NaN).frontier();
        var result = fit.entry(law.lawId()).orElseThrow().fit();
        List<String> notes = new ArrayList<>(outcome.notes());
        notes.add(law.lawId() + " fit: " + String.join(", ", IntStream.range(0, result.parameterNames().size())
                .mapToObj(j -> String.format(Locale.ROOT, "%s = %.4g", result.parameterNames().get(j), result.values()[j])).toList()));
        result.warnings().forEach(w -> notes.add(w.message()));
        return new FrontierEstimate(e.approach(), e.line(), e.aInterval(), e.bInterval(), e.budget(), e.nOptInterval(),
                e.dOptInterval(), e.ratioInterval(), e.supportingPoints(), e.resamples(), notes);
    }

    /** The request of the parametric fit: its law of N and D on the loss, every curve together unless {@code keyed}. */
    private static FitRequest parametricRequest(FitRequest request, String lossName, boolean keyed) {
        var data = request.data().withColumns(null, lossName);
        return request.withLaws(List.of(parametricLaw(request))).withData(keyed ? data : data.withCurveKey(List.of()));
    }

    /** The loss column's name: the request's y, else the selection's target. */
    private static String lossName(FitRequest request, Selection selected) {
        return request.data().y() != null ? request.data().y() : selected.curves().get(0).points().curve().y().name();
    }

    /** The request's law if it has one law with a closed-form frontier, else Chinchilla's with the request's settings. */
    private static LawSpec parametricLaw(FitRequest request) {
        if (request.laws().isEmpty()) {
            return LawSpec.builtIn("chinchilla");
        }
        LawSpec law = request.laws().get(0);
        if (request.laws().size() > 1 || law.isFormula() || !ParametricFrontier.covers(law.id())) {
            throw new IllegalArgumentException("the parametric frontier needs one law with a closed-form frontier,"
                    + " chinchilla or kaplan; got " + request.laws().stream().map(LawSpec::lawId).toList());
        }
        return law;
    }

    /** The smallest positive C of the rows {@code kept}, FLOPs; NaN when none. */
    private static double smallestCompute(Sweep sweep, Set<Integer> kept) {
        return sweep.column(ColumnRole.COMPUTE).map(c -> kept.stream().mapToInt(Integer::intValue)
                .filter(r -> !c.isMissing(r) && c.number(r) > 0).mapToDouble(c::number).min().orElse(Double.NaN))
                .orElse(Double.NaN);
    }
}
