package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * The window with a curve key ("curves by Task, Model") on a sweep of four curves of known
 * power laws and one single-point curve: every curve is fitted through the fit use case, the one
 * chosen is shown and highlighted, the cut-off drag re-ranks every curve warm.
 */
class ManyCurvesWindowTest {

    @TempDir
    Path dir;

    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
    private ImportedSweep sweep;

    @BeforeEach
    void showTheSweepWithPlcTicked() throws Exception {
        sweep = new SweepImporter().importFile(ManyCurvesCsv.write(dir.resolve("curves.csv")));
        fits.show(sweep);
        fits.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc") || c.law().id().equals("pl")));
    }

    @Test
    void curvesByOffersTheTextColumnsAndNoCurveKeyIsPickedAtFirst() {
        assertThat(fits.curveKeyColumns()).containsExactly("Task", "Model");
        assertThat(fits.curveKey()).isEmpty();
        assertThat(fits.currentRequest().data().curveKey()).isEmpty();
    }

    @Test
    void theCurveKeyPickedIsTheRequestsCurveKey() {
        fits.curveKey().setAll("Task", "Model");
        assertThat(fits.currentRequest().data().curveKey()).containsExactly("Task", "Model");
    }

    @Test
    void chooserListsEveryCurveAndTheSinglePointCurveAsNotFitted() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        List<String> names = fits.curves().stream().map(CurveRow::name).toList();
        assertThat(names).containsExactlyElementsOf(
                java.util.stream.Stream.concat(ManyCurvesCsv.LAWS.stream().map(ManyCurvesCsv.Law::name), java.util.stream.Stream.of(
                        ManyCurvesCsv.SINGLE)).toList());
        CurveRow single = fits.curves().get(4);
        assertThat(single.fitted()).isFalse();
        assertThat(single.points()).isEqualTo(1);
        assertThat(single.reason()).isNotBlank();
        assertThat(single.outcome()).startsWith("not fitted: ");
        assertThat(fits.curves().subList(0, 4)).allMatch(CurveRow::fitted);
        assertThat(fits.messageProperty().get()).isEqualTo("5 curves: 4 fitted, 1 not fitted");
    }

    @Test
    void eachCurvesFitRecoversItsOwnLawAndEqualsTheFitUseCasesNumberForTheSameRequest() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        FitOutcome cli = SweepFitting.standard().fit(fits.currentRequest(), sweep.sweep(), TaskContext.none());
        for (int i = 0; i < ManyCurvesCsv.LAWS.size(); i++) {
            ManyCurvesCsv.Law law = ManyCurvesCsv.LAWS.get(i);
            fits.chosenCurveProperty().set(fits.curves().get(i));
            FitResult window = fits.ranking().stream().filter(e -> e.lawId().equals("plc")).findFirst().orElseThrow().fit();
            CurveFit same = cli.curves().stream().filter(c -> c.curve().name().equals(law.name())).findFirst().orElseThrow();
            FitResult useCase = same.entry("plc").orElseThrow().fit();
            for (String p : List.of("Linf", "x0", "alpha")) {
                assertThat(window.value(p)).as(law.name() + " " + p).isEqualTo(useCase.value(p));
            }
            assertThat(window.value("alpha")).as(law.name()).isCloseTo(law.alpha(), within(1e-3));
            assertThat(window.value("Linf")).as(law.name()).isCloseTo(law.e(), within(1e-3));
            assertThat(chart.fitProperty().get().curve().name()).isEqualTo(law.name());
        }
    }

    @Test
    void theChosenCurvesPointsAreDrawnStrongAndTheOthersDimmed() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        fits.chosenCurveProperty().set(fits.curves().get(1));
        List<PointSeries> series = chart.specProperty().get().points();
        int strong = series.stream().filter(s -> !s.state().dimmed()).mapToInt(PointSeries::size).sum();
        int dimmed = series.stream().filter(s -> s.state() == PointState.OTHER_CURVE).mapToInt(PointSeries::size).sum();
        assertThat(strong).isEqualTo(ManyCurvesCsv.SIZES);
        assertThat(dimmed).isEqualTo(3 * ManyCurvesCsv.SIZES + 1);
        assertThat(chart.specProperty().get().curves()).isNotEmpty();
    }

    @Test
    void choosingTheCurveThatWasNotFittedClearsTheBoardAndKeepsTheOthersFits() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        fits.chosenCurveProperty().set(fits.curves().get(4));
        assertThat(fits.ranking()).isEmpty();
        assertThat(chart.specProperty().get().curves()).isEmpty();
        fits.chosenCurveProperty().set(fits.curves().get(0));
        assertThat(fits.ranking()).isNotEmpty();
    }

    @Test
    void draggingTheCutOffReRanksEveryCurveWarmAndLettingGoRefitsThemCold() {
        fits.curveKey().setAll("Task", "Model");
        fits.holdOut().formProperty().set(HoldOutChoice.Form.CUT_OFF); // a curve key chooses each curve's last points
        fits.fit();
        double cut = chart.cutOffProperty().get();
        List<Integer> heldBefore = fits.curves().subList(0, 4).stream().map(r -> r.fit().board().heldOutPoints()).toList();
        fits.dragCutOff(cut / 3);
        for (int i = 0; i < 4; i++) {
            CurveRow row = fits.curves().get(i);
            assertThat(row.fit().board().entries()).as(row.name()).allMatch(LeaderboardEntry::warmStarted);
            assertThat(row.fit().board().heldOutPoints()).as(row.name()).isGreaterThan(heldBefore.get(i));
        }
        fits.endDrag(cut / 3);
        for (CurveRow row : fits.curves().subList(0, 4)) {
            assertThat(row.fit().board().entries()).as(row.name()).noneMatch(LeaderboardEntry::warmStarted);
        }
        assertThat(fits.curves()).hasSize(5);
    }

    @Test
    void changingTheCurveKeyDropsTheFitsOfTheOldCurves() {
        fits.curveKey().setAll("Task", "Model");
        fits.fit();
        fits.curveKey().setAll("Task");
        assertThat(fits.curves()).isEmpty();
        assertThat(chart.boardProperty().get()).isNull();
        fits.fit();
        assertThat(fits.curves()).extracting(CurveRow::name).containsExactly("Task = arc", "Task = mmlu", "Task = tiny");
    }
}
