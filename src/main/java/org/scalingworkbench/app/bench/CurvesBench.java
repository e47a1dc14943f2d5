package org.scalingworkbench.app.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.ComparisonReport;
import org.scalingworkbench.app.compare.SweepComparison;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * {@code bench curves}: a simulated many-curve benchmark (issue 14): {@code curves} learning
 * curves of {@code points} points each (x log-spaced over four decades, each curve's own range),
 * drawn in turn from a power law + constant and a 1-break BNSL with known parameters per curve and
 * 1% seeded log-normal noise, in one CSV with a {@code Model} key column; then the five laws of
 * {@link #LAWS} ranked on each curve's held-out points by the use case {@code compare --group-by}
 * runs ({@link SweepComparison#compare}), timed in process.
 */
public final class CurvesBench {

    /** The laws ranked on every curve (compare's default). */
    public static final List<String> LAWS = List.of("pl", "plc", "m3", "m4", "bnsl1");

    /** The key column naming each curve. */
    public static final String KEY = "Model";

    /**
     * One simulated curve.
     *
     * @param model      its key value
     * @param law        the law it was drawn from
     * @param parameters the law's parameters (reported units)
     * @param smallestX  its smallest x (the largest is 10^4 times it)
     */
    public record Truth(String model, String law, double[] parameters, double smallestX) {
        public Truth {
            parameters = parameters.clone();
        }

        @Override
        public double[] parameters() {
            return parameters.clone();
        }
    }

    /**
     * Per law, over every curve ranked: wins, median held-out RMSLE and the curves it failed on.
     *
     * @param lawId        the law
     * @param wins         curves it ranked first on
     * @param medianRmsle  median held-out RMSLE over the curves it was fitted on
     * @param failed       curves it could not be fitted on
     */
    public record LawSummary(String lawId, int wins, double medianRmsle, int failed) {
    }

    /**
     * One timed run.
     *
     * @param report  what the use case returned
     * @param timed   wall and process CPU seconds of loading the file and ranking every curve
     * @param summary per law, in {@link #LAWS} order
     */
    public record Result(ComparisonReport report, Timed<ComparisonReport> timed, List<LawSummary> summary) {
        public Result {
            summary = List.copyOf(summary);
        }
    }

    private CurvesBench() {
    }

    /** The curves' laws and parameters, seeded. */
    public static List<Truth> truths(int curves, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Truth> out = new ArrayList<>();
        for (int c = 0; c < curves; c++) {
            double smallest = Math.pow(10, 2 + random.nextDouble(2));
            String model = String.format(Locale.ROOT, "model-%03d", c);
            out.add(c % 2 == 0 ? plc(model, smallest, random) : bnsl(model, smallest, random));
        }
        return out;
    }

    /** y = Linf + (x0/x)^alpha: Linf in [0.5, 2.5], alpha in [0.2, 0.6], the reducible loss 1-4 at the smallest x. */
    private static Truth plc(String model, double smallest, SplittableRandom random) {
        double alpha = 0.2 + 0.4 * random.nextDouble();
        double x0 = smallest * Math.pow(1 + 3 * random.nextDouble(), 1 / alpha);
        return new Truth(model, "plc", new double[] {0.5 + 2 * random.nextDouble(), x0, alpha}, smallest);
    }

    /** a + b x^-c0 (1 + (x/d1)^(1/f1))^(-c1 f1): a break d1 inside the middle two decades. */
    private static Truth bnsl(String model, double smallest, SplittableRandom random) {
        double a = 0.2 + random.nextDouble();
        double c0 = 0.05 + 0.15 * random.nextDouble();
        double b = Math.pow(smallest, c0) * (1 + 2 * random.nextDouble());
        double c1 = 0.2 + 0.4 * random.nextDouble();
        double d1 = smallest * Math.pow(10, 1 + 2 * random.nextDouble());
        return new Truth(model, "bnsl1", new double[] {a, b, c0, c1, d1, 0.1 + 0.4 * random.nextDouble()}, smallest);
    }

    /** Writes the curves as CSV (columns Model, examples, loss), {@code points} per curve, noise seeded by {@code seed}. */
    public static void write(Path file, List<Truth> truths, int points, long seed) throws IOException {
        Map<String, ScalingLaw> laws = new LinkedHashMap<>();
        SplittableRandom noise = new SplittableRandom(seed + 1);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(KEY + ",examples,loss\n");
            for (Truth t : truths) {
                ScalingLaw law = laws.computeIfAbsent(t.law(), LawCatalog.builtIn()::get);
                for (int i = 0; i < points; i++) {
                    double x = Math.rint(t.smallestX() * Math.pow(10, 4.0 * i / (points - 1)));
                    double y = law.value(new double[] {x}, t.parameters()) * Math.exp(0.01 * noise.nextGaussian());
                    out.write(String.format(Locale.ROOT, "%s,%.0f,%.9g%n", t.model(), x, y));
                }
            }
        }
    }

    /** The request of {@code compare FILE --group-by Model --laws pl,plc,m3,m4,bnsl1 --holdout SPLIT}. */
    public static FitRequest request(Path file, String holdOut) {
        DataSelection data = DataSelection.of(List.of(file)).withCurveKey(List.of(KEY));
        return FitRequest.of(data, LAWS.stream().map(LawSpec::builtIn).toList()).withHoldOut(HoldOutSplit.parse(holdOut));
    }

    /** Reads {@code file} and ranks the laws on every curve, timed. */
    public static Result run(Path file, String holdOut) {
        FitRequest request = request(file, holdOut);
        Timed<ComparisonReport> timed = Timed.run(() -> {
            try {
                return SweepComparison.standard().compare(request, TaskContext.none());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Result(timed.value(), timed, summary(timed.value().leaderboards()));
    }

    /** Per law: wins, median held-out RMSLE and failures over the boards. */
    static List<LawSummary> summary(List<Leaderboard> boards) {
        List<LawSummary> out = new ArrayList<>();
        for (String id : LAWS) {
            int wins = (int) boards.stream().filter(b -> b.best().filter(e -> e.lawId().equals(id)).isPresent()).count();
            double[] rmsle = boards.stream().flatMap(b -> b.entry(id).stream()).filter(e -> e.fit() != null)
                    .mapToDouble(e -> e.heldOut().rmsle()).filter(Double::isFinite).toArray();
            int failed = (int) boards.stream().flatMap(b -> b.entry(id).stream()).filter(e -> e.fit() == null).count();
            out.add(new LawSummary(id, wins, rmsle.length == 0 ? Double.NaN : Timings.median(rmsle), failed));
        }
        return out;
    }

    /** Number of boards whose best law is the law the curve was drawn from. */
    public static int truthWins(List<Truth> truths, List<Leaderboard> boards) {
        Map<String, String> lawOf = new LinkedHashMap<>();
        truths.forEach(t -> lawOf.put(t.model(), t.law()));
        return (int) boards.stream().filter(b -> b.best().map(LeaderboardEntry::lawId)
                .filter(id -> id.equals(lawOf.get(curveKey(b.curve())))).isPresent()).count();
    }

    /** The key value in a board's curve name ("Model=model-007" or "model-007"). */
    private static String curveKey(String curve) {
        String[] parts = curve.split("[=,]");
        return Arrays.stream(parts).map(String::strip).filter(p -> p.startsWith("model-")).findFirst().orElse(curve);
    }
}
