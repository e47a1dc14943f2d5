package org.scalingworkbench.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code bench size}: the size cases of issue 17 (a million-row curve fitted and compared, a
 * hundred-thousand-column file inspected), each run as a whole command in a child JVM started with
 * the launcher's heap settings, so the figures are those a user of {@code bin/scaling-workbench}
 * sees: wall time and peak resident memory.
 */
public final class SizeBench {

    /**
     * The launcher's collector settings (bin/scaling-workbench and the app image's CLI launcher use
     * the same; decision 0017).
     */
    public static final List<String> HEAP_FLAGS = List.of("-XX:+UseParallelGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=25");

    private SizeBench() {
    }

    /**
     * One case: a command line of the CLI and its targets.
     *
     * @param label         what it measures, for the table
     * @param args          the CLI arguments, the file's place written {@code FILE}
     * @param wide          whether it reads the wide file (else the long one)
     * @param targetSeconds the wall-time target, or NaN
     * @param targetMiB     the peak-memory target, or 0
     */
    public record Case(String label, List<String> args, boolean wide, double targetSeconds, long targetMiB) {

        /** The arguments with {@code FILE} replaced. */
        public List<String> argsFor(Path file) {
            return args.stream().map(a -> a.equals("FILE") ? file.toString() : a).toList();
        }
    }

    /**
     * The cases of issue 17 item 12, in order; the targets apply at its sizes (1,000,000 rows), so
     * other sizes are measured without them.
     */
    public static List<Case> cases(int rows, int columns) {
        String n = String.format(Locale.ROOT, "%,d", rows);
        boolean atTargetSize = rows == 1_000_000;
        return List.of(
                new Case("compare, five default laws, " + n + " rows", List.of("compare", "FILE", "--holdout", "top:3"),
                        false, atTargetSize ? 10.0 : Double.NaN, atTargetSize ? 1024 : 0),
                new Case("fit --law plc, " + n + " rows", List.of("fit", "FILE", "--law", "plc"), false,
                        atTargetSize ? 2.0 : Double.NaN, 0),
                new Case("inspect, " + String.format(Locale.ROOT, "%,d", columns) + " columns",
                        List.of("inspect", "FILE"), true, Double.NaN, 0));
    }

    /**
     * Writes one curve of {@code rows} points: N log-uniform in [1e6, 1e10], loss from a power law
     * plus constant (L = 1.7 + (4.5e7/N)^0.34) with 1% log-normal noise, six significant digits.
     */
    public static void writeLongCurve(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("params,loss\n");
            for (int i = 0; i < rows; i++) {
                double params = Math.pow(10, 6 + 4 * random.nextDouble());
                double loss = (1.7 + Math.pow(4.5e7 / params, 0.34)) * Math.exp(0.01 * gaussian(random));
                w.write(String.format(Locale.ROOT, "%.6g,%.6g%n", params, loss));
            }
        }
    }

    /** Writes {@code columns} numeric columns named c0, c1, ... over {@code rows} rows of 4-digit values. */
    public static void writeWideTable(Path file, int columns, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (int c = 0; c < columns; c++) {
                w.write((c == 0 ? "" : ",") + "c" + c);
            }
            w.write('\n');
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    w.write((c == 0 ? "" : ",") + String.format(Locale.ROOT, "%.4f", random.nextDouble()));
                }
                w.write('\n');
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
