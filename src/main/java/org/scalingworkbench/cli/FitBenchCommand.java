package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.laws.ChinchillaLaw;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;
import org.scalingworkbench.fit.solve.Bootstrap;
import org.scalingworkbench.fit.solve.MultiStartFitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench fit}: Besiroglu et al.'s Chinchilla fit (240 points, Huber δ = 1e-3 on ln residuals,
 * 4,500 starts) and its 4,000-resample bootstrap, each timed in wall and process CPU time. The
 * first repetition includes JIT warm-up; later ones show the steady state.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Time the Chinchilla 4,500-start Huber fit, one power-law-plus-constant fit, and the 4,000-resample bootstrap on the Epoch data.")
final class FitBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "../shared/data", description = "Folder holding analyzing-chinchilla/ (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--repeat", defaultValue = "3", description = "Repetitions of each case (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--resamples", defaultValue = "4000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(BenchCommand.machine());
        FitProblem problem = load(dataDir.resolve("analyzing-chinchilla/svg_extracted_data.csv"));
        FitOptions options = FitOptions.defaults().withObjective(Objective.logHuber(Objective.DEFAULT_DELTA));
        FitResult fit = null;
        for (int r = 1; r <= repeat; r++) {
            fit = timed(out, "fit  #" + r + " (" + problem.rows() + " rows, 4500 starts)", () -> new MultiStartFitter().fit(problem, options));
            out.printf("    objective %.9g, %d/%d starts converged, E=%.5g A=%.5g B=%.5g alpha=%.5g beta=%.5g%n",
                    fit.objectiveValue(), fit.converged(), fit.starts(), fit.values()[0], fit.values()[1], fit.values()[2],
                    fit.values()[3], fit.values()[4]);
        }
        powerLawPlusConstant(out);
        FitResult optimum = fit;
        for (int r = 1; r <= repeat; r++) {
            BootstrapResult boot = timed(out, "bootstrap #" + r + " (" + resamples + " resamples, seed " + seed + ")",
                    () -> new Bootstrap().run(problem, options, optimum, resamples, seed));
            StringBuilder line = new StringBuilder("    95% intervals:");
            for (String name : boot.parameterNames()) {
                Interval i = boot.interval(name, 0.95);
                line.append(String.format(" %s (%.4g, %.4g)", name, i.lower(), i.upper()));
            }
            out.println(line + ", failed " + boot.failed());
        }
        return 0;
    }

    /**
     * One power law + constant curve (30 sizes 1e6..1e10, L = 1.7 + (3e5/x)^0.3 times 1% seeded
     * noise), fitted with its default multi-start on one thread, 200 times after 200 warm-up fits.
     */
    private static void powerLawPlusConstant(PrintWriter out) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[][] x = new double[30][];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = new double[] {Math.pow(10, 6 + 4 * i / 29.0)};
            y[i] = (1.7 + Math.pow(3e5 / x[i][0], 0.3)) * Math.exp(0.01 * random.nextGaussian());
        }
        FitProblem problem = new FitProblem(new PowerLawPlusConstant(), x, y);
        FitOptions options = FitOptions.defaults().withParallelism(1);
        for (int i = 0; i < 200; i++) {
            new MultiStartFitter().fit(problem, options);
        }
        long cpu0 = BenchCommand.processCpuNanos();
        long wall0 = System.nanoTime();
        FitResult fit = null;
        for (int i = 0; i < 200; i++) {
            fit = new MultiStartFitter().fit(problem, options);
        }
        out.printf("plc  one curve (30 points, %d starts, 1 thread): wall %.3f ms, process CPU %.3f ms per fit;"
                + " Linf=%.4g x0=%.4g alpha=%.4g%n", fit.starts(), (System.nanoTime() - wall0) / 200e6,
                (BenchCommand.processCpuNanos() - cpu0) / 200e6, fit.values()[0], fit.values()[1], fit.values()[2]);
    }

    private static <T> T timed(PrintWriter out, String what, Supplier<T> task) {
        long cpu0 = BenchCommand.processCpuNanos();
        long wall0 = System.nanoTime();
        T result = task.get();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (BenchCommand.processCpuNanos() - cpu0) / 1e9;
        out.printf("%s: wall %.3f s, process CPU %.3f s%n", what, wall, cpu);
        out.flush();
        return result;
    }


    /** N and D = C/(6N) by role (the importer derives D), loss; the 5 highest-loss rows dropped. */
    private static FitProblem load(Path file) throws IOException {
        Sweep sweep = new SweepImporter().importFile(file).sweep();
        Column n = sweep.column(ColumnRole.PARAMETERS).orElseThrow(() -> new IOException(file + " has no N column"));
        Column d = sweep.column(ColumnRole.DATA).orElseThrow(() -> new IOException(file + " has no D column"));
        Column loss = sweep.column("loss").orElseThrow(() -> new IOException(file + " has no loss column"));
        int[] rows = IntStream.range(0, sweep.rowCount()).boxed().sorted(Comparator.comparingDouble(loss::number))
                .limit(sweep.rowCount() - 5L).mapToInt(Integer::intValue).toArray();
        double[][] x = Arrays.stream(rows).mapToObj(i -> new double[] {n.number(i), d.number(i)}).toArray(double[][]::new);
        return new FitProblem(new ChinchillaLaw(), x, Arrays.stream(rows).mapToDouble(loss::number).toArray());
    }
}
