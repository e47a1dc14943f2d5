package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.ComparisonReport;
import org.scalingworkbench.app.compare.SweepComparison;
import org.scalingworkbench.app.request.FitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare FILE --laws pl,plc,m4 --holdout top:3}: fits every law on the points that are not
 * held out and prints a leaderboard ranked by held-out RMSLE, one per curve
 * ({@link SweepComparison#compare}), the curves it could not rank and, with more than one curve,
 * the summary across curves ({@link ComparisonReport#summary()}); with {@code --backtest K}, the
 * backtest instead ({@link SweepComparison#backtest}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Rank laws by their extrapolation error on held-out points (a leaderboard per curve, then a summary"
                + " across curves: wins, mean and median held-out RMSLE, mean rank, law against law with a sign test),"
                + " or backtest them."
                + " Laws: --laws (default: " + CompareCommand.DEFAULT_LAWS + ").")
final class CompareCommand implements Callable<Integer> {

    /** The laws compared when none is named. */
    static final String DEFAULT_LAWS = "pl,plc,m3,m4,bnsl1";

    @Spec
    private CommandSpec spec;

    @Mixin
    private RequestOptions options;

    @Option(names = "--backtest", paramLabel = "K",
            description = "Instead of one hold-out: hold out the largest 1, 2, ..., K runs in turn and print each law's"
                    + " held-out RMSLE against the orders of magnitude extrapolated.")
    private Integer backtest;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (options.holdOut.isGiven() == (backtest != null)) {
            throw new IllegalArgumentException("give either --holdout or --backtest K");
        }
        FitRequest request = options.request(List.of(DEFAULT_LAWS.split(",")), null);
        PrintWriter out = spec.commandLine().getOut();
        if (backtest != null) {
            new BacktestTable(out).print(SweepComparison.standard().backtest(request, backtest, TaskContext.none()));
        } else {
            ComparisonReport report = SweepComparison.standard().compare(request, TaskContext.none());
            if (json) {
                out.println(new LeaderboardJson().write(report));
            } else {
                new LeaderboardTable(out).print(report);
            }
        }
        out.flush();
        return 0;
    }
}
