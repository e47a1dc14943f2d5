package org.scalingworkbench.app.frontier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierColumns;
import org.scalingworkbench.analysis.frontier.FrontierComparison;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.analysis.frontier.FrontierSettings;
import org.scalingworkbench.analysis.frontier.IsoFlopFrontier;
import org.scalingworkbench.analysis.frontier.IsoFlopProfiles;
import org.scalingworkbench.analysis.frontier.ParametricFrontier;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.fit.SweepFitRequest;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.Objective;

/**
 * The use case "the compute-optimal frontier of a file", shared by the {@code frontier} command and
 * the window: runs the chosen approaches on one imported sweep at a common budget and collects why
 * any did not run. With all approaches, the envelope runs on sweeps with a step column, IsoFLOP on
 * sweeps without one, and the parametric fit on every sweep.
 */
public final class SweepFrontier {

    private final String target;
    private final FrontierSettings requested;
    private final Selection selection;
    private final ParametricFit parametricFit;
    private FitRequest request;

    /** STUB (dropped at merge). */
    public static SweepFrontier standard() {
        return new SweepFrontier(null, null, Selection.defaults(), null);
    }

    /** STUB (dropped at merge): the frontier of the request's rows; the parametric fit is the request's. */
    public SweepFrontierReport run(FitRequest fitRequest, FrontierOptions options, Sweep sweep, TaskContext context) {
        SweepFrontier f = new SweepFrontier(fitRequest.data().y(), new FrontierSettings(options.budget(),
                fitRequest.bootstrap().resamples(), fitRequest.bootstrap().seed()), new Selection(List.of(), options.runKeys(),
                options.cells(), options.toleranceLn(), options.windowLn()), new ParametricFit(fitRequest.objective(), 0));
        f.request = fitRequest;
        return f.run(new ImportedSweep(sweep, new org.scalingworkbench.data.ImportReport(sweep.sourceName(), "loaded", sweep.rowCount(),
                List.of(), List.of())), options.approaches(), context);
    }

    /**
     * Which rows and how they are grouped.
     *
     * @param where       COLUMN=VALUE conditions a row must meet
     * @param runKeys     columns naming a run (envelope), empty for the default
     * @param cells       cells of the envelope's compute grid
     * @param toleranceLn IsoFLOP budget grouping tolerance in ln C
     * @param windowLn    IsoFLOP parabola window half-width in ln N (+Infinity: whole budget)
     */
    public record Selection(List<String> where, List<String> runKeys, int cells, double toleranceLn, double windowLn) {
        public Selection {
            where = List.copyOf(where);
            runKeys = List.copyOf(runKeys);
        }

        /** All rows, default run keys, grid and budget grouping, whole-budget parabolas. */
        public static Selection defaults() {
            return new Selection(List.of(), List.of(), EnvelopeFrontier.DEFAULT_CELLS, IsoFlopProfiles.DEFAULT_TOLERANCE,
                    Double.POSITIVE_INFINITY);
        }
    }

    /**
     * The parametric approach's fit options.
     *
     * @param objective  what the Chinchilla fit minimizes
     * @param excludeTop rows of highest loss left out (Besiroglu et al. drop 5)
     */
    public record ParametricFit(Objective objective, int excludeTop) {
    }

    /**
     * A frontier of one sweep.
     *
     * @param target        the loss column's name, or null for the only metric column
     * @param requested     budget (NaN: the largest C), bootstrap resamples and seed
     * @param selection     rows and grouping
     * @param parametricFit the parametric approach's fit
     */
    public SweepFrontier(String target, FrontierSettings requested, Selection selection, ParametricFit parametricFit) {
        this.target = target;
        this.requested = requested;
        this.selection = selection;
        this.parametricFit = parametricFit;
    }

    /** The approaches named on the command line: one label or {@code all}. */
    public static Set<FrontierApproach> approaches(String name) {
        if (name.equals("all")) {
            return EnumSet.allOf(FrontierApproach.class);
        }
        for (FrontierApproach a : FrontierApproach.values()) {
            if (a.label().equals(name)) {
                return EnumSet.of(a);
            }
        }
        throw new IllegalArgumentException("--approach must be envelope, isoflop, parametric or all, got '" + name + "'");
    }

