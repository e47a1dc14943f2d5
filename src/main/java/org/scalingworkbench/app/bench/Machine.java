package org.scalingworkbench.app.bench;

import java.lang.management.ManagementFactory;

/** The machine a benchmark runs on, and the process CPU clock the benchmarks read. */
public final class Machine {

    private Machine() {
    }

    /**
     * One line describing the machine: cores, max heap in MiB, JVM, operating system, and the load
     * average of the last minute (other processes sharing the cores inflate wall times).
     */
    public static String describe() {
        Runtime rt = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format("machine: %d cores, max heap %d MiB, %s %s on %s %s, load average %s",
                rt.availableProcessors(), rt.maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.1f", load));
    }

    /** CPU time of the whole process (all threads, GC and JIT included), in nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the calling thread, in nanoseconds. */
    public static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
