package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.scalingworkbench.analysis.frontier.EnvelopeFrontier;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.analysis.frontier.FrontierSettings;
import org.scalingworkbench.analysis.frontier.TrainingCurves;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.laws.ChinchillaLaw;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench frontier}: the envelope frontier on generated training curves (1,000,000
 * checkpoints by default; target ≤ 1 s), the IsoFLOP frontier of every configuration of Porian
 * et al.'s points with bootstrap, and the parametric frontier of Besiroglu et al.'s fit with 1,000
 * bootstrap refits. Prints wall and process CPU time per case and the machine line.
 */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Time the envelope (1M checkpoints), IsoFLOP (Porian et al.) and parametric bootstrap frontiers.")
final class BenchFrontierCommand implements Callable<Integer> {

    /** Besiroglu et al.'s fit (E, A, B, α, β), the law the generated curves follow. */
    private static final double[] LAW = {1.8172, 477.8, 2143, 0.3473, 0.3672};

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", description = "the shared data folder (default: ../shared/data)")
    private Path dataDir = Path.of(System.getProperty("shared.data.dir", "../shared/data"));

    @Option(names = "--points", defaultValue = "1000000", description = "generated checkpoints (default ${DEFAULT-VALUE})")
    private int points;

    @Option(names = "--runs", defaultValue = "1000", description = "generated runs (default ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--repeats", defaultValue = "5", description = "timed repeats per case (default ${DEFAULT-VALUE})")
    private int repeats;

    @Option(names = "--resamples", defaultValue = "1000", description = "bootstrap resamples (default ${DEFAULT-VALUE})")
    private int resamples;

    @Override
    public Integer call() throws IOException {
        if (points < runs * 2 || runs < 3 || repeats < 1 || resamples < 1) {
            throw new IllegalArgumentException("need --runs ≥ 3, --points ≥ 2·runs, --repeats ≥ 1, --resamples ≥ 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(BenchCommand.machine());
        TrainingCurves curves = generate();
        EnvelopeFrontier envelope = new EnvelopeFrontier(EnvelopeFrontier.DEFAULT_CELLS);
        time(out, String.format(Locale.ROOT, "envelope, %,d checkpoints in %,d runs, no bootstrap", curves.pointCount(),
                curves.runCount()), repeats, () -> envelope.estimate(curves, new FrontierSettings(1e21, 0, 1)));
        time(out, String.format(Locale.ROOT, "envelope, %,d checkpoints, %d run resamples", curves.pointCount(), resamples),
                Math.min(repeats, 2), () -> envelope.estimate(curves, new FrontierSettings(1e21, resamples, 1)));
        Path porian = dataDir.resolve("resolving-scaling-law-discrepancies/isoflop_points.csv");
        if (Files.isRegularFile(porian)) {
            new BenchPorianIsoFlop(porian, resamples).run(out, repeats);
        } else {
            out.println("isoflop: " + porian + " absent, skipped (set --data-dir)");
        }
        parametric(out);
        out.flush();
        return 0;
    }

    /** Runs of log-spaced sizes 2e7..2e9, each logged at equal token steps to 20 tokens per parameter × 4. */
    private TrainingCurves generate() {
        int perRun = points / runs;
        int total = perRun * runs;
        double[] c = new double[total];
        double[] n = new double[total];
        double[] d = new double[total];
        double[] loss = new double[total];
        int[] starts = new int[runs + 1];
        ChinchillaLaw law = new ChinchillaLaw();
        double[] x = new double[2];
        for (int r = 0; r < runs; r++) {
            double size = 2e7 * Math.pow(100, r / (runs - 1.0));
            double horizon = 80 * size;
            starts[r] = r * perRun;
            for (int k = 0; k < perRun; k++) {
                int i = r * perRun + k;
                x[0] = size;
                x[1] = horizon * (k + 1) / perRun;
                n[i] = size;
                d[i] = x[1];
                c[i] = 6 * size * x[1];
                loss[i] = law.value(x, LAW);
            }
        }
        starts[runs] = total;
        return TrainingCurves.of(c, n, d, loss, starts);
    }

    private void parametric(PrintWriter out) throws IOException {
        Path file = dataDir.resolve("analyzing-chinchilla/svg_extracted_data.csv");
        if (!Files.isRegularFile(file)) {
            out.println("parametric: " + file + " absent, skipped (set --data-dir)");
            return;
        }
        long cpu0 = BenchCommand.processCpuNanos();
        long t0 = System.nanoTime();
        org.scalingworkbench.app.fit.CurveFit fit = SweepFitting.standard().fit(new org.scalingworkbench.app.request.FitRequest(
                org.scalingworkbench.app.request.DataSelection.of(List.of(file)).withColumns(null, "loss").withExcludeHighest(5),
                List.of(org.scalingworkbench.app.request.LawSpec.builtIn("chinchilla")), Objective.logHuber(1e-3),
                org.scalingworkbench.analysis.HoldOutSplit.NONE, new org.scalingworkbench.app.request.Resampling(resamples, 42)),
                TaskContext.none()).only();
        FrontierEstimate e = org.scalingworkbench.app.frontier.ComputeOptimum.of(fit, "chinchilla", 5.76e23, Double.NaN).frontier();
        out.printf(Locale.ROOT, "parametric, Besiroglu fit (4,500 starts) + %d bootstrap refits: wall %.2f s, CPU %.2f s;"
                + " a = %.4f (%.4f, %.4f), D/N at 5.76e23 = %.2f (%.2f, %.2f), %d refits failed%n", resamples,
                (System.nanoTime() - t0) / 1e9, (BenchCommand.processCpuNanos() - cpu0) / 1e9, e.a(), e.aInterval().lower(),
                e.aInterval().upper(), e.tokensPerParameter(), e.ratioInterval().lower(), e.ratioInterval().upper(),
                fit.bootstrap("chinchilla").map(b -> b.failed()).orElse(0));
    }

    /** Times {@code task} after one untimed warm-up run; prints median and best wall, median CPU, and the result. */
    static void time(PrintWriter out, String label, int repeats, Supplier<FrontierEstimate> task) {
        task.get();
        double[] walls = new double[repeats];
        double[] cpus = new double[repeats];
        FrontierEstimate e = null;
        for (int i = 0; i < repeats; i++) {
            long cpu0 = BenchCommand.processCpuNanos();
            long t0 = System.nanoTime();
            e = task.get();
            walls[i] = (System.nanoTime() - t0) / 1e9;
            cpus[i] = (BenchCommand.processCpuNanos() - cpu0) / 1e9;
        }
        out.printf(Locale.ROOT, "%s: median wall %.3f s, best %.3f s, median CPU %.3f s; a = %.4f (%.4f, %.4f), b = %.4f%n",
                label, BenchCommand.median(walls), java.util.Arrays.stream(walls).min().orElse(0), BenchCommand.median(cpus), e.a(),
                e.aInterval().lower(), e.aInterval().upper(), e.b());
    }
}
