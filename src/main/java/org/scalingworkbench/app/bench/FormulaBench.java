package org.scalingworkbench.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;

/**
 * {@code bench formula}: a custom formula's value, and value with gradient, evaluated on 1,024
 * random rows (variables log-uniform in [min, max]; every parameter at 1), on one thread and on
 * several.
 */
public final class FormulaBench {

    private static final int ROWS = 1024;

    private final CustomFormulaLaw law;
    private final double[][] rows;
    private final double[] p;

    /**
     * One measurement.
     *
     * @param evaluations evaluations made
     * @param wallNanos   wall-clock nanoseconds
     * @param cpuNanos    CPU nanoseconds of the threads that evaluated
     * @param checksum    sum of the values (and first gradient components), so no work is skipped
     */
    public record Measurement(long evaluations, double wallNanos, double cpuNanos, double checksum) {
    }

    /**
     * Parses {@code formula} and draws the rows.
     *
     * @throws IllegalArgumentException when the formula does not parse or not 0 < min ≤ max
     */
    public FormulaBench(String formula, double min, double max) {
        law = CustomFormulaLaw.parse(formula);
        if (!(min > 0 && max >= min)) {
            throw new IllegalArgumentException("--min and --max must satisfy 0 < min <= max, got " + min + " and " + max);
        }
        rows = randomRows(law.variables().size(), Math.log10(min), Math.log10(max));
        p = new double[law.parameterCount()];
        Arrays.fill(p, 1.0);
    }

    /** The formula as parsed. */
    public CustomFormulaLaw law() {
        return law;
    }

    /** Untimed evaluations with gradient, to let the JIT compile the evaluator. */
    public void warmUp(long evaluations) {
        run(evaluations, true);
    }

    /** {@code evaluations} on the calling thread, values only or values with gradient. */
    public Measurement oneThread(long evaluations, boolean gradient) {
        long cpu0 = Machine.threadCpuNanos();
        long wall0 = System.nanoTime();
        double checksum = run(evaluations, gradient);
        return new Measurement(evaluations, System.nanoTime() - wall0, Machine.threadCpuNanos() - cpu0, checksum);
    }

    /** {@code evaluations} with gradient shared among {@code threads} threads. */
    public Measurement parallel(long evaluations, int threads) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long wall0 = System.nanoTime();
            List<Future<double[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long share = evaluations / threads + (t < evaluations % threads ? 1 : 0);
                parts.add(pool.submit(() -> {
                    long cpu0 = Machine.threadCpuNanos();
                    double checksum = run(share, true);
                    return new double[] {Machine.threadCpuNanos() - cpu0, checksum};
                }));
            }
            double cpu = 0;
            double checksum = 0;
            for (Future<double[]> part : parts) {
                cpu += part.get()[0];
                checksum += part.get()[1];
            }
            return new Measurement(evaluations, System.nanoTime() - wall0, cpu, checksum);
        } finally {
            pool.shutdown();
        }
    }

    private static double[][] randomRows(int variables, double log10Min, double log10Max) {
        Random random = new Random(1);
        double[][] rows = new double[ROWS][variables];
        for (double[] row : rows) {
            for (int v = 0; v < variables; v++) {
                row[v] = Math.pow(10, log10Min + (log10Max - log10Min) * random.nextDouble());
            }
        }
        return rows;
    }

    private double run(long count, boolean gradient) {
        double[] g = new double[p.length];
        double sum = 0;
        for (long i = 0; i < count; i++) {
            double[] x = rows[(int) (i % ROWS)];
            sum += gradient ? law.valueAndGradient(x, p, g) + g[0] : law.value(x, p);
        }
        return sum;
    }
}
