package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * The window's per-curve hold-outs and its "all curves" view, on four curves of 12 points each
 * (sizes 1e6..2e9, log-spaced) and a single-point curve: with a curve key the hold-out becomes
 * each curve's last K points, K a quarter of the smallest curve; {@code upto:50%} holds out each
 * curve's 2 points above 1e9; the chart draws the points each curve holds out, without a cut-off line.
 */
class PerCurveHoldOutWindowTest {

    @TempDir
    Path dir;

    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);

    @BeforeEach
    void showTheSweepWithPlAndPlcTicked() throws Exception {
        ImportedSweep sweep = new SweepImporter().importFile(ManyCurvesCsv.write(dir.resolve("curves.csv")));
        fits.show(sweep);
        fits.laws().forEach(c -> c.selectedProperty().set(Set.of("pl", "plc").contains(c.law().id())));
    }

    @Test
    void withoutACurveKeyTheCutOffHoldsOut() {
        assertThat(fits.holdOut().formProperty().get()).isEqualTo(HoldOutChoice.Form.CUT_OFF);
        assertThat(fits.currentRequest().holdOut()).isInstanceOf(HoldOutSplit.CutOff.class);
    }

    @Test
    void aCurveKeyChoosesEachCurvesLastQuarterOfTheSmallestCurve() {
        fits.curveKey().setAll("Task", "Model");
        assertThat(fits.holdOut().formProperty().get()).isEqualTo(HoldOutChoice.Form.LAST_POINTS);
        assertThat(fits.currentRequest().holdOut()).isEqualTo(new HoldOutSplit.LastPoints(3));
        fits.curveKey().clear();
        assertThat(fits.holdOut().formProperty().get()).isEqualTo(HoldOutChoice.Form.CUT_OFF);
    }

    @Test
    void everyCurveIsFittedOnAllButItsLastThreePoints() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        List<CurveRow> fitted = fits.curves().stream().filter(CurveRow::fitted).toList();
        assertThat(fitted).hasSize(4);
        for (CurveRow row : fitted) {
            assertThat(row.fit().board().heldOutPoints()).as(row.name()).isEqualTo(3);
            assertThat(row.fit().board().trainPoints()).as(row.name()).isEqualTo(ManyCurvesCsv.SIZES - 3);
        }
    }

    @Test
    void beforeAFitTheChartShowsEachCurvesHeldOutPointsAndNoCutOffLine() {
        fits.curveKey().setAll("Task", "Model");
        ScalingPlotSpec spec = chart.specProperty().get();
        assertThat(points(spec, PointState.HELD_OUT)).as("3 of each 12-point curve; the single point stays").isEqualTo(4 * 3);
        assertThat(spec.cutOff()).isNaN();
        assertThat(chart.shownCutOff()).isNaN();
    }

    @Test
    void uptoFiftyPercentHoldsOutEachCurvesPointsAboveHalfItsLargestXAndRefitsWhatIsShown() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        fits.holdOut().percentProperty().set(50);
        fits.holdOut().formProperty().set(HoldOutChoice.Form.UP_TO);
        assertThat(fits.currentRequest().holdOut()).isEqualTo(new HoldOutSplit.UpTo(50));
        for (CurveRow row : fits.curves().subList(0, 4)) {
            assertThat(row.fit().board().heldOutPoints()).as(row.name() + ": x of 1.0e9..2e9 only").isEqualTo(2);
            assertThat(row.fit().board().split()).isEqualTo("upto:50%");
        }
        assertThat(points(chart.specProperty().get(), PointState.HELD_OUT)).as("the chosen curve's").isEqualTo(2);
    }

    @Test
    void theDefaultKeepsFivePointsToFitInTheSmallestCurve() {
        assertThat(HoldOutChoice.defaultLast(List.of(12, 12, 1))).isEqualTo(3);
        assertThat(HoldOutChoice.defaultLast(List.of(10, 43, 476))).isEqualTo(2);
        assertThat(HoldOutChoice.defaultLast(List.of(7, 40))).isEqualTo(1);
        assertThat(HoldOutChoice.defaultLast(List.of(400, 500))).isEqualTo(HoldOutChoice.MOST_BY_DEFAULT);
    }

    @Test
    void theAllCurvesViewDrawsEveryCurveWithItsOwnFitAndTheChosenViewOneFit() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        List<CurveSpec> chosen = chart.specProperty().get().curves();
        assertThat(chosen).hasSize(2);
        chart.allCurvesProperty().set(true);
        ScalingPlotSpec all = chart.specProperty().get();
        assertThat(all.curves()).as("pl and plc on each of the four fitted curves").hasSize(8);
        assertThat(all.curves().stream().map(CurveSpec::group).distinct()).hasSize(4);
        assertThat(all.points()).noneMatch(s -> s.state() == PointState.OTHER_CURVE);
        assertThat(all.points().stream().mapToInt(PointSeries::size).sum()).isEqualTo(4 * ManyCurvesCsv.SIZES + 1);
        assertThat(all.key().order()).hasSize(5);
        chart.allCurvesProperty().set(false);
        assertThat(chart.specProperty().get().curves()).hasSize(2);
    }

    @Test
    void choosingACurveThatWasNotFittedKeepsTheAllCurvesView() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        fits.chosenCurveProperty().set(fits.curves().get(4));
        chart.allCurvesProperty().set(true);
        assertThat(chart.specProperty().get().curves()).hasSize(8);
    }

    private static int points(ScalingPlotSpec spec, PointState state) {
        return spec.points().stream().filter(s -> s.state() == state).mapToInt(PointSeries::size).sum();
    }
}
