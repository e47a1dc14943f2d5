package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frontier --approach isoflop} on a ladder whose FLOPs column differs by up to ±5% within a
 * nominal budget (5 budgets 1e18 to 1e20, 7 sizes each, Chinchilla loss of Hoffmann et al.).
 */
class FrontierBudgetToleranceTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void budgetsAreFoundAsClustersInLogComputeAndSaidSo() throws IOException {
        int code = cli.run("frontier", ladder().toString(), "--approach", "isoflop");
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("5 of 5 budgets used (35 points)", "5 budgets from 35 runs: clusters in log C");
    }

    @Test
    void aGivenToleranceOverridesTheClusters() throws IOException {
        int code = cli.run("frontier", ladder().toString(), "--approach", "isoflop", "--budget-tolerance", "0.001");
        assertThat(cli.out() + cli.err()).contains("within 0.1% of each budget's smallest C");
        assertThat(code).isNotZero();
    }

    private Path ladder() throws IOException {
        SplittableRandom rng = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("N,D,FLOPs,loss\n");
        for (double budget : new double[] {1e18, 3e18, 1e19, 3e19, 1e20}) {
            double nOpt = 0.6 * Math.pow(budget / 6, 0.5);
            for (int s = 0; s < 7; s++) {
                double n = nOpt * Math.pow(10, (s - 3) / 4.0);
                double d = budget / (6 * n);
                double loss = 1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28);
                double flops = budget * (1 + 0.05 * (2 * rng.nextDouble() - 1));
                csv.append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,%.6f%n", n, d, flops, loss));
            }
        }
        return Files.writeString(dir.resolve("ladder.csv"), csv);
    }
}
