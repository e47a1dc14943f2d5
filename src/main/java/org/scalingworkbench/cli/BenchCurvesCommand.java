package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.CurvesBench;
import org.scalingworkbench.app.bench.FitBench;
import org.scalingworkbench.app.bench.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench curves}: writes {@link CurvesBench}'s simulated many-curve sweep and times the
 * per-curve leaderboards of {@code compare FILE --group-by Model} on it, in process; with
 * {@code --write FILE} the sweep is kept, so that the whole command can be timed too. Then one
 * power law + constant fit on one 30-point curve ({@link FitBench#powerLawPlusConstant}).
 */
@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Time per-curve leaderboards (pl, plc, m3, m4, bnsl1) on a simulated sweep of 100 curves x 30 points.")
final class BenchCurvesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--curves", defaultValue = "100", description = "Curves (default: ${DEFAULT-VALUE}).")
    private int curves;

    @Option(names = "--points", defaultValue = "30", description = "Points per curve (default: ${DEFAULT-VALUE}).")
    private int points;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the parameters and the noise (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--holdout", defaultValue = "top:5", paramLabel = "SPLIT",
            description = "Each curve's held-out points, as compare takes them (default: ${DEFAULT-VALUE}).")
    private String holdOut;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs; the first includes JIT warm-up (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--write", paramLabel = "FILE", description = "Keep the simulated sweep in FILE (default: a temporary file, deleted).")
    private Path write;

    @Override
    public Integer call() throws IOException {
        if (curves < 1 || points < 3 || repeat < 1) {
            throw new IllegalArgumentException("--curves and --repeat must be at least 1 and --points at least 3");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Machine.describe());
        List<CurvesBench.Truth> truths = CurvesBench.truths(curves, seed);
        Path file = write != null ? write : Files.createTempFile("bench-curves", ".csv");
        try {
            CurvesBench.write(file, truths, points, seed);
            out.printf("%d curves x %d points (%s), laws %s, hold-out %s per curve%n", curves, points,
                    write != null ? write : "temporary file", String.join(",", CurvesBench.LAWS), holdOut);
            out.flush();
            CurvesBench.Result last = null;
            for (int r = 1; r <= repeat; r++) {
                last = CurvesBench.run(file, holdOut);
                out.printf("run #%d: load + %d leaderboards: wall %.3f s, process CPU %.3f s%n", r,
                        last.report().leaderboards().size(), last.timed().wallSeconds(), last.timed().cpuSeconds());
                out.flush();
            }
            print(out, truths, last);
            FitBench.CurveTiming plc = FitBench.powerLawPlusConstant();
            out.printf("one plc fit, one 30-point curve, %d starts, 1 thread (median of %d batches of %d fits):"
                    + " wall %.3f ms, thread CPU %.3f ms per fit%n", plc.fit().starts(), FitBench.PLC_BATCHES,
                    FitBench.PLC_FITS, plc.wallMsPerFit(), plc.cpuMsPerFit());
        } finally {
            if (write == null) {
                Files.deleteIfExists(file);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, List<CurvesBench.Truth> truths, CurvesBench.Result r) {
        out.printf("curves ranked %d, refused %d; the generating law (plc or bnsl1) ranked first on %d%n",
                r.report().leaderboards().size(), r.report().refused().size(),
                CurvesBench.truthWins(truths, r.report().leaderboards()));
        out.printf("  %-6s %5s %14s %7s%n", "law", "wins", "median RMSLE", "failed");
        r.summary().forEach(s -> out.printf("  %-6s %5d %14.4g %7d%n", s.lawId(), s.wins(), s.medianRmsle(), s.failed()));
        out.flush();
    }
}
