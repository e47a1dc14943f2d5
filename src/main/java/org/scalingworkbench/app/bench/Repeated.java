package org.scalingworkbench.app.bench;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A task run several times after untimed warm-up runs: the last result and every run's times.
 *
 * @param last    the result of the last timed run (null when none ran)
 * @param timings wall-clock and CPU seconds of each timed run
 */
public record Repeated<T>(T last, Timings timings) {

    /** Runs {@code task} {@code warmup} times untimed, then {@code repeats} times timed in process CPU. */
    public static <T> Repeated<T> run(int warmup, int repeats, Supplier<T> task) {
        return run(warmup, repeats, task, Machine::processCpuNanos);
    }

    /** As {@link #run}, but CPU time is the calling thread's (for single-threaded work). */
    public static <T> Repeated<T> onThisThread(int warmup, int repeats, Supplier<T> task) {
        return run(warmup, repeats, task, Machine::threadCpuNanos);
    }

    private static <T> Repeated<T> run(int warmup, int repeats, Supplier<T> task, LongSupplier cpuClock) {
        for (int i = 0; i < warmup; i++) {
            task.get();
        }
        double[] walls = new double[repeats];
        double[] cpus = new double[repeats];
        T result = null;
        for (int i = 0; i < repeats; i++) {
            long cpu0 = cpuClock.getAsLong();
            long t0 = System.nanoTime();
            result = task.get();
            walls[i] = (System.nanoTime() - t0) / 1e9;
            cpus[i] = (cpuClock.getAsLong() - cpu0) / 1e9;
        }
        return new Repeated<>(result, new Timings(walls, cpus));
    }
}
