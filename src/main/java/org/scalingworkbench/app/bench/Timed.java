package org.scalingworkbench.app.bench;

import java.util.function.Supplier;

/**
 * One result with the time it took.
 *
 * @param value       what the run returned
 * @param wallSeconds wall-clock seconds
 * @param cpuSeconds  CPU seconds of the whole process (all threads, GC and JIT included)
 */
public record Timed<T>(T value, double wallSeconds, double cpuSeconds) {

    /** Runs {@code task} once and times it. */
    public static <T> Timed<T> run(Supplier<T> task) {
        long cpu0 = Machine.processCpuNanos();
        long wall0 = System.nanoTime();
        T result = task.get();
        return new Timed<>(result, (System.nanoTime() - wall0) / 1e9, (Machine.processCpuNanos() - cpu0) / 1e9);
    }
}
