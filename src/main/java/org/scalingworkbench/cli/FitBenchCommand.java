package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.FitBench;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.Timed;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench fit}: prints {@link FitBench}'s Chinchilla fit (240 points, Huber δ = 1e-3 on ln
 * residuals, 4,500 starts) and its bootstrap, each timed in wall and process CPU time. The first
 * repetition includes JIT warm-up; later ones show the steady state.
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

    @Option(names = "--seed", defaultValue = "" + Resampling.DEFAULT_SEED, description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Machine.describe());
        FitBench bench = FitBench.chinchilla(dataDir.resolve("analyzing-chinchilla/svg_extracted_data.csv"));
        FitResult fit = fits(out, bench);
        FitBench.CurveTiming plc = FitBench.powerLawPlusConstant();
        out.printf("plc  one curve (30 points, %d starts, 1 thread): median wall %.3f ms, median thread CPU %.3f ms per fit;"
                + " Linf=%.4g x0=%.4g alpha=%.4g%n", plc.fit().starts(), plc.wallMsPerFit(), plc.cpuMsPerFit(),
                plc.fit().values()[0], plc.fit().values()[1], plc.fit().values()[2]);
        bootstraps(out, bench, fit);
        return 0;
    }

    /** Prints each repetition of the fit; returns the last fit. */
    private FitResult fits(PrintWriter out, FitBench bench) {
        FitResult fit = null;
        for (int r = 1; r <= repeat; r++) {
            Timed<FitResult> run = bench.fit();
            fit = run.value();
            time(out, "fit  #" + r + " (" + bench.rows() + " rows, 4500 starts)", run);
            out.printf("    objective %.9g, %d/%d starts converged, E=%.5g A=%.5g B=%.5g alpha=%.5g beta=%.5g%n",
                    fit.objectiveValue(), fit.converged(), fit.starts(), fit.values()[0], fit.values()[1], fit.values()[2],
                    fit.values()[3], fit.values()[4]);
        }
        return fit;
    }

    private void bootstraps(PrintWriter out, FitBench bench, FitResult optimum) {
        for (int r = 1; r <= repeat; r++) {
            Timed<BootstrapResult> run = bench.bootstrap(optimum, resamples, seed);
            time(out, "bootstrap #" + r + " (" + resamples + " resamples, seed " + seed + ")", run);
            StringBuilder line = new StringBuilder("    95% intervals:");
            for (String name : run.value().parameterNames()) {
                Interval i = run.value().interval(name, 0.95);
                line.append(String.format(" %s (%.4g, %.4g)", name, i.lower(), i.upper()));
            }
            out.println(line + ", failed " + run.value().failed());
        }
    }

    private static void time(PrintWriter out, String what, Timed<?> run) {
        out.printf("%s: wall %.3f s, process CPU %.3f s%n", what, run.wallSeconds(), run.cpuSeconds());
        out.flush();
    }
}
