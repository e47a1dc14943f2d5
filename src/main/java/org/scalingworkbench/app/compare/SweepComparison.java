package org.scalingworkbench.app.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.Backtesting;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * The use case "which law extrapolates best": import a file, pick its curves, hold out points,
 * fit every law on the rest and rank them on the held-out points. The context's cancel flag stops
 * the fits between iterations.
 */
public final class SweepComparison {

    private final SweepImporter importer;
    private final LawCatalog catalog;

    public SweepComparison(SweepImporter importer, LawCatalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepComparison standard() {
        return new SweepComparison(new SweepImporter(), LawCatalog.builtIn());
    }

    /**
     * Runs the request.
     *
     * @throws IOException              when the file cannot be read or is not a sweep
     * @throws IllegalArgumentException when a law, column, value or hold-out does not fit the file
     */
    public ComparisonReport compare(ComparisonRequest request, TaskContext context) throws IOException {
        HoldOutSplit split = HoldOutSplit.parse(request.holdOut());
        LawComparison comparison = new LawComparison(request.lawIds().stream().map(catalog::get).toList(),
                FitOptions.defaults().withObjective(request.objective()));
        ImportedSweep imported = importer.importFile(request.file());
        CurveSelection selection = new CurveSelection(withRuns(imported.sweep(), request.runColumn()));
        List<Curve> curves = selection.curves(request.x(), request.y(), request.where(), request.groupBy());
        CancellationToken token = CancellationToken.linkedTo(context::isCancelled);
        List<Leaderboard> boards = new ArrayList<>();
        try {
            for (Curve curve : curves) {
                context.progress(boards.size(), curves.size(), "fitting " + curve.name());
                boards.add(comparison.rank(curve.name(), split.description(), Partition.of(curve, split), token));
            }
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
        Curve first = curves.get(0);
        return new ComparisonReport(imported.report().sourceName(), first.y().name(), first.x().name(),
                selection.notes(), boards);
    }

    private static Sweep withRuns(Sweep sweep, String runColumn) {
        return runColumn == null ? sweep : sweep.withRole(runColumn, ColumnRole.RUN);
    }

    /**
     * Backtests the request's laws on each curve: the largest 1, 2, ..., {@code maxRuns} runs held
     * out in turn (the request's hold-out is not used).
     *
     * @throws IOException              when the file cannot be read or is not a sweep
     * @throws IllegalArgumentException when a law, column or value does not fit the file
     */
    public BacktestReport backtest(ComparisonRequest request, int maxRuns, TaskContext context) throws IOException {
        if (maxRuns < 1) {
            throw new IllegalArgumentException("a backtest holds out at least 1 run, got " + maxRuns);
        }
        Backtesting backtesting = new Backtesting(new LawComparison(request.lawIds().stream().map(catalog::get).toList(),
                FitOptions.defaults().withObjective(request.objective())));
        ImportedSweep imported = importer.importFile(request.file());
        CurveSelection selection = new CurveSelection(withRuns(imported.sweep(), request.runColumn()));
        List<Curve> curves = selection.curves(request.x(), request.y(), request.where(), request.groupBy());
        CancellationToken token = CancellationToken.linkedTo(context::isCancelled);
        List<Backtest> backtests = new ArrayList<>();
        try {
            for (Curve curve : curves) {
                context.progress(backtests.size(), curves.size(), "backtesting " + curve.name());
                backtests.add(backtesting.run(curve, maxRuns, token));
            }
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
        return new BacktestReport(imported.report().sourceName(), curves.get(0).y().name(), curves.get(0).x().name(),
                selection.notes(), backtests);
    }

    /** STUB (dropped at merge): backtests the request's laws on one curve's kept points. */
    public Backtest backtestCurve(org.scalingworkbench.app.request.FitRequest request, org.scalingworkbench.app.select.SelectedCurve curve,
            int maxRuns, TaskContext context) {
        var resolved = org.scalingworkbench.app.request.LawResolver.builtIn().resolve(request.laws(), request.objective());
        java.util.Map<String, FitOptions> options = new java.util.HashMap<>();
        resolved.forEach(r -> options.put(r.law().id(), r.options()));
        boolean[] excluded = curve.excluded();
        Curve used = curve.points().curve().subset(java.util.stream.IntStream.range(0, excluded.length).filter(k -> !excluded[k]).toArray());
        try {
            return new Backtesting(new LawComparison(resolved.stream().map(r -> r.law()).toList(), law -> options.get(law.id())))
                    .run(used, maxRuns, CancellationToken.linkedTo(context::isCancelled));
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
    }
}
