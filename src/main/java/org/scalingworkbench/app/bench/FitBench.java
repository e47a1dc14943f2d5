package org.scalingworkbench.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.laws.ChinchillaLaw;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;
import org.scalingworkbench.fit.solve.Bootstrap;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * {@code bench fit}: Besiroglu et al.'s Chinchilla fit (N and D by role, the 5 highest-loss rows
 * dropped, Huber δ = 1e-3 on ln residuals, the default 4,500 starts) and its bootstrap; and one
 * power law + constant curve fitted many times on one thread.
 */
public final class FitBench {

    /** Fits per batch of the power-law-plus-constant case (and untimed warm-up fits). */
    public static final int PLC_FITS = 200;
    /** Timed batches of the power-law-plus-constant case. */
    public static final int PLC_BATCHES = 15;

    private final FitProblem problem;
    private final FitOptions options = FitOptions.defaults().withObjective(Objective.logHuber(Objective.DEFAULT_DELTA));

    private FitBench(FitProblem problem) {
        this.problem = problem;
    }

    /**
     * The per-fit times of the power-law-plus-constant case.
     *
     * @param fit            the last fit
     * @param wallMsPerFit   wall-clock milliseconds per fit (median over the batches)
     * @param cpuMsPerFit    CPU milliseconds per fit of the fitting thread (median over the batches)
     */
    public record CurveTiming(FitResult fit, double wallMsPerFit, double cpuMsPerFit) {
    }

    /** Reads the Epoch Chinchilla file (svg_extracted_data.csv). */
    public static FitBench chinchilla(Path file) throws IOException {
        Sweep sweep = new SweepImporter().importFile(file).sweep();
        Column n = sweep.column(ColumnRole.PARAMETERS).orElseThrow(() -> new IOException(file + " has no N column"));
        Column d = sweep.column(ColumnRole.DATA).orElseThrow(() -> new IOException(file + " has no D column"));
        Column loss = sweep.column("loss").orElseThrow(() -> new IOException(file + " has no loss column"));
        int[] rows = IntStream.range(0, sweep.rowCount()).boxed().sorted(Comparator.comparingDouble(loss::number))
                .limit(sweep.rowCount() - 5L).mapToInt(Integer::intValue).toArray();
        double[][] x = Arrays.stream(rows).mapToObj(i -> new double[] {n.number(i), d.number(i)}).toArray(double[][]::new);
        return new FitBench(new FitProblem(new ChinchillaLaw(), x, Arrays.stream(rows).mapToDouble(loss::number).toArray()));
    }

    /** Rows fitted. */
    public int rows() {
        return problem.rows();
    }

    /** One timed multi-start fit. */
    public Timed<FitResult> fit() {
        return Timed.run(() -> new MultiStartFitter().fit(problem, options));
    }

    /** One timed bootstrap of {@code resamples} refits from {@code optimum}, seeded. */
    public Timed<BootstrapResult> bootstrap(FitResult optimum, int resamples, long seed) {
        return Timed.run(() -> new Bootstrap().run(problem, options, optimum, resamples, seed));
    }

    /**
     * One power law + constant curve (30 sizes 1e6..1e10, L = 1.7 + (3e5/x)^0.3 times 1% seeded
     * noise), fitted with its default multi-start on one thread (the calling one): {@link #PLC_FITS}
     * warm-up fits, then {@link #PLC_BATCHES} batches of {@link #PLC_FITS} fits; the times are the
     * median over the batches of the time per fit.
     */
    public static CurveTiming powerLawPlusConstant() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[30][];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = new double[] {Math.pow(10, 6 + 4 * i / 29.0)};
            y[i] = (1.7 + Math.pow(3e5 / x[i][0], 0.3)) * Math.exp(0.01 * random.nextGaussian());
        }
        FitProblem curve = new FitProblem(new PowerLawPlusConstant(), x, y);
        FitOptions oneThread = FitOptions.defaults().withParallelism(1);
        Repeated<FitResult> runs = Repeated.onThisThread(1, PLC_BATCHES, () -> fitMany(curve, oneThread));
        return new CurveTiming(runs.last(), runs.timings().medianWall() * 1e3 / PLC_FITS,
                runs.timings().medianCpu() * 1e3 / PLC_FITS);
    }

    private static FitResult fitMany(FitProblem curve, FitOptions options) {
        FitResult fit = null;
        for (int i = 0; i < PLC_FITS; i++) {
            fit = new MultiStartFitter().fit(curve, options);
        }
        return fit;
    }
}
