package org.scalingworkbench.app.frontier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        return run(request, options, loading.load(request.data().files()).sweep(), context);
    }

    /** Runs the approaches on a sweep already loaded; see {@link #run(FitRequest, FrontierOptions, TaskContext)}. */
    public SweepFrontierReport run(FitRequest request, FrontierOptions options, Sweep sweep, TaskContext context) {
        Selection selected = new PointSelection().select(sweep, rowsOnly(request, sweep));
        Set<Integer> kept = keptRows(selected);
        FrontierColumns columns = new FrontierColumns(selected.sweep(), request.data().y(), kept::contains);
        double budget = Double.isNaN(options.budget()) ? columns.largestCompute() : options.budget();
        FrontierSettings settings = new FrontierSettings(budget, request.bootstrap().resamples(), request.bootstrap().seed());
        FrontierComparison comparison = approaches(request, options, selected.sweep(), columns, settings, context);
        return new SweepFrontierReport(sweep.sourceName(), columns.lossName(), budget, request.bootstrap().resamples(),
                smallestCompute(selected.sweep()), comparison);
    }

    /** Runs each approach asked for; with one approach its failure is the error, with several a skip. */
    private FrontierComparison approaches(FitRequest request, FrontierOptions options, Sweep sweep, FrontierColumns columns,
            FrontierSettings settings, TaskContext context) {
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
                estimates.add(estimate(a, request, options, sweep, columns, settings, context));
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

    /** The request's rows: its columns by model size N unless it names an x, every curve together. */
    private static org.scalingworkbench.app.request.DataSelection rowsOnly(FitRequest request, Sweep sweep) {
        var data = request.data().withCurveKey(List.of());
        boolean hasN = sweep.column(ColumnRole.PARAMETERS).isPresent() || data.roles().containsValue(ColumnRole.PARAMETERS);
        return data.x() == null && hasN ? data.withColumns(ColumnRole.PARAMETERS.symbol(), data.y()) : data;
    }

    private static Set<Integer> keptRows(Selection selected) {
        Set<Integer> kept = new HashSet<>();
        for (SelectedCurve c : selected.curves()) {
            boolean[] excluded = c.excluded();
            IntStream.range(0, excluded.length).filter(k -> !excluded[k]).forEach(k -> kept.add(c.points().curve().rowAt(k)));
        }
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

    private FrontierEstimate estimate(FrontierApproach a, FitRequest request, FrontierOptions options, Sweep sweep,
            FrontierColumns columns, FrontierSettings settings, TaskContext context) {
        return switch (a) {
            case ENVELOPE -> new EnvelopeFrontier(options.cells()).estimate(columns.trainingCurves(options.runKeys()), settings);
            case ISOFLOP -> new IsoFlopFrontier(options.windowLn()).estimate(columns.isoFlopProfiles(options.toleranceLn()), settings);
            case PARAMETRIC -> parametric(request, sweep, columns.lossName(), settings.budget(), context);
        };
    }

    private FrontierEstimate parametric(FitRequest request, Sweep sweep, String lossName, double budget, TaskContext context) {
        LawSpec law = parametricLaw(request);
        FitRequest chinchilla = request.withLaws(List.of(law))
                .withData(request.data().withCurveKey(List.of()).withColumns(null, lossName));
        FitOutcome outcome = fitting.fit(chinchilla, sweep, context);
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

    /** The smallest positive C in the sweep, FLOPs; NaN when none. */
    private static double smallestCompute(Sweep sweep) {
        return sweep.column(ColumnRole.COMPUTE).map(c -> IntStream.range(0, sweep.rowCount())
                .filter(r -> !c.isMissing(r) && c.number(r) > 0).mapToDouble(c::number).min().orElse(Double.NaN))
                .orElse(Double.NaN);
    }
}
