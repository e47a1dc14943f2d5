package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} prints a run-away fit as diverged, ranks it last although it extrapolates best,
 * and counts it in the summary. The run-away is the data's own law written so that it fits only
 * with A near 1.75e302: loss = 1.7 + A·1e-300·N^(-0.3) on two curves of 12 sizes each.
 */
class DivergedFitCommandTest {

    @TempDir
    Path dir;

    private Path sweep() throws IOException {
        StringBuilder csv = new StringBuilder("curve,params,loss\n");
        for (String curve : new String[] {"a", "b"}) {
            for (int i = 0; i < 12; i++) {
                double n = Math.pow(10, 6 + 4 * i / 11.0);
                double noise = curve.equals("a") ? 1 : (i % 2 == 0 ? 1.001 : 0.999);
                csv.append(String.format(Locale.ROOT, "%s,%.6e,%.10f%n", curve, n, (1.7 + Math.pow(3e7 / n, 0.3)) * noise));
            }
        }
        return Files.writeString(dir.resolve("sweep.csv"), csv.toString());
    }

    @Test
    void compareRanksTheRunAwayLastSaysWhyAndCountsItInTheSummary() throws IOException {
        CommandLineRun run = new CommandLineRun();
        int code = run.run("compare", sweep().toString(), "--group-by", "curve", "--laws", "pl", "--formula", "L + A*1e-300*x^(-a)",
                "--start", "L=1.7", "--start", "A=1.75e302", "--start", "a=0.3", "--holdout", "last:3");
        assertThat(code).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\n +1 +pl .*\\n +2 +custom .* diverged: A = 1\\.7\\de\\+302 ran off");
        assertThat(run.out()).contains("law     scored failed diverged refused");
        assertThat(run.out()).containsPattern("\\n  custom +0 +0 +2 +0 ");
    }
}