    /**
     * Runs the approaches on {@code imported}; with one approach its failure is the error, with
     * several a skip.
     *
     * @throws IllegalArgumentException when the sweep lacks N, D or C, or the one approach asked for cannot run
     */
    public SweepFrontierReport run(ImportedSweep imported, Set<FrontierApproach> approaches, TaskContext context) {
        Sweep sweep = imported.sweep();
        FrontierColumns columns = new FrontierColumns(sweep, target, rowFilter(sweep));
        double budget = Double.isNaN(requested.budget()) ? columns.largestCompute() : requested.budget();
        FrontierSettings settings = new FrontierSettings(budget, requested.resamples(), requested.seed());
        List<FrontierEstimate> estimates = new ArrayList<>();
        Map<FrontierApproach, String> skipped = new EnumMap<>(FrontierApproach.class);
        boolean single = approaches.size() == 1;
        int done = 0;
        for (FrontierApproach a : approaches) {
            context.checkCancelled();
            context.progress(done++, approaches.size(), a.label());
            String unsuited = unsuited(a, columns);
            if (unsuited != null && single && a == FrontierApproach.PARAMETRIC) {
                throw new IllegalArgumentException(unsuited);
            }
            if (unsuited != null && !single) {
                skipped.put(a, unsuited);
                continue;
            }
            try {
                estimates.add(estimate(a, imported, columns, settings, context));
            } catch (IllegalArgumentException e) {
                if (single) {
                    throw e;
                }
                skipped.put(a, e.getMessage());
            }
        }
        return new SweepFrontierReport(sweep.sourceName(), columns.lossName(), budget, requested.resamples(),
                smallestCompute(sweep), new FrontierComparison(estimates, skipped));
    }

    private IntPredicate rowFilter(Sweep sweep) {
        IntPredicate keep = row -> true;
        for (String condition : selection.where()) {
            int eq = condition.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--where needs COLUMN=VALUE, got '" + condition + "'");
            }
            Column column = sweep.column(condition.substring(0, eq)).orElseThrow(() -> new IllegalArgumentException(
                    sweep.sourceName() + " has no column named " + condition.substring(0, eq)));
            String value = condition.substring(eq + 1);
            keep = keep.and(row -> value.equals(column.text(row)));
        }
        return keep;
    }

    private String unsuited(FrontierApproach a, FrontierColumns columns) {
        return switch (a) {
            case ENVELOPE -> columns.hasSteps() ? null : "no step column, so the rows are not training curves";
            case ISOFLOP -> columns.hasSteps() ? "the rows are training-curve checkpoints (step column), not final"
                    + " losses on compute budgets" : null;
            case PARAMETRIC -> selection.where().isEmpty() ? null : "--where selects rows for the envelope and IsoFLOP only;"
                    + " the parametric fit reads the whole file";
        };
    }

    private FrontierEstimate estimate(FrontierApproach a, ImportedSweep imported, FrontierColumns columns,
            FrontierSettings settings, TaskContext context) {
        return switch (a) {
            case ENVELOPE -> new EnvelopeFrontier(selection.cells()).estimate(columns.trainingCurves(selection.runKeys()), settings);
            case ISOFLOP -> new IsoFlopFrontier(selection.windowLn()).estimate(columns.isoFlopProfiles(selection.toleranceLn()), settings);
            case PARAMETRIC -> parametric(imported, columns.lossName(), settings.budget(), context);
        };
    }

    private FrontierEstimate parametric(ImportedSweep imported, String lossName, double budget, TaskContext context) {
        if (request != null) {
            LawSpec chinchilla = request.laws().stream().filter(l -> "chinchilla".equals(l.lawId())).findFirst()
                    .orElse(LawSpec.builtIn("chinchilla"));
            CurveFit fit = SweepFitting.standard().fit(request.withLaws(List.of(chinchilla)), imported.sweep(), context).only();
            org.scalingworkbench.fit.FitResult r = fit.entry("chinchilla").orElseThrow().fit();
            if (r == null) {
                throw new IllegalArgumentException("the Chinchilla fit failed: " + fit.entry("chinchilla").orElseThrow().detail());
            }
            return new ParametricFrontier().estimate(r, fit.bootstrap("chinchilla").orElse(null), budget,
                    fit.data().trainSize(), new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "Chinchilla fit: E = %.4g, A = %.4g, B = %.4g, alpha = %.4f, beta = %.4f", r.value("E"), r.value("A"),
                    r.value("B"), r.value("alpha"), r.value("beta")))));
        }
        SweepFitReport report = SweepFitting.standard().fit(imported, new SweepFitRequest(null, LawSpec.builtIn("chinchilla"), lossName,
                List.of("N", "D"), parametricFit.objective(), parametricFit.excludeTop(), requested.resamples(),
                requested.seed()), context);
        List<String> notes = new ArrayList<>(report.notes());
        notes.add(String.format(Locale.ROOT, "Chinchilla fit: E = %.4g, A = %.4g, B = %.4g, alpha = %.4f, beta = %.4f",
                report.fit().value("E"), report.fit().value("A"), report.fit().value("B"),
                report.fit().value("alpha"), report.fit().value("beta")));
        return new ParametricFrontier().estimate(report.fit(), report.bootstrap(), budget, report.rowsUsed(), notes);
    }

    /** The smallest positive C in the sweep, FLOPs; NaN when none. */
    private static double smallestCompute(Sweep sweep) {
        return sweep.column(ColumnRole.COMPUTE).map(c -> java.util.stream.IntStream.range(0, sweep.rowCount())
                .filter(r -> !c.isMissing(r) && c.number(r) > 0).mapToDouble(c::number).min().orElse(Double.NaN))
                .orElse(Double.NaN);
    }
}
