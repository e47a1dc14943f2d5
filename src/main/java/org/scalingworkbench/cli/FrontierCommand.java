package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.frontier.FrontierComparison;
import org.scalingworkbench.analysis.frontier.FrontierSettings;
import org.scalingworkbench.app.frontier.SweepFrontier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code frontier FILE --approach envelope|isoflop|parametric|all}: the compute-optimal frontier
 * N_opt ∝ C^a, D_opt ∝ C^b with bootstrap intervals, and N_opt, D_opt and D/N at a budget, as a
 * table (approaches side by side) or JSON.
 */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Compute-optimal frontier: envelope of training curves, IsoFLOP parabolas, parametric from Chinchilla.")
final class FrontierCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export")
    private Path file;

    @Option(names = "--approach", defaultValue = "all",
            description = "envelope, isoflop, parametric or all (default: ${DEFAULT-VALUE}).")
    private String approach;

    @Option(names = "--budget", description = "Compute C in FLOPs for N_opt, D_opt and D/N (default: the largest C in the file).")
    private String budget;

    @Option(names = "--y", description = "Loss column (default: the only metric column).")
    private String target;

    @Mixin
    private ObjectiveOptions objective;

    @Option(names = "--exclude-top-loss", defaultValue = "0",
            description = "Parametric fit: leave out the rows with the highest loss (default: 0).")
    private int excludeTop;

    @Option(names = "--bootstrap", defaultValue = "0", description = "Bootstrap resamples for 95%% intervals (default: none).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--cells", defaultValue = "200", description = "Envelope: cells of the log compute grid (default: ${DEFAULT-VALUE}).")
    private int cells;

    @Option(names = "--budget-tolerance", defaultValue = "0.05",
            description = "IsoFLOP: points within this relative distance in C share a budget (default: ${DEFAULT-VALUE}).")
    private double tolerance;

    @Option(names = "--isoflop-window", paramLabel = "FACTOR",
            description = "IsoFLOP: fit each parabola only to sizes within this factor of the lowest-loss size, e.g. 10 (default: all).")
    private Double window;

    @Option(names = "--where", paramLabel = "COLUMN=VALUE",
            description = "Keep only rows whose column has this value (repeatable), e.g. --where file=summary_df.pickle.xz --where row=1.")
    private java.util.List<String> where = java.util.List.of();

    @Option(names = "--runs-by", split = ",", paramLabel = "COLUMN",
            description = "Envelope: columns whose values together name a run (default: the run column, else group columns and N).")
    private java.util.List<String> runKeys = java.util.List.of();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        double flops = budget == null ? Double.NaN : parseBudget(budget);
        if (window != null && !(window > 1)) {
            throw new IllegalArgumentException("--isoflop-window must be a factor above 1, got " + window);
        }
        if (resamples < 0 || excludeTop < 0 || cells < 3 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("--bootstrap and --exclude-top-loss must be ≥ 0, --cells ≥ 3, --budget-tolerance ≥ 0");
        }
        FrontierRun run = new FrontierRun(file, new SweepFrontier(target, new FrontierSettings(flops, resamples, seed),
                new SweepFrontier.Selection(where, runKeys, cells, Math.log1p(tolerance),
                        window == null ? Double.POSITIVE_INFINITY : Math.log(window)),
                new SweepFrontier.ParametricFit(objective.objective(), excludeTop)));
        FrontierComparison comparison = run.run(SweepFrontier.approaches(approach));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new FrontierReportJson().write(run, comparison));
        } else {
            new FrontierReportTable(out).print(run, comparison);
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
