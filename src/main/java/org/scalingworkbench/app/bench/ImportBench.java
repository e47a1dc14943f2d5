package org.scalingworkbench.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;

/**
 * {@code bench import}: the import of a generated training log (DESIGN.md section 7: target ≤ 1.0 s
 * and ≤ 150 MiB peak for 1,000,000 rows). Each measured import reports wall time, process CPU time
 * and the sum of the heap pools' peak usage since a reset just before it (an upper bound: it counts
 * garbage not yet collected).
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * One measured import.
     *
     * @param wallSeconds    wall-clock seconds
     * @param cpuSeconds     process CPU seconds (all threads, GC and JIT included)
     * @param heapPeakMiB    sum of the heap pools' peak usage during the import, MiB
     * @param rows           rows imported
     * @param columns        columns imported
     */
    public record Run(double wallSeconds, double cpuSeconds, long heapPeakMiB, int rows, int columns) {
    }

    /**
     * A generated file.
     *
     * @param bytes   its size, bytes
     * @param seconds wall seconds to write it
     */
    public record Generated(long bytes, double seconds) {
    }

    /** Writes a {@code rows}-row training log to {@code target}, seeded; 17-digit doubles if {@code fullPrecision}. */
    public static Generated generate(Path target, int rows, long seed, boolean fullPrecision) throws IOException {
        long t0 = System.nanoTime();
        new TrainingLogGenerator(seed, fullPrecision).write(target, rows);
        return new Generated(Files.size(target), (System.nanoTime() - t0) / 1e9);
    }

    /** Imports {@code file} once after a full GC, measuring time and the heap pools' peak. */
    public static Run measured(Path file) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Timed<ImportedSweep> run = Timed.run(() -> importFile(file));
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(run.wallSeconds(), run.cpuSeconds(), peak >> 20, run.value().sweep().rowCount(),
                run.value().sweep().columns().size());
    }

    /** Imports {@code file} once, timed, without touching the heap (the child JVM's check). */
    public static Timed<ImportedSweep> plain(Path file) {
        return Timed.run(() -> importFile(file));
    }

    /** Heap still used, after a full GC, while the imported sweep is alive, minus the heap used before; MiB. */
    public static long retainedMiB(Path target) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        ImportedSweep imported = importFile(target);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        return imported.sweep().rowCount() > 0 ? (after - before) >> 20 : 0;
    }

    /** Peak resident set size of this process in KiB from /proc (Linux); -1 elsewhere. */
    public static long peakResidentKib() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
        return -1;
    }

    private static ImportedSweep importFile(Path file) {
        try {
            return new SweepImporter().importFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
