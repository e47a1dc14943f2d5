package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.laws.BrokenNeuralScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench compare}: the leaderboard refit that follows a cut-off drag. A generated 300-point
 * curve (a 1-break BNSL with 0.5% log-normal noise, x from 1e6 to 1e11) is cut at x = 10^10, then
 * the cut-off moves down one decade in {@code --steps} mouse events; at each event the six
 * single-variable laws are refitted warm (from the previous board) and, for comparison, cold
 * (full multi-start). Prints wall and process CPU time per board, and per law how far the warm
 * result is from the cold one.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Time the 6-law leaderboard refit after a cut-off move, warm-started vs cold, on 300 points.")
final class BenchCompareCommand implements Callable<Integer> {

    /** a, b, c0, c1, d1, f1 of the generated curve. */
    private static final double[] TRUTH = {1.5, 30, 0.1, 0.25, 1e8, 0.3};
    private static final List<String> LAWS = List.of("pl", "plc", "m3", "m4", "bnsl1", "bnsl2");

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
        out.println(BenchCommand.machine());
        double[][] xy = curve();
        LawComparison comparison = new LawComparison(LAWS.stream().map(LawCatalog.builtIn()::get).toList(),
                FitOptions.defaults());
        CancellationToken token = new CancellationToken();
        for (int i = 0; i < 3; i++) {
            comparison.rank("warm-up", "", cut(xy, 1e10), token);
        }
        Leaderboard previous = comparison.rank("start", "", cut(xy, 1e10), token);
        double[][] warm = new double[steps][];
        double[][] cold = new double[steps][];
        int kept = 0;
        java.util.Map<String, double[]> gaps = new java.util.LinkedHashMap<>();
        LAWS.forEach(id -> gaps.put(id, new double[2]));
        for (int s = 0; s < steps; s++) {
            Partition p = cut(xy, Math.pow(10, 10 - (s + 1.0) / steps));
            Leaderboard before = previous;
            Leaderboard[] result = new Leaderboard[2];
            warm[s] = timed(() -> result[0] = comparison.rank("warm", "", p, before, token));
            cold[s] = timed(() -> result[1] = comparison.rank("cold", "", p, token));
            kept += (int) result[0].entries().stream().filter(LeaderboardEntry::warmStarted).count();
            recordGaps(gaps, result[0], result[1]);
            previous = result[0];
        }
        report(out, warm, cold, kept, previous);
        gaps.forEach((id, g) -> out.printf("  %-6s largest |warm - cold| held-out RMSLE %.2g, warm objective above cold by at most %.2g (relative)%n",
                id, g[0], g[1]));
        out.flush();
        return 0;
    }

    private void report(PrintWriter out, double[][] warm, double[][] cold, int kept, Leaderboard last) {
        out.printf("%d points, laws %s, %d cut-off moves from x > 1e10 to x > 1e9%n", points, String.join(", ", LAWS), steps);
        out.printf("warm (previous optimum, multi-start only where needed): median wall %.1f ms, max wall %.1f ms,"
                + " median CPU %.1f ms per board; %d of %d law fits kept the warm start%n",
                median(warm, 0), max(warm, 0), median(warm, 1), kept, steps * LAWS.size());
        out.printf("cold (full multi-start every law): median wall %.1f ms, max wall %.1f ms, median CPU %.1f ms per board%n",
                median(cold, 0), max(cold, 0), median(cold, 1));
        out.printf("last board (x > 1e9): best %s, held-out RMSLE %.4g%n", last.best().map(LeaderboardEntry::lawId).orElse("-"),
                last.best().map(e -> e.heldOut().rmsle()).orElse(Double.NaN));
    }

    /** Per law, the largest held-out RMSLE difference and relative objective excess of warm over cold. */
    private static void recordGaps(java.util.Map<String, double[]> gaps, Leaderboard warm, Leaderboard cold) {
        for (LeaderboardEntry w : warm.entries()) {
            cold.entry(w.lawId()).filter(c -> c.fit() != null && w.fit() != null).ifPresent(c -> {
                double[] g = gaps.get(w.lawId());
                g[0] = Math.max(g[0], Math.abs(c.heldOut().rmsle() - w.heldOut().rmsle()));
                double excess = (w.fit().objectiveValue() - c.fit().objectiveValue()) / c.fit().objectiveValue();
                g[1] = Math.max(g[1], excess);
            });
        }
    }

    /** {wall ms, CPU ms} of one run. */
    private double[] timed(Runnable task) {
        long cpu0 = BenchCommand.processCpuNanos();
        long t0 = System.nanoTime();
        task.run();
        return new double[] {(System.nanoTime() - t0) / 1e6, (BenchCommand.processCpuNanos() - cpu0) / 1e6};
    }

    private double[][] curve() {
        BrokenNeuralScalingLaw law = new BrokenNeuralScalingLaw(1);
        Random rng = new Random(seed);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = Math.pow(10, 6 + 5.0 * i / (points - 1));
            y[i] = law.valueAt(x[i], TRUTH) * Math.exp(0.005 * rng.nextGaussian());
        }
        return new double[][] {x, y};
    }

    private static Partition cut(double[][] xy, double cutOff) {
        int n = (int) Arrays.stream(xy[0]).filter(v -> v <= cutOff).count();
        return new Partition(Arrays.copyOf(xy[0], n), Arrays.copyOf(xy[1], n),
                Arrays.copyOfRange(xy[0], n, xy[0].length), Arrays.copyOfRange(xy[1], n, xy[1].length));
    }

    private static double median(double[][] runs, int column) {
        return BenchCommand.median(Arrays.stream(runs).mapToDouble(r -> r[column]).toArray());
    }

    private static double max(double[][] runs, int column) {
        return Arrays.stream(runs).mapToDouble(r -> r[column]).max().orElse(Double.NaN);
    }
}
