package org.scalingworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.compare.SimulatedPowerLawSweep;

/** {@code compare} over many curves prints, and writes as JSON, the summary across curves. */
class CompareSummaryCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    private Path sweep(int curves) throws IOException {
        return Files.writeString(dir.resolve("sweep.csv"), SimulatedPowerLawSweep.csv(curves, 0.003, 14));
    }

    @Test
    void manyCurvesEndWithTheSummaryAndTheTrueLawAgainstThePowerLaw() throws IOException {
        assertThat(cli.run("compare", sweep(20).toString(), "--laws", "pl,plc", "--holdout", "top:4", "--group-by", "curve",
                "--x", "tokens", "--y", "loss")).as(cli.err()).isZero();
        String text = cli.out();
        assertThat(text).contains("curve = c19: hold-out top:4, 12 fitted, 4 held out");
        assertThat(text).contains("Summary across 20 curves, ranked by held-out RMSLE (ln):");
        assertThat(text).containsPattern("\n  plc +20 +0 +0 +0  +[0-9.e-]+ +[0-9.e-]+ +(1[89]|20) +1\\.[01][0-9]\n");
        assertThat(text).containsPattern("\n  plc beats pl on (1[89]|20) of 20 curves, p = [0-9.e-]+\n");
        assertThat(text).doesNotContain("not ranked");
    }

    @Test
    void jsonCarriesTheSummaryOfManyCurves() throws IOException {
        assertThat(cli.run("compare", sweep(6).toString(), "--laws", "pl,plc", "--holdout", "top:4", "--group-by", "curve",
                "--x", "tokens", "--y", "loss", "--json")).as(cli.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.has("refused")).as("no curve was refused").isFalse();
        JsonNode summary = root.get("summary");
        assertThat(summary.get("measure").asText()).isEqualTo("HELD_OUT_RMSLE");
        assertThat(summary.get("curves").asInt()).isEqualTo(6);
        JsonNode plc = summary.get("laws").get(0);
        assertThat(plc.get("law").asText()).isEqualTo("plc");
        assertThat(plc.get("scored").asInt() + plc.get("failed").asInt() + plc.get("refused").asInt()).isEqualTo(6);
        JsonNode pair = summary.get("pairwise").get(0);
        assertThat(pair.get("law").asText()).isEqualTo("plc");
        assertThat(pair.get("other").asText()).isEqualTo("pl");
        int wins = pair.get("wins").asInt();
        int decided = wins + pair.get("losses").asInt();
        assertThat(decided + pair.get("ties").asInt()).isEqualTo(6);
        // with 0.3 % noise the true law wins every curve: 6 of 6 gives 2/64
        assertThat(wins).isEqualTo(6);
        assertThat(pair.get("pValue").asDouble()).isEqualTo(2.0 / 64);
    }

    @Test
    void oneCurveKeepsItsSingleLeaderboardInTextAndJson() throws IOException {
        assertThat(cli.run("compare", sweep(1).toString(), "--laws", "pl,plc", "--holdout", "top:4", "--x", "tokens",
                "--y", "loss")).as(cli.err()).isZero();
        assertThat(cli.out()).doesNotContain("Summary").doesNotContain("beats").doesNotContain("not ranked");
        CommandLineRun json = new CommandLineRun();
        assertThat(json.run("compare", sweep(1).toString(), "--laws", "pl,plc", "--holdout", "top:4", "--x", "tokens",
                "--y", "loss", "--json")).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.has("summary")).isFalse();
        assertThat(root.has("refused")).isFalse();
    }
}
