package org.scalingworkbench.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.scalingworkbench.analysis.LawComparison;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.laws.BrokenNeuralScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * {@code bench compare}: the leaderboard refit that follows a cut-off drag. A generated curve (a
 * 1-break BNSL with 0.5% log-normal noise, x from 1e6 to 1e11) is cut at x = 10^10, then the
 * cut-off moves down one decade in {@code steps} mouse events; at each event the six
 * single-variable laws are refitted warm (from the previous board) and, for comparison, cold
 * (full multi-start).
 */
public final class CompareBench {

    /** The laws on the board. */
    public static final List<String> LAWS = List.of("pl", "plc", "m3", "m4", "bnsl1", "bnsl2");

    /** a, b, c0, c1, d1, f1 of the generated curve. */
    private static final double[] TRUTH = {1.5, 30, 0.1, 0.25, 1e8, 0.3};

    /**
     * How far the warm result of one law strayed from the cold one over all moves.
     *
     * @param lawId           the law
     * @param heldOutRmsle    largest |warm − cold| held-out RMSLE
     * @param objectiveExcess largest relative excess of the warm objective over the cold one
     */
    public record Gap(String lawId, double heldOutRmsle, double objectiveExcess) {
    }

    /**
     * What the moves measured.
     *
     * @param warm          seconds per warm board
     * @param cold          seconds per cold board
     * @param keptWarm      law fits (of steps × laws) that kept the warm start
     * @param last          the last warm board (cut at x > 1e9)
     * @param gaps          per law, in {@link #LAWS} order
     */
    public record Result(Timings warm, Timings cold, int keptWarm, Leaderboard last, List<Gap> gaps) {
        public Result {
            gaps = List.copyOf(gaps);
        }
    }

    private CompareBench() {
    }

    /** Runs {@code steps} cut-off moves on a {@code points}-point curve drawn with noise seed {@code seed}. */
    public static Result run(int steps, int points, long seed) {
        double[][] xy = curve(points, seed);
        LawComparison comparison = new LawComparison(LAWS.stream().map(LawCatalog.builtIn()::get).toList(),
                FitOptions.defaults());
        CancellationToken token = new CancellationToken();
        Leaderboard previous = start(comparison, cut(xy, 1e10), token);
        double[][] warm = new double[2][steps];
        double[][] cold = new double[2][steps];
        int kept = 0;
        Map<String, double[]> gaps = new LinkedHashMap<>();
        LAWS.forEach(id -> gaps.put(id, new double[2]));
        for (int s = 0; s < steps; s++) {
            Partition p = cut(xy, Math.pow(10, 10 - (s + 1.0) / steps));
            Leaderboard before = previous;
            Timed<Leaderboard> w = Timed.run(() -> comparison.rank("warm", "", p, before, token));
            Timed<Leaderboard> c = Timed.run(() -> comparison.rank("cold", "", p, token));
            record(warm, s, w);
            record(cold, s, c);
            kept += (int) w.value().entries().stream().filter(LeaderboardEntry::warmStarted).count();
            recordGaps(gaps, w.value(), c.value());
            previous = w.value();
        }
        List<Gap> out = new ArrayList<>();
        gaps.forEach((id, g) -> out.add(new Gap(id, g[0], g[1])));
        return new Result(new Timings(warm[0], warm[1]), new Timings(cold[0], cold[1]), kept, previous, out);
    }

    /** Three untimed boards to warm the JIT up, then the board the first move starts from. */
    private static Leaderboard start(LawComparison comparison, Partition first, CancellationToken token) {
        for (int i = 0; i < 3; i++) {
            comparison.rank("warm-up", "", first, token);
        }
        return comparison.rank("start", "", first, token);
    }

    private static void record(double[][] times, int step, Timed<?> run) {
        times[0][step] = run.wallSeconds();
        times[1][step] = run.cpuSeconds();
    }

    /** Per law, the largest held-out RMSLE difference and relative objective excess of warm over cold. */
    private static void recordGaps(Map<String, double[]> gaps, Leaderboard warm, Leaderboard cold) {
        for (LeaderboardEntry w : warm.entries()) {
            cold.entry(w.lawId()).filter(c -> c.fit() != null && w.fit() != null).ifPresent(c -> {
                double[] g = gaps.get(w.lawId());
                g[0] = Math.max(g[0], Math.abs(c.heldOut().rmsle() - w.heldOut().rmsle()));
                double excess = (w.fit().objectiveValue() - c.fit().objectiveValue()) / c.fit().objectiveValue();
                g[1] = Math.max(g[1], excess);
            });
        }
    }

    private static double[][] curve(int points, long seed) {
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
}
