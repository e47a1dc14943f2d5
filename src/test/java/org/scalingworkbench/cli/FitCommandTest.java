package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.fit.laws.ChinchillaLaw;

class FitCommandTest {

    private static final double[] TRUTH = {1.8, 400, 2000, 0.34, 0.36};

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    /** 60 noiseless Chinchilla runs: params, tokens, loss. */
    private Path chinchillaFile() throws IOException {
        ChinchillaLaw law = new ChinchillaLaw();
        Random rng = new Random(4);
        StringBuilder csv = new StringBuilder("params,tokens,loss\n");
        for (int i = 0; i < 60; i++) {
            double n = Math.exp(18 + 5 * rng.nextDouble());
            double d = n * Math.exp(1 + 4 * rng.nextDouble());
            csv.append(n).append(',').append(d).append(',').append(law.value(new double[] {n, d}, TRUTH)).append('\n');
        }
        Path file = dir.resolve("chinchilla.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void printsParameterTableWithIntervalsAndWarnings() throws IOException {
        int code = cli.run("fit", chinchillaFile().toString(), "--law", "chinchilla", "--y", "loss", "--x", "N,D",
                "--objective", "huber", "--bootstrap", "50", "--seed", "3");
        assertThat(code).isZero();
        String text = cli.out();
        assertThat(text).contains("chinchilla.csv: chinchilla fit of loss on params, tokens, 60 rows");
        assertThat(text).contains("objective: sum of Huber(delta=0.001) on ln residuals");
        assertThat(text).containsPattern("alpha +0\\.340000 +[0-9.e-]+ +\\(0\\.34");
        assertThat(text).contains("95% bootstrap interval (50 resamples, 0 failed)");
        assertThat(text).contains("warnings: none");
    }

    @Test
    void jsonCarriesTheSameParameters() throws IOException {
        assertThat(cli.run("fit", chinchillaFile().toString(), "--law", "chinchilla", "--objective", "huber", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("holdOut").get("fitted").asInt()).isEqualTo(60);
        JsonNode law = root.get("laws").get(0);
        assertThat(law.get("law").asText()).isEqualTo("chinchilla");
        JsonNode beta = law.get("parameters").get(4);
        assertThat(beta.get("name").asText()).isEqualTo("beta");
        assertThat(beta.get("value").asDouble()).isCloseTo(0.36, within(1e-6));
    }

    @Test
    void unknownLawGivesOneLineAndExitCodeOne() throws IOException {
        assertThat(cli.run("fit", chinchillaFile().toString(), "--law", "nope")).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("scaling-workbench fit: unknown law 'nope'; known laws: ").contains("chinchilla");
    }

    @Test
    void customFormulaRecoversTheChinchillaParametersFromItsStart() throws IOException {
        int code = cli.run("fit", chinchillaFile().toString(), "--formula", "E + A/N^alpha + B/D^beta", "--json",
                "--start", "E=2", "--start", "A=300", "--start", "B=1000", "--start", "alpha=0.3", "--start", "beta=0.3");
        assertThat(code).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        String text = json.toString();
        assertThat(text).contains("\"custom\"");
        double[] fitted = new double[5];
        String[] names = {"E", "A", "B", "alpha", "beta"};
        for (JsonNode p : json.findValue("parameters")) {
            for (int j = 0; j < 5; j++) {
                if (p.get("name").asText().equals(names[j])) {
                    fitted[j] = p.get("value").asDouble();
                }
            }
        }
        for (int j = 0; j < 5; j++) {
            assertThat(fitted[j]).as(names[j]).isCloseTo(TRUTH[j], within(1e-6 * TRUTH[j]));
        }
    }

    @Test
    void brokenFormulaGivesOneLineWithTheColumn() throws IOException {
        int code = cli.run("fit", chinchillaFile().toString(), "--formula", "E + lg(N)");
        assertThat(code).isEqualTo(1);
        assertThat(cli.err().trim()).isEqualTo("scaling-workbench fit: --formula: unknown function \"lg\" at column 5");
    }

    @Test
    void lawAndFormulaTogetherAreRefused() throws IOException {
        assertThat(cli.run("fit", chinchillaFile().toString(), "--law", "pl", "--formula", "a*x^b")).isEqualTo(1);
        assertThat(cli.err()).contains("give either --law ID or --formula TEXT");
    }
}
