package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench size on small files: every case runs as a whole command in a child JVM and is reported. */
class BenchSizeCommandTest {

    @Test
    void everyCaseRunsInAChildJvmAndReportsTimeAndPeakMemory(@TempDir Path dir) throws Exception {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("bench", "size", "--rows", "3000", "--columns", "300", "--dir", dir.toString());
        assertThat(code).as(run.err()).isZero();
        List<String> lines = run.out().lines().filter(l -> l.contains("whole process")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("compare, five default laws, 3,000 rows").contains("peak RSS");
        assertThat(lines.get(2)).startsWith("inspect, 300 columns");
        assertThat(run.out()).doesNotContain("FAILED").doesNotContain("target");
        assertThat(Files.readAllLines(dir.resolve("curve-3000.csv"))).hasSize(3001);
    }
}
