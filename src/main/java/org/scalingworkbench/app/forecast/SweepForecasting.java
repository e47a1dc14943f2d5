package org.scalingworkbench.app.forecast;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.LossReadOffs;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.CurveSelection;
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
 * The use case "how far must I scale": fit one law to a curve, bootstrap it, and read off the
 * scale that reaches a target loss or reducible loss, L∞ and the reducible loss at the largest
 * fitted x, with 95% percentile intervals.
 */
public final class SweepForecasting {

    /** Confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    private final SweepImporter importer;
    private final LawCatalog catalog;

    public SweepForecasting(SweepImporter importer, LawCatalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    /** The use case over the standard importer and the built-in laws. */
    public static SweepForecasting standard() {
        return new SweepForecasting(new SweepImporter(), LawCatalog.builtIn());
    }

    /**
     * Runs the request.
     *
     * @throws IOException              when the file cannot be read or is not a sweep
     * @throws IllegalArgumentException when the law, a column or a value does not fit the file
     */
    public ForecastReport forecast(ForecastRequest request, TaskContext context) throws IOException {
        ScalingLaw law = catalog.get(request.lawId());
        if (law.variables().size() != 1) {
            throw new IllegalArgumentException("forecast needs a law of one variable; " + law.id() + " takes " + law.variables());
        }
        ImportedSweep imported = importer.importFile(request.file());
        CurveSelection selection = new CurveSelection(imported.sweep());
        Curve curve = selection.curves(request.x(), request.y(), request.where(), null).get(0);
        double[] x = java.util.stream.IntStream.range(0, curve.size()).mapToDouble(curve::xAt).toArray();
        double[] y = java.util.stream.IntStream.range(0, curve.size()).mapToDouble(curve::yAt).toArray();
        if (x.length <= law.parameterCount()) {
            throw new IllegalArgumentException(x.length + " rows are too few for the " + law.parameterCount()
                    + " parameters of " + law.id());
        }
        FitProblem problem = new FitProblem(law, Arrays.stream(x).mapToObj(v -> new double[] {v}).toArray(double[][]::new), y);
        try {
            return run(request, context, curve, problem, selection, imported.report().sourceName());
        } catch (CancellationException e) {
            throw new TaskCancelledException();
        }
    }

    private ForecastReport run(ForecastRequest request, TaskContext context, Curve curve, FitProblem problem,
            CurveSelection selection, String source) {
        FitOptions options = FitOptions.defaults().withObjective(request.objective());
        CancellationToken token = CancellationToken.linkedTo(context::isCancelled);
        FitResult fit = new MultiStartFitter().fit(problem, options,
                (done, total) -> context.progress(done, total, "fitting " + problem.law().id()), token);
        BootstrapResult boot = request.resamples() == 0 ? null : new Bootstrap().run(problem, options, fit,
                request.resamples(), request.seed(), (done, total) -> context.progress(done, total, "bootstrap"), token);
        double largest = java.util.stream.IntStream.range(0, problem.rows()).mapToDouble(i -> problem.x(i, 0)).max()
                .orElse(Double.NaN);
        LossReadOffs readOffs = new LossReadOffs(problem.law(), fit, boot, LEVEL, largest);
        ReadOff needed = Double.isNaN(request.targetLoss()) ? readOffs.xForReducibleLoss(request.targetReducible())
                : readOffs.xForLoss(request.targetLoss());
        return new ForecastReport(source, curve.y().name(), curve.x().name(), problem.rows(), selection.notes(), fit,
                request.resamples(), boot == null ? 0 : boot.failed(), needed, readOffs.irreducibleLoss().orElse(null),
                largest, readOffs.reducibleLossAt(largest));
    }

    /** STUB (dropped at merge): what to read off; NaN = not asked. */
    public record ForecastTarget(double targetLoss, double targetReducible, double atX) {
    }

    /** STUB (dropped at merge): the read-offs of law {@code lawId} of a fit. */
    public static ForecastReport readOffs(org.scalingworkbench.app.fit.CurveFit fit, String lawId, ForecastTarget target) {
        ScalingLaw law = fit.laws().get(lawId);
        FitResult result = fit.entry(lawId).orElseThrow().fit();
        BootstrapResult boot = fit.bootstrap(lawId).orElse(null);
        double largest = java.util.Arrays.stream(fit.data().train()).mapToDouble(r -> r[0]).max().orElse(1);
        LossReadOffs r = new LossReadOffs(law, result, boot, LEVEL, largest);
        ReadOff needed = !Double.isNaN(target.targetLoss()) ? r.xForLoss(target.targetLoss())
                : !Double.isNaN(target.targetReducible()) ? r.xForReducibleLoss(target.targetReducible()) : null;
        double at = Double.isNaN(target.atX()) ? largest : target.atX();
        return new ForecastReport(fit.curve().name(), fit.data().target(), fit.data().columns().get(0), fit.data().trainSize(),
                java.util.List.of(), result, boot == null ? 0 : boot.resamples(), boot == null ? 0 : boot.failed(), needed,
                r.irreducibleLoss().orElse(null), at, law.variables().size() == 1 ? r.reducibleLossAt(at) : null);
    }
}
