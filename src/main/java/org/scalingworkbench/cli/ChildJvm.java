package org.scalingworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark's child JVM: this CLI on the same class path and Java, started with the given JVM
 * flags, whose whole-process figures a parent reads. The child prints one line starting with
 * {@code child } with {@code key=value} figures (such as {@code vmhwm_kib}, its peak resident size).
 *
 * @param output       everything the child printed (standard output and error)
 * @param exitCode     its exit code
 * @param wholeSeconds wall time from start to exit, JVM start included
 */
record ChildJvm(String output, int exitCode, double wholeSeconds) {

    /** Runs {@code scaling-workbench ARGS} in a child JVM with {@code jvmFlags}. */
    static ChildJvm run(List<String> jvmFlags, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScalingWorkbenchCommand.class.getName()));
        command.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new ChildJvm(output, code, (System.nanoTime() - t0) / 1e9);
    }

    /** The child's figures line, if it printed one. */
    Optional<String> figures() {
        return output.lines().filter(l -> l.startsWith("child ")).findFirst();
    }

    /** A figure of the figures line as text ({@code wall_s}, {@code vmhwm_kib}, ...). */
    static String figure(String line, String key) {
        return line.replaceAll(".*\\b" + key + "=(-?[0-9.]+).*", "$1");
    }

    /** The peak resident size the figures line gives, as text in MiB, or "unknown". */
    static String peakResident(String line) {
        long kib = Long.parseLong(figure(line, "vmhwm_kib"));
        return kib < 0 ? "unknown" : (kib >> 10) + " MiB";
    }
}
