package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.ComparisonReport;
import org.scalingworkbench.app.compare.ComparisonRequest;
import org.scalingworkbench.app.compare.SweepComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare FILE --laws pl,plc,m4 --holdout top:3}: fits every law on the points that are not
 * held out and prints a leaderboard ranked by held-out RMSLE, one per curve.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Rank laws by their extrapolation error on held-out points (a leaderboard per curve).")
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV, JSON, JSON Lines or tracker export")
    private Path file;

    @Option(names = "--laws", split = ",", defaultValue = "pl,plc,m3,m4,bnsl1",
            description = "Single-variable law ids (default: ${DEFAULT-VALUE}).")
    private List<String> laws;

    @Option(names = "--holdout",
            description = "top:K (largest K runs), x>VALUE (cut-off), column:NAME (1/0, true/false, train/heldout) or runs:A,B.")
    private String holdOut;

    @Option(names = "--backtest", paramLabel = "K",
            description = "Instead of one hold-out: hold out the largest 1, 2, ..., K runs in turn and print each law's"
                    + " held-out RMSLE against the orders of magnitude extrapolated.")
    private Integer backtest;

    @Option(names = "--where", description = "Keep rows with COLUMN=VALUE (repeatable).")
    private Map<String, String> where = new LinkedHashMap<>();

    @Option(names = "--group-by", description = "One leaderboard per value of this column.")
    private String groupBy;

    @Option(names = "--run", description = "Column naming each row's training run (a run's points are held out together).")
    private String run;

    @Option(names = "--x", description = "Scaling variable: column name or role symbol (default: the only scale column).")
    private String x;

    @Option(names = "--y", description = "Target column (default: the only metric column).")
    private String y;

    @Mixin
    private ObjectiveOptions objective;

    @Option(names = "--target-offset", defaultValue = "0",
            description = "Fit ln(y + c) instead of ln y (BNSL's reference code uses 1); scores stay on ln y (default: ${DEFAULT-VALUE}).")
    private double targetOffset;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if ((holdOut == null) == (backtest == null)) {
            throw new IllegalArgumentException("give either --holdout or --backtest K");
        }
        ComparisonRequest request = new ComparisonRequest(file, laws, holdOut == null ? "top:1" : holdOut, where, groupBy,
                run, x, y, objective.objective().withTargetOffset(targetOffset));
        if (backtest != null) {
            PrintWriter out = spec.commandLine().getOut();
            new BacktestTable(out).print(SweepComparison.standard().backtest(request, backtest, TaskContext.none()));
            out.flush();
            return 0;
        }
        ComparisonReport report = SweepComparison.standard().compare(request, TaskContext.none());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new LeaderboardJson().write(report));
        } else {
            new LeaderboardTable(out).print(report);
        }
        out.flush();
        return 0;
    }
}
