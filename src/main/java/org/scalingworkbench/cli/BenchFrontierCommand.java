package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.analysis.frontier.TrainingCurves;
import org.scalingworkbench.app.bench.FrontierBench;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.Timed;
import org.scalingworkbench.app.bench.Timings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench frontier}: prints {@link FrontierBench}'s cases, the envelope frontier on generated
 * training curves (1,000,000 checkpoints by default; target ≤ 1 s), the IsoFLOP frontier of every
 * configuration of Porian et al.'s points with bootstrap, and the parametric frontier of Besiroglu
 * et al.'s fit with 1,000 bootstrap refits: wall and process CPU time per case and the machine line.
 */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Time the envelope (1M checkpoints), IsoFLOP (Porian et al.) and parametric bootstrap frontiers.")
final class BenchFrontierCommand implements Callable<Integer> {

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
        out.println(Machine.describe());
        TrainingCurves curves = FrontierBench.generate(points, runs);
        print(out, String.format(Locale.ROOT, "envelope, %,d checkpoints in %,d runs, no bootstrap", curves.pointCount(),
                curves.runCount()), FrontierBench.envelope(curves, 0, repeats));
        print(out, String.format(Locale.ROOT, "envelope, %,d checkpoints, %d run resamples", curves.pointCount(), resamples),
                FrontierBench.envelope(curves, resamples, Math.min(repeats, 2)));
        Path porian = dataDir.resolve("resolving-scaling-law-discrepancies/isoflop_points.csv");
        if (Files.isRegularFile(porian)) {
            for (FrontierBench.Case c : FrontierBench.isoFlop(porian, resamples, repeats)) {
                print(out, "isoflop " + c.configuration() + ", " + c.points() + " points, " + resamples + " resamples", c);
            }
        } else {
            out.println("isoflop: " + porian + " absent, skipped (set --data-dir)");
        }
        parametric(out);
        out.flush();
        return 0;
    }

    private void parametric(PrintWriter out) {
        Path file = dataDir.resolve("analyzing-chinchilla/svg_extracted_data.csv");
        if (!Files.isRegularFile(file)) {
            out.println("parametric: " + file + " absent, skipped (set --data-dir)");
            return;
        }
        Timed<FrontierBench.Parametric> run = FrontierBench.parametric(file, resamples);
        FrontierEstimate e = run.value().estimate();
        out.printf(Locale.ROOT, "parametric, Besiroglu fit (4,500 starts) + %d bootstrap refits: wall %.2f s, CPU %.2f s;"
                + " a = %.4f (%.4f, %.4f), D/N at 5.76e23 = %.2f (%.2f, %.2f), %d refits failed%n", resamples,
                run.wallSeconds(), run.cpuSeconds(), e.a(), e.aInterval().lower(), e.aInterval().upper(),
                e.tokensPerParameter(), e.ratioInterval().lower(), e.ratioInterval().upper(), run.value().failed());
    }

    /** Median and best wall, median CPU, and the estimate's a (with interval) and b. */
    private static void print(PrintWriter out, String label, FrontierBench.Case c) {
        Timings t = c.timings();
        FrontierEstimate e = c.estimate();
        out.printf(Locale.ROOT, "%s: median wall %.3f s, best %.3f s, median CPU %.3f s; a = %.4f (%.4f, %.4f), b = %.4f%n",
                label, t.medianWall(), t.bestWall(), t.medianCpu(), e.a(), e.aInterval().lower(), e.aInterval().upper(), e.b());
    }
}
