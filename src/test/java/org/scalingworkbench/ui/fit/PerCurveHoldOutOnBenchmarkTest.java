package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * On the Alabdulmohsin et al. language benchmark (20 curves of 10 to 476 points, by Domain, Task
 * and Model), the window's default cut-off holds out every point of 15 curves, so only 5 can be
 * fitted; the per-curve default chosen with the curve key (each curve's last 2 points, the
 * smallest curve having 10) fits all 20.
 */
class PerCurveHoldOutOnBenchmarkTest {

    private static final Path FILE = Path.of("../shared/data/nslpfn/benchmark.lang.csv");

    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);

    @BeforeEach
    void showTheBenchmarkByItsCurveColumns() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "the shared data (" + FILE + ") is absent; skipping");
        fits.show(new SweepImporter().importFile(FILE));
        fits.xColumnProperty().set("Seen Examples");
        fits.yColumnProperty().set("Loss");
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        fits.curveKey().setAll("Domain", "Task", "Model");
    }

    @Test
    void theDefaultHoldsOutEachCurvesLastTwoPointsAndFitsEveryCurve() {
        assertThat(fits.currentRequest().holdOut()).isEqualTo(new HoldOutSplit.LastPoints(2));
        fits.fit();
        assertThat(fits.curves()).hasSize(20).allMatch(CurveRow::fitted);
    }

    @Test
    void theSingleCutOffLeavesFifteenCurvesWithNothingToFit() {
        fits.holdOut().formProperty().set(HoldOutChoice.Form.CUT_OFF);
        fits.fit();
        assertThat(fits.curves()).hasSize(20);
        assertThat(fits.curves().stream().filter(r -> !r.fitted())).hasSize(15);
    }
}
