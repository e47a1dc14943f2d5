package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published results, reproduced through the command line (skipped without ../shared/data). */
class PublishedResultsCommandTest {

    /** Held-out RMSLE of Alabdulmohsin et al.'s M4 on the five NMT curves (DESIGN.md 5). */
    private static final Map<String, Double> AUTHORS_M4 = Map.of("6 Enc, 6 Dec", 0.0205, "28 Enc, 6 Dec", 0.0181,
            "6 Enc, 28 Dec", 0.0444, "Dec-only", 0.0084, "TEnc-LSTM", 0.0126);

    private final CommandLineRun cli = new CommandLineRun();
    private Path data;

    @BeforeEach
    void sharedData() {
        data = Path.of(System.getProperty("shared.data.dir", "../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(data), "shared data folder " + data + " absent: skipping");
    }

    @Test
    void besirogluChinchillaFitGivesThePublishedFrontierThroughFitAndFrontier() {
        String file = data.resolve("analyzing-chinchilla/svg_extracted_data.csv").toString();
        assertThat(cli.run("fit", file, "--law", "chinchilla", "--y", "loss", "--objective", "huber", "--delta", "1e-3",
                "--exclude-top-loss", "5")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("240 rows").containsPattern("alpha +0\\.3473").containsPattern("beta +0\\.3671");
        assertThat(cli.run("frontier", file, "--approach", "parametric", "--y", "loss", "--objective", "huber", "--delta", "1e-3",
                "--exclude-top-loss", "5", "--budget", "5.76e23")).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("parametric +0\\.5139 .* 17\\.9[0-9] ");
    }

    @Test
    void nmtLeaderboardsBeatTheAuthorsM4ThroughCompare() throws IOException {
        assertThat(cli.run("compare", data.resolve("nslpfn/benchmark.lang.csv").toString(), "--laws", "pl,plc,m3,m4,bnsl1",
                "--holdout", "column:Training", "--where", "Domain=NMT", "--group-by", "Model", "--json")).as(cli.err()).isZero();
        JsonNode boards = new ObjectMapper().readTree(cli.out()).get("leaderboards");
        assertThat(boards).hasSize(5);
        for (JsonNode board : boards) {
            String model = board.get("curve").asText().substring("Model = ".length());
            assertThat(board.get("heldOutPoints").asInt()).as(model).isEqualTo(1);
            for (JsonNode e : board.get("entries")) {
                if (e.get("law").asText().equals("bnsl1")) {
                    assertThat(e.get("heldOut").get("rmsle").asDouble()).as(model).isLessThanOrEqualTo(AUTHORS_M4.get(model));
                }
            }
        }
    }

    @Test
    void bnslBacktestOfTheFourDigitAdditionCurveRunsThroughCompare() {
        assertThat(cli.run("compare", data.resolve("broken_neural_scaling_laws/4_digit_addition__dataset_size_x-axis.csv")
                .toString(), "--laws", "bnsl1,chinchilla", "--backtest", "2", "--target-offset", "1")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("chinchilla left out of the backtest: it is a law of several variables [N, D]")
                .containsPattern("  2 +2 +[0-9.]+ +[0-9.e-]+\n");
    }
}
