package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

class ForecastCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    /** y = 2.0 + (1e5/x)^0.4 at 20 sizes from 1e6 to 1e10, with 0.2% noise when asked. */
    private Path curve(double noise) throws IOException {
        PowerLawPlusConstant law = new PowerLawPlusConstant();
        Random rng = new Random(11);
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 20; i++) {
            double x = Math.pow(10, 6 + 4.0 * i / 19);
            csv.append(x).append(',').append(law.valueAt(x, new double[] {2.0, 1e5, 0.4}) * Math.exp(noise * rng.nextGaussian()))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("curve.csv"), csv);
    }

    @Test
    void printsTheClosedFormScaleAndLInfinityInNatsAndBits() throws IOException {
        assertThat(cli.run("forecast", curve(0).toString(), "--law", "plc", "--target-reducible", "0.01")).isZero();
        String text = cli.out();
        // x = x0 * 0.01^(-1/0.4) = 1e5 * 1e5 = 1e10; Linf = 2 nats = 2.8854 bits
        assertThat(text).contains("curve.csv: plc fit of loss on params, 20 rows");
        assertThat(text).containsPattern("params needed for reducible loss 0.01: +1.0000e\\+10\n");
        assertThat(text).containsPattern("irreducible loss Linf \\(nats\\): +2.0000\n");
        assertThat(text).containsPattern("irreducible loss Linf \\(bits\\): +2.8854\n");
        assertThat(text).containsPattern("reducible loss at largest params = 1.0000e\\+10: +0.010000\n");
    }

    @Test
    void bootstrapAddsIntervalsAndAnUnreachableTargetSaysNever() throws IOException {
        assertThat(cli.run("forecast", curve(0.002).toString(), "--law", "plc", "--target-loss", "1.5", "--bootstrap", "100",
                "--seed", "3")).isZero();
        String text = cli.out();
        assertThat(text).contains("intervals: 95% bootstrap percentile, 100 resamples (0 failed), seed 3");
        assertThat(text).containsPattern("params needed for loss 1.5: +never \\(infinite\\)");
        assertThat(text).containsPattern("irreducible loss Linf \\(nats\\): +(1\\.99|2\\.00)[0-9]* +\\(1\\.9[0-9]*, 2\\.0[0-9]*\\)");
    }

    @Test
    void twoTargetsAreRefusedAndBadLawIsOneLine() throws IOException {
        Path file = curve(0);
        assertThat(cli.run("forecast", file.toString(), "--law", "plc", "--target-loss", "2.1", "--target-score", "0.5"))
                .isEqualTo(2);
        assertThat(cli.run("forecast", file.toString(), "--law", "chinchilla", "--target-loss", "2.1")).isEqualTo(1);
        assertThat(cli.err()).contains("scaling-workbench forecast: forecast needs a law of one variable; chinchilla takes [N, D]");
    }

    @Test
    void linfOnItsBoundIsWarnedAboutNextToTheForecast() throws IOException {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 20; i++) {
            double x = Math.pow(10, 6 + 4.0 * i / 19);
            csv.append(x).append(',').append(40 * Math.pow(x, -0.3)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("pure.csv"), csv);
        assertThat(cli.run("forecast", file.toString(), "--law", "plc", "--target-loss", "1.0")).as(cli.err()).isZero();
        // a pure power law: plc's L∞ goes to 0, its lower bound, and the forecast must say so
        assertThat(cli.out()).contains("  warning: Linf ended on its lower bound")
                .containsPattern("irreducible loss Linf \\(nats\\): +0.0000\n");
    }
}
