package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.frontier.BudgetGrouping;
import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.frontier.CurveFrontiers;
import org.scalingworkbench.app.frontier.FrontierOptions;
import org.scalingworkbench.app.frontier.SweepFrontier;
import org.scalingworkbench.app.request.FitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code frontier FILE --approach envelope|isoflop|parametric|all}: the compute-optimal frontier
 * N_opt ∝ C^a, D_opt ∝ C^b with bootstrap intervals, and N_opt, D_opt and D/N at a budget, as a
 * table (approaches side by side) or JSON, from {@link SweepFrontier}; with {@code --group-by}, one
 * frontier per curve (per study of a compilation) and the curves without one listed with the reason.
 */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Compute-optimal frontier: envelope of training curves, IsoFLOP parabolas, parametric from Chinchilla."
                + " Law of the parametric approach: --law chinchilla (default) or kaplan.")
final class FrontierCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FittingOptions options;

    @Option(names = "--approach", defaultValue = "all",
            description = "envelope, isoflop, parametric or all (default: ${DEFAULT-VALUE}).")
    private String approach;

    @Option(names = "--budget", paramLabel = "C",
            description = "Compute C in FLOPs for N_opt, D_opt and D/N (default: the largest C of the rows).")
    private String budget;

    @Option(names = "--cells", defaultValue = "" + EnvelopeFrontier.DEFAULT_CELLS,
            description = "Envelope: cells of the log compute grid (default: ${DEFAULT-VALUE}).")
    private int cells;

    @Option(names = "--budget-tolerance", paramLabel = "FRACTION",
            description = "IsoFLOP: points within this relative distance in C of a budget's smallest C share it, e.g. 0.05"
                    + " (default: budgets found as clusters in log C, else 0.05; the notes say which).")
    private Double tolerance;

    @Option(names = "--isoflop-window", paramLabel = "FACTOR",
            description = "IsoFLOP: fit each parabola only to sizes within this factor of the lowest-loss size, e.g. 10 (default: all).")
    private Double window;

    @Option(names = "--runs-by", split = ",", paramLabel = "COLUMN",
            description = "Envelope: columns whose values together name a run (default: the run column, else group columns and N).")
    private List<String> runKeys = List.of();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        double flops = budget == null ? Double.NaN : parseBudget(budget);
        if (window != null && !(window > 1)) {
            throw new IllegalArgumentException("--isoflop-window must be a factor above 1, got " + window);
        }
        if (cells < 3 || tolerance != null && !(tolerance >= 0)) {
            throw new IllegalArgumentException("--cells must be ≥ 3 and --budget-tolerance ≥ 0");
        }
        FrontierOptions settings = new FrontierOptions(FrontierOptions.approaches(approach), flops, cells,
                tolerance == null ? BudgetGrouping.derived() : BudgetGrouping.within(Math.log1p(tolerance)),
                window == null ? Double.POSITIVE_INFINITY : Math.log(window), runKeys);
        FitRequest request = options.request(List.of("chinchilla"));
        CurveFrontiers report = SweepFrontier.standard().runCurves(request, settings, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new FrontierReportJson().write(report));
        } else {
            new FrontierReportTable(out).print(report);
        }
        out.flush();
        return 0;
    }

    private static double parseBudget(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("--budget must be a positive number of FLOPs such as 1e24, got '" + text + "'");
        }
        return value;
    }
}
