package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.bench.CompareBench;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.Timings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench compare}: prints {@link CompareBench}'s leaderboard refits after cut-off moves:
 * wall and process CPU time per board, warm-started and cold, and per law how far the warm result
 * is from the cold one.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Time the 6-law leaderboard refit after a cut-off move, warm-started vs cold, on 300 points.")
final class BenchCompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--steps", defaultValue = "20", description = "Cut-off moves across one decade (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--points", defaultValue = "300", description = "Points of the generated curve (default: ${DEFAULT-VALUE}).")
    private int points;

    @Option(names = "--seed", defaultValue = "42", description = "Noise seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Machine.describe());
        CompareBench.Result r = CompareBench.run(steps, points, seed);
        Timings warm = r.warm();
        Timings cold = r.cold();
        out.printf("%d points, laws %s, %d cut-off moves from x > 1e10 to x > 1e9%n", points,
                String.join(", ", CompareBench.LAWS), steps);
        out.printf("warm (previous optimum, multi-start only where needed): median wall %.1f ms, max wall %.1f ms,"
                + " median CPU %.1f ms per board; %d of %d law fits kept the warm start%n",
                warm.medianWall() * 1e3, warm.maxWall() * 1e3, warm.medianCpu() * 1e3, r.keptWarm(),
                steps * CompareBench.LAWS.size());
        out.printf("cold (full multi-start every law): median wall %.1f ms, max wall %.1f ms, median CPU %.1f ms per board%n",
                cold.medianWall() * 1e3, cold.maxWall() * 1e3, cold.medianCpu() * 1e3);
        Leaderboard last = r.last();
        out.printf("last board (x > 1e9): best %s, held-out RMSLE %.4g%n", last.best().map(LeaderboardEntry::lawId).orElse("-"),
                last.best().map(e -> e.heldOut().rmsle()).orElse(Double.NaN));
        r.gaps().forEach(g -> out.printf("  %-6s largest |warm - cold| held-out RMSLE %.2g, warm objective above cold by at"
                + " most %.2g (relative)%n", g.lawId(), g.heldOutRmsle(), g.objectiveExcess()));
        out.flush();
        return 0;
    }
}
