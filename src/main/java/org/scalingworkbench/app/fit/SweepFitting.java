package org.scalingworkbench.app.fit;

import java.io.IOException;
import java.util.List;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import org.scalingworkbench.fit.solve.Bootstrap;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * The use case "fit a law to a file": import, pick rows and columns, multi-start fit, optional
 * bootstrap. Progress goes to the task context (starts, then resamples); the context's cancel
 * flag stops the fit between iterations.
 */
public final class SweepFitting {

    private final SweepImporter importer;
    private final LawCatalog catalog;

    public SweepFitting(SweepImporter importer, LawCatalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepFitting standard() {
        return new SweepFitting(new SweepImporter(), LawCatalog.builtIn());
    }

    /**
     * Runs the request.
     *
     * @throws IOException              when the file cannot be read or is not a sweep
     * @throws IllegalArgumentException when the law, a column or the rows do not fit the request
     */
    public SweepFitReport fit(SweepFitRequest request, TaskContext context) throws IOException {
        try {
            return run(request, context);
        } catch (java.util.concurrent.CancellationException e) {
            throw new TaskCancelledException();
        }
    }

    /**
     * Runs the request on a sweep already imported (with the user's column roles); the request's
     * file is not read.
     *
     * @throws IllegalArgumentException when the law, a column or the rows do not fit the request
     */
    public SweepFitReport fit(ImportedSweep imported, SweepFitRequest request, TaskContext context) {
        try {
            return run(imported, request, context);
        } catch (java.util.concurrent.CancellationException e) {
            throw new TaskCancelledException();
        }
    }

    private SweepFitReport run(SweepFitRequest request, TaskContext context) throws IOException {
        return run(importer.importFile(request.file()), request, context);
    }

    private SweepFitReport run(ImportedSweep imported, SweepFitRequest request, TaskContext context) {
        ScalingLaw law = catalog.get(request.lawId());
        FitRows rows = new FitRows(imported.sweep());
        List<String> names = request.variables().isEmpty() ? law.variables() : request.variables();
        if (names.size() != law.variables().size()) {
            throw new IllegalArgumentException(law.id() + " takes " + law.variables().size() + " variables "
                    + law.variables() + ", got " + names.size() + " columns");
        }
        List<Column> x = names.stream().map(rows::variable).toList();
        Column y = rows.target(request.target());
        FitProblem problem = rows.problem(law, x, y, request.objective().onLogScale(), request.excludeHighest());
        FitOptions options = FitOptions.defaults().withObjective(request.objective());
        CancellationToken token = CancellationToken.linkedTo(context::isCancelled);
        FitResult fit = new MultiStartFitter().fit(problem, options,
                (done, total) -> context.progress(done, total, "fitting " + law.id()), token);
        BootstrapResult boot = request.bootstrapResamples() == 0 ? null : new Bootstrap().run(problem, options, fit,
                request.bootstrapResamples(), request.seed(),
                (done, total) -> context.progress(done, total, "bootstrap"), token);
        return new SweepFitReport(imported.report().sourceName(), y.name(), x.stream().map(Column::name).toList(),
                problem.rows(), rows.notes(), fit, boot);
    }
}
