package org.scalingworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.LawCatalog;

class CurvesBenchTest {

    @Test
    void everyRowLiesWithinTheNoiseOfItsCurvesGeneratingLaw(@TempDir Path dir) throws IOException {
        List<CurvesBench.Truth> truths = CurvesBench.truths(6, 3);
        Path file = dir.resolve("curves.csv");
        CurvesBench.write(file, truths, 12, 3);
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1 + 6 * 12);
        assertThat(rows.get(0)).isEqualTo("Model,examples,loss");
        for (int r = 1; r < rows.size(); r++) {
            String[] cells = rows.get(r).split(",");
            CurvesBench.Truth truth = truths.get((r - 1) / 12);
            ScalingLaw law = LawCatalog.builtIn().get(truth.law());
            double expected = law.value(new double[] {Double.parseDouble(cells[1])}, truth.parameters());
            assertThat(cells[0]).isEqualTo(truth.model());
            // 1% log-normal noise: 5 sigma is a 5% band
            assertThat(Math.abs(Math.log(Double.parseDouble(cells[2]) / expected))).isLessThan(0.05);
        }
        assertThat(truths).extracting(CurvesBench.Truth::law).containsExactly("plc", "bnsl1", "plc", "bnsl1", "plc", "bnsl1");
    }

    @Test
    void eachCurveGetsItsOwnLeaderboardOfTheFiveLawsScoredOnItsLastPoints(@TempDir Path dir) throws IOException {
        List<CurvesBench.Truth> truths = CurvesBench.truths(4, 11);
        Path file = dir.resolve("curves.csv");
        CurvesBench.write(file, truths, 30, 11);
        CurvesBench.Result result = CurvesBench.run(file, "top:5");
        List<Leaderboard> boards = result.report().leaderboards();
        assertThat(boards).hasSize(4);
        assertThat(boards).allSatisfy(b -> {
            assertThat(b.trainPoints()).isEqualTo(25);
            assertThat(b.heldOutPoints()).isEqualTo(5);
            assertThat(b.entries()).extracting(e -> e.lawId()).containsExactlyInAnyOrderElementsOf(CurvesBench.LAWS);
        });
        assertThat(result.summary().stream().mapToInt(CurvesBench.LawSummary::wins).sum()).isEqualTo(4);
        // a law of the generating family fits its own curve to about the noise (1%) on held-out points
        assertThat(result.summary().stream().filter(s -> s.lawId().equals("bnsl1")).findFirst().orElseThrow().medianRmsle())
                .isLessThan(0.05);
        assertThat(result.timed().cpuSeconds()).isPositive();
    }
}
