package org.scalingworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingworkbench.app.bench.ImportBench;
import org.scalingworkbench.app.bench.Machine;
import org.scalingworkbench.app.bench.SizeBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench size}: runs {@link SizeBench}'s cases, each as a whole CLI command in a child JVM
 * with the launcher's heap settings, and prints wall time and peak resident memory (VmHWM) against
 * the targets of issue 17: compare with five laws on 1,000,000 rows in at most 10 s and 1 GB,
 * {@code fit --law plc} on the same rows in at most 2 s, a 100,000-column file inspected in bounded
 * memory.
 */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Time and measure whole commands on a generated 1,000,000-row curve and a 100,000-column file.")
final class BenchSizeCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "points of the long curve (default ${DEFAULT-VALUE})")
    private int rows;

    @Option(names = "--columns", defaultValue = "100000", description = "columns of the wide file (default ${DEFAULT-VALUE})")
    private int columns;

    @Option(names = "--dir", description = "write the generated files here and keep them (default: a temporary folder, removed)")
    private Path dir;

    @Option(names = "--child", hidden = true, description = "internal: run the command after -- and print figures")
    private boolean child;

    @Parameters(hidden = true, description = "internal: the command a child runs")
    private List<String> childArgs = new ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (child) {
            return runAsChild(out);
        }
        Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("swb-bench-size");
        Path longFile = folder.resolve("curve-" + rows + ".csv");
        Path wideFile = folder.resolve("wide-" + columns + ".csv");
        try {
            generate(out, longFile, wideFile);
            for (SizeBench.Case c : SizeBench.cases(rows, columns)) {
                out.println(measure(c, c.wide() ? wideFile : longFile));
            }
            out.println("heap settings: " + String.join(" ", SizeBench.HEAP_FLAGS));
            out.println(Machine.describe());
            return 0;
        } finally {
            if (dir == null) {
                Files.deleteIfExists(longFile);
                Files.deleteIfExists(wideFile);
                Files.deleteIfExists(folder);
            }
        }
    }

    private void generate(PrintWriter out, Path longFile, Path wideFile) throws IOException {
        if (!Files.exists(longFile)) {
            SizeBench.writeLongCurve(longFile, rows, 1);
        }
        if (!Files.exists(wideFile)) {
            SizeBench.writeWideTable(wideFile, columns, 3, 1);
        }
        out.printf("files: %s (%.1f MB), %s (%.1f MB)%n", longFile.getFileName(), Files.size(longFile) / 1e6,
                wideFile.getFileName(), Files.size(wideFile) / 1e6);
    }

    private int runAsChild(PrintWriter out) {
        StringWriter err = new StringWriter();
        CommandLine cl = ScalingWorkbenchCommand.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
        long t0 = System.nanoTime();
        int code = ScalingWorkbenchCommand.execute(cl, childArgs.toArray(String[]::new));
        double wall = (System.nanoTime() - t0) / 1e9;
        out.printf("child wall_s=%.3f vmhwm_kib=%d exit=%d%n", wall, ImportBench.peakResidentKib(), code);
        err.toString().lines().findFirst().ifPresent(l -> out.println("child error: " + l));
        return 0;
    }

    private String measure(SizeBench.Case c, Path file) throws IOException, InterruptedException {
        List<String> flags = new ArrayList<>(SizeBench.HEAP_FLAGS);
        flags.add("-Djava.awt.headless=true");
        List<String> args = new ArrayList<>(List.of("bench", "size", "--child", "--"));
        args.addAll(c.argsFor(file));
        ChildJvm child = ChildJvm.run(flags, args);
        String line = child.figures().orElse(null);
        if (line == null || !line.endsWith("exit=0")) {
            return c.label() + ": FAILED: " + child.output().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
        }
        double wall = Double.parseDouble(ChildJvm.figure(line, "wall_s"));
        long mib = Long.parseLong(ChildJvm.figure(line, "vmhwm_kib")) >> 10;
        return String.format(java.util.Locale.ROOT, "%s: whole process %.2f s (command %.2f s), peak RSS %s%s", c.label(),
                child.wholeSeconds(), wall, ChildJvm.peakResident(line), verdict(c, child.wholeSeconds(), mib));
    }

    private static String verdict(SizeBench.Case c, double seconds, long mib) {
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(c.targetSeconds())) {
            parts.add(String.format(java.util.Locale.ROOT, "time target %.0f s %s", c.targetSeconds(),
                    seconds <= c.targetSeconds() ? "met" : "not met"));
        }
        if (c.targetMiB() > 0 && mib >= 0) {
            parts.add("memory target " + c.targetMiB() + " MiB " + (mib <= c.targetMiB() ? "met" : "not met"));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
