package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.LeaderboardSummary;
import org.scalingworkbench.app.compare.SweepComparison;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * The summary across curves under the window's leaderboard is the one {@code compare --group-by}
 * prints for the same choices: same laws, counts, means, medians, wins, ranks and law-against-law
 * tallies, on four curves of known power laws and a single-point curve the fit refuses.
 */
class CurveSummaryBothHeadsTest {

    @TempDir
    Path dir;

    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
    private ImportedSweep sweep;

    @BeforeEach
    void showTheSweepWithThreeLawsTicked() throws Exception {
        sweep = new SweepImporter().importFile(ManyCurvesCsv.write(dir.resolve("curves.csv")));
        fits.show(sweep);
        fits.laws().forEach(c -> c.selectedProperty().set(java.util.Set.of("pl", "plc", "m3").contains(c.law().id())));
        fits.curveKey().setAll("Task", "Model");
    }

    @Test
    void theWindowsSummaryEqualsTheCompareUseCasesForTheSameRequest() {
        fits.fit();
        LeaderboardSummary window = fits.curveSummary();
        LeaderboardSummary cli = SweepComparison.standard().compare(fits.currentRequest(), sweep.sweep(), TaskContext.none())
                .summary();
        assertThat(window).isNotNull();
        assertThat(window.curves()).isEqualTo(5);
        assertThat(window.laws()).isEqualTo(cli.laws());
        assertThat(window.pairs()).isEqualTo(cli.pairs());
        assertThat(window.measure()).isEqualTo(cli.measure());
        assertThat(window.law("plc").orElseThrow().refused()).as("the single-point curve").isEqualTo(1);
    }

    @Test
    void withoutACurveKeyThereIsNoSummary() {
        fits.curveKey().clear();
        fits.fit();
        assertThat(fits.curveSummary()).isNull();
    }
}
