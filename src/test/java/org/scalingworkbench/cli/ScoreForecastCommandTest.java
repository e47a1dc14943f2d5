package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.fit.laws.PowerLaw;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;
import org.scalingworkbench.fit.laws.SigmoidScoreLaw;

/**
 * {@code forecast} on rising scores and with {@code --at}: the metric's direction stated, the
 * sigmoid fitted by default, a score's read-offs in fractions (never nats), y at any x against the
 * law the data were simulated from, and every read-off printed with the fit's warnings.
 */
class ScoreForecastCommandTest {

    /** Accuracy: floor 0.25, ceiling 0.85, k 0.9, midpoint at C = 1e21. */
    private static final double[] SCORE = {0.25, 0.85, 0.9, Math.log(1e21)};

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private Path accuracy(double noise) throws IOException {
        SigmoidScoreLaw law = new SigmoidScoreLaw();
        Random rng = new Random(5);
        StringBuilder csv = new StringBuilder("model,FLOPs,acc\n");
        for (int i = 0; i < 20; i++) {
            double c = Math.pow(10, 18 + 6.0 * i / 19);
            csv.append("m").append(i).append(',').append(c).append(',')
                    .append(law.valueAt(c, SCORE) * Math.exp(noise * rng.nextGaussian())).append('\n');
        }
        return Files.writeString(dir.resolve("acc.csv"), csv);
    }

    @Test
    void aScoreIsForecastWithTheSigmoidAndReadOffAsAFractionNeverInNats() throws IOException {
        assertThat(cli.run("forecast", accuracy(0.005).toString(), "--x", "FLOPs", "--at", "1e21,1e23", "--target-score", "0.7",
                "--bootstrap", "40")).isZero();
        String text = cli.out();
        assertThat(text).contains("sig fit of acc on FLOPs");
        assertThat(text).contains("metric 'acc' rises with FLOPs (from its name): score laws offered");
        assertThat(text).doesNotContain("nats").doesNotContain("bits").doesNotContain("irreducible");
        assertThat(number(text, "limit as FLOPs grows, ceil \\(fraction\\):")).isCloseTo(0.85, within(0.02));
        assertThat(number(text, "acc at FLOPs = 1.0000e\\+21 \\(fraction\\):")).isCloseTo(0.55, within(0.01));
        // 0.25 + 0.6 s = 0.7 at s = 0.75: ln C = m + ln 3 / 0.9
        double needed = Math.exp(Math.log(1e21) + Math.log(3) / 0.9);
        assertThat(number(text, "FLOPs needed for 0.7:") / needed).isCloseTo(1.0, within(0.15));
    }

    @Test
    void aTargetAboveTheCeilingIsNeverReached() throws IOException {
        assertThat(cli.run("forecast", accuracy(0).toString(), "--x", "FLOPs", "--target-score", "0.95")).isZero();
        assertThat(cli.out()).containsPattern("FLOPs needed for 0.95: +never \\(infinite\\)");
    }

    @Test
    void theDirectionOptionTurnsAScoreIntoALoss() throws IOException {
        assertThat(cli.run("forecast", accuracy(0).toString(), "--x", "FLOPs", "--direction", "falling", "--law", "pl")).isZero();
        assertThat(cli.out()).contains("metric 'acc' falls with FLOPs (as asked): loss laws offered");
    }

    @Test
    void yAtAnyXMatchesTheLawTheDataWereSimulatedFrom() throws IOException {
        PowerLawPlusConstant law = new PowerLawPlusConstant();
        double[] p = {2.0, 1e5, 0.4};
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 20; i++) {
            double x = Math.pow(10, 6 + 4.0 * i / 19);
            csv.append(x).append(',').append(law.valueAt(x, p)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("loss.csv"), csv);
        assertThat(cli.run("forecast", file.toString(), "--law", "plc", "--at", "1e12", "--at", "1e15")).isZero();
        String text = cli.out();
        assertThat(number(text, "loss at params = 1.0000e\\+12 \\(nats\\):")).isCloseTo(law.valueAt(1e12, p), within(1e-4));
        assertThat(number(text, "loss at params = 1.0000e\\+15 \\(nats\\):")).isCloseTo(law.valueAt(1e15, p), within(1e-4));
    }

    @Test
    void readOffsCarryTheWarningThatLInfinityEndedOnItsBound() throws IOException {
        PowerLaw pure = new PowerLaw();
        Random rng = new Random(3);
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 20; i++) {
            double x = Math.pow(10, 6 + 4.0 * i / 19);
            csv.append(x).append(',').append(pure.valueAt(x, new double[] {50, 0.3}) * Math.exp(0.01 * rng.nextGaussian()))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("pure.csv"), csv);
        assertThat(cli.run("forecast", file.toString(), "--law", "plc", "--at", "1e12", "--bootstrap", "20")).isZero();
        String text = cli.out();
        assertThat(text).contains("warning: Linf ended on its lower bound");
        assertThat(text.indexOf("warning: Linf ended")).isLessThan(text.indexOf("irreducible loss Linf (nats)"));
    }

    @Test
    void aBadAtValueIsRefusedByName() throws IOException {
        assertThat(cli.run("forecast", accuracy(0).toString(), "--x", "FLOPs", "--at", "-5")).isNotZero();
        assertThat(cli.err()).contains("--at takes positive x values, got -5.0");
    }

    private static double number(String text, String label) {
        Matcher m = Pattern.compile(label + " +(\\S+)").matcher(text);
        assertThat(m.find()).as("'%s' in%n%s", label, text).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
