package org.scalingworkbench.app.bench;

import java.util.Arrays;

/**
 * Wall-clock and CPU times of repeated runs of one case, in seconds, in the order they ran.
 *
 * @param wall wall-clock seconds per run
 * @param cpu  CPU seconds per run (process or thread CPU, as the benchmark says)
 */
public record Timings(double[] wall, double[] cpu) {

    public Timings {
        wall = wall.clone();
        cpu = cpu.clone();
    }

    @Override
    public double[] wall() {
        return wall.clone();
    }

    @Override
    public double[] cpu() {
        return cpu.clone();
    }

    /** Number of timed runs. */
    public int runs() {
        return wall.length;
    }

    public double medianWall() {
        return median(wall);
    }

    public double medianCpu() {
        return median(cpu);
    }

    /** The fastest run's wall time; 0 when nothing ran. */
    public double bestWall() {
        return Arrays.stream(wall).min().orElse(0);
    }

    /** The slowest run's wall time; NaN when nothing ran. */
    public double maxWall() {
        return Arrays.stream(wall).max().orElse(Double.NaN);
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
