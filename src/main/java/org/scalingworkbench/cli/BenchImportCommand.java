package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.ImportBench;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.Timed;
import org.scalingworkbench.app.bench.Timings;
import org.scalingworkbench.data.ImportedSweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench import}: prints {@link ImportBench}'s imports of a 1,000,000-row training log
 * (DESIGN.md section 7: target ≤ 1.0 s and ≤ 150 MiB peak; pandas.read_csv takes 1.4 s and
 * 233 MiB): per repeat wall time, process CPU time and the heap pools' peak. Then a child JVM started with {@code -Xmx150m} imports the file once: finishing
 * proves the import fits in that heap, and its peak resident size (VmHWM) is the whole-process
 * figure comparable to GNU time's maximum RSS for pandas.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Time the import of a generated 1,000,000-row training-log CSV.")
final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--file", description = "import this file; generated there (and kept) if it does not exist")
    private Path file;

    @Option(names = "--rows", defaultValue = "1000000", description = "rows to generate (default ${DEFAULT-VALUE})")
    private int rows;

    @Option(names = "--repeats", defaultValue = "5", description = "timed imports (default ${DEFAULT-VALUE})")
    private int repeats;

    @Option(names = "--seed", defaultValue = "1", description = "generator seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--full-precision", description = "write 17-digit doubles, as pandas to_csv does")
    private boolean fullPrecision;

    @Option(names = "--child-heap", defaultValue = "150m", description = "-Xmx of the child JVM check; 'none' to skip")
    private String childHeap;

    @Option(names = "--child", hidden = true, description = "internal: one import, print figures for the parent")
    private boolean child;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (child) {
            Timed<ImportedSweep> run = ImportBench.plain(file);
            out.printf("child wall_s=%.3f rows=%d vmhwm_kib=%d%n", run.wallSeconds(), run.value().sweep().rowCount(),
                    ImportBench.peakResidentKib());
            return 0;
        }
        Path dir = file == null ? Files.createTempDirectory("swb-bench-import") : null;
        Path target = file != null ? file : dir.resolve("training-log.csv");
        try {
            if (!Files.exists(target)) {
                ImportBench.Generated g = ImportBench.generate(target, rows, seed, fullPrecision);
                out.printf("generated %s: %,d rows, %.1f MB, in %.1f s%n", target, rows, g.bytes() / 1e6, g.seconds());
            }
            timeImports(out, target);
            if (!childHeap.equals("none")) {
                runChild(out, target);
            }
            out.println(Machine.describe());
            return 0;
        } finally {
            if (dir != null) {
                Files.deleteIfExists(target);
                Files.deleteIfExists(dir);
            }
        }
    }

    private void timeImports(PrintWriter out, Path target) throws IOException {
        double[] walls = new double[repeats];
        double[] cpus = new double[repeats];
        int rowCount = 0;
        for (int i = 0; i < repeats; i++) {
            ImportBench.Run run = ImportBench.measured(target);
            walls[i] = run.wallSeconds();
            cpus[i] = run.cpuSeconds();
            rowCount = run.rows();
            out.printf("import %d: wall %.3f s, CPU %.3f s, heap pool peaks %d MiB, %,d rows, %d columns%n", i + 1,
                    walls[i], cpus[i], run.heapPeakMiB(), rowCount, run.columns());
        }
        out.printf("retained by the imported sweep after GC: %d MiB%n", ImportBench.retainedMiB(target));
        Timings t = new Timings(walls, cpus);
        double best = t.bestWall();
        out.printf("best wall %.3f s, median wall %.3f s, median CPU %.3f s; %.2f M rows/s, %.0f MB/s (best)%n",
                best, t.medianWall(), t.medianCpu(), rowCount / best / 1e6, Files.size(target) / best / 1e6);
    }

    private void runChild(PrintWriter out, Path target) throws IOException, InterruptedException {
        ChildJvm child = ChildJvm.run(List.of("-Xmx" + childHeap), List.of("bench", "import", "--child", "--file", target.toString()));
        if (child.exitCode() != 0) {
            out.printf("child JVM -Xmx%s: FAILED (exit %d): %s%n", childHeap, child.exitCode(),
                    child.output().strip().lines().findFirst().orElse(""));
            return;
        }
        out.printf("child JVM -Xmx%s: import fits; whole process %.2f s (JVM start included); %s%n", childHeap,
                child.wholeSeconds(), describeChild(child.figures().orElse("")));
    }

    private static String describeChild(String line) {
        return "import wall " + ChildJvm.figure(line, "wall_s") + " s, peak RSS " + ChildJvm.peakResident(line) + " (VmHWM)";
    }
}
