package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.ParameterRange;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.ui.HeldTaskRunner;
import org.scalingworkbench.ui.edit.UndoHistory;

class FitViewModelTest {

    @TempDir
    Path dir;

    private ChartViewModel chart;
    private FitViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        chart = new ChartViewModel(new UndoHistory());
        model = new FitViewModel(new CurrentThreadTaskRunner(), chart);
        model.show(Synthetic.sweep(dir));
    }

    @Test
    void showingAFilePicksItsScaleAndMetricAndHoldsOutTheLargestFour() {
        assertThat(model.xColumnProperty().get()).isEqualTo("params");
        assertThat(model.yColumnProperty().get()).isEqualTo("loss");
        assertThat(chart.partition().trainSize()).isEqualTo(12);
        assertThat(chart.partition().heldOutSize()).isEqualTo(4);
    }

    @Test
    void fitRecoversThePowerLawPlusConstantAndRanksBothTickedLaws() {
        model.fit();
        assertThat(model.ranking()).extracting(e -> e.lawId()).containsExactlyInAnyOrder("plc", "bnsl1");
        ParameterRow e = model.results().stream().filter(r -> r.law().equals("plc") && r.parameter().equals("Linf")).findFirst().orElseThrow();
        assertThat(e.value()).isCloseTo(Synthetic.E, within(1e-4));
        assertThat(chart.specProperty().get().curves()).isNotEmpty();
    }

    @Test
    void bootstrapGivesEachParameterAnIntervalAroundItsValue() {
        model.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        model.bootstrapProperty().set(Resampling.of(40));
        model.fit();
        ParameterRow alpha = model.results().stream().filter(r -> r.parameter().equals("alpha")).findFirst().orElseThrow();
        assertThat(alpha.lower()).isLessThanOrEqualTo(alpha.value());
        assertThat(alpha.upper()).isGreaterThanOrEqualTo(alpha.value());
        assertThat(alpha.interval()).startsWith("[");
    }

    @Test
    void excludingAPointGreysItAndUndoRedoToggleIt() {
        int train = chart.partition().trainSize();
        chart.toggle(0);
        assertThat(chart.partition().trainSize()).isEqualTo(train - 1);
        assertThat(excludedPoints()).isEqualTo(1);
        assertThat(model.history().undoLabelProperty().get()).isEqualTo("Undo exclude line 2");
        model.history().undo();
        assertThat(excludedPoints()).isZero();
        assertThat(chart.partition().trainSize()).isEqualTo(train);
        model.history().redo();
        assertThat(excludedPoints()).isEqualTo(1);
        assertThat(chart.describe(0)).startsWith("line 2:").endsWith("(excluded)");
    }

    @Test
    void brokenFormulaIsReportedWithItsColumnAndAFixedOneClearsIt() {
        model.formulaProperty().set("E + A * x^(-a");
        assertThat(model.formulaErrorProperty().get()).startsWith("Column ");
        model.formulaProperty().set("E + A * x^(-a)");
        assertThat(model.formulaErrorProperty().get()).isEmpty();
    }

    @Test
    void draggingTheCutOffReRanksWarmAndTheDragEndRefitsCold() {
        model.fit();
        model.dragCutOff(1e8);
        Leaderboard warm = chart.boardProperty().get();
        assertThat(warm.heldOutPoints()).isEqualTo(9);
        assertThat(warm.entries()).allMatch(e -> e.warmStarted());
        model.endDrag(1e8);
        assertThat(chart.boardProperty().get().entries()).noneMatch(e -> e.warmStarted());
    }

    @Test
    void cutOffDragKeepsOneComputationInFlightAndTheLatestCutOffWins() throws Exception {
        HeldTaskRunner queue = new HeldTaskRunner();
        ChartViewModel c = new ChartViewModel(new UndoHistory());
        FitViewModel m = new FitViewModel(queue, c);
        m.show(Synthetic.sweep(dir));
        m.fit();
        queue.runNext();
        m.dragCutOff(3e9);
        m.dragCutOff(1e9);
        m.dragCutOff(2e8);
        assertThat(queue.pending()).isEqualTo(1);
        queue.runNext();
        assertThat(queue.pending()).isEqualTo(1);
        queue.runNext();
        assertThat(queue.pending()).isZero();
        assertThat(c.boardProperty().get().heldOutPoints()).isEqualTo(8);
    }

    @Test
    void excludingAPointAfterAFitReRanksOnTheRemainingPoints() {
        model.fit();
        chart.toggle(0);
        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(11);
        model.history().undo();
        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(12);
    }

    @Test
    void aCutOffMoveIsOneUndoableEditThatRefitsWhereItWas() {
        model.fit();
        double before = chart.cutOffProperty().get();
        model.dragCutOff(3e9);
        model.dragCutOff(1e8);
        model.endDrag(1e8);
        assertThat(chart.boardProperty().get().heldOutPoints()).isEqualTo(9);
        assertThat(model.history().undoLabelProperty().get()).isEqualTo("Undo move cut-off");
        model.history().undo();
        assertThat(chart.cutOffProperty().get()).isEqualTo(before);
        assertThat(chart.boardProperty().get().heldOutPoints()).isEqualTo(4);
        assertThat(model.history().canUndoProperty().get()).isFalse();
        model.history().redo();
        assertThat(chart.boardProperty().get().heldOutPoints()).isEqualTo(9);
    }

    @Test
    void tickingALawIsUndoneAndRedone() {
        LawChoice pl = model.laws().stream().filter(c -> c.law().id().equals("pl")).findFirst().orElseThrow();
        pl.selectedProperty().set(true);
        assertThat(model.parameters().editable()).extracting(LawSettings::toString).contains("pl");
        model.history().undo();
        assertThat(pl.selectedProperty().get()).isFalse();
        assertThat(model.parameters().editable()).extracting(LawSettings::toString).doesNotContain("pl");
        model.history().redo();
        assertThat(pl.selectedProperty().get()).isTrue();
    }

    @Test
    void aFixedParameterIsHeldAndABoundIsKept() {
        model.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        LawSettings plc = model.parameters().shownProperty().get();
        assertThat(plc.law().id()).isEqualTo("plc");
        ParameterSetting linf = plc.row("Linf").orElseThrow();
        model.parameters().edit(plc, linf, ParameterSetting.Field.VALUE, "2.5");
        model.parameters().setFixed(plc, linf, true);
        model.fit();
        assertThat(value("plc", "Linf")).isEqualTo(2.5);
        assertThat(linf.fittedProperty().get()).as("the table's Fitted column writes numbers as the results do").isEqualTo("2.500");
        model.parameters().setFixed(plc, linf, false);
        model.parameters().edit(plc, plc.row("alpha").orElseThrow(), ParameterSetting.Field.UPPER, "0.25");
        model.fit();
        assertThat(value("plc", "alpha")).isLessThanOrEqualTo(0.25 + 1e-12).isGreaterThan(0.2);
        model.history().undo();
        model.fit();
        assertThat(value("plc", "alpha")).isCloseTo(Synthetic.ALPHA, within(1e-4));
    }

    @Test
    void fixingWithoutAValueHoldsTheLastFittedValueAndUndoFreesIt() {
        model.fit();
        LawSettings plc = model.parameters().editable().stream().filter(s -> s.law().id().equals("plc")).findFirst().orElseThrow();
        ParameterSetting alpha = plc.row("alpha").orElseThrow();
        model.parameters().setFixed(plc, alpha, true);
        assertThat(Double.parseDouble(alpha.field(ParameterSetting.Field.VALUE).get())).isCloseTo(Synthetic.ALPHA, within(1e-4));
        model.history().undo();
        assertThat(alpha.fixedProperty().get()).isFalse();
        assertThat(alpha.field(ParameterSetting.Field.VALUE).get()).isEmpty();
    }

    @Test
    void aBadBoundStopsTheFitWithAMessageNamingLawAndParameter() {
        LawSettings plc = model.parameters().editable().stream().filter(s -> s.law().id().equals("plc")).findFirst().orElseThrow();
        model.parameters().edit(plc, plc.row("x0").orElseThrow(), ParameterSetting.Field.LOWER, "1e4x");
        assertThat(plc.problemProperty().get()).isEqualTo("plc: the lower bound of x0 is not a number: '1e4x'");
        model.fit();
        assertThat(model.messageProperty().get()).isEqualTo("Cannot fit: plc: the lower bound of x0 is not a number: '1e4x'");
        assertThat(chart.boardProperty().get()).isNull();
        model.parameters().edit(plc, plc.row("x0").orElseThrow(), ParameterSetting.Field.UPPER, "1");
        model.parameters().edit(plc, plc.row("x0").orElseThrow(), ParameterSetting.Field.LOWER, "10");
        assertThat(plc.problemProperty().get()).startsWith("plc: bounds of x0 leave no room");
    }

    @Test
    void aFitThatFailsForEveryLawLeavesThePreviousResultOnScreenAndSaysWhy() {
        model.fit();
        Leaderboard good = chart.boardProperty().get();
        model.laws().forEach(c -> c.selectedProperty().set(false));
        model.formulaProperty().set("a * log(-x)");
        model.fit();
        assertThat(chart.boardProperty().get()).isSameAs(good);
        assertThat(model.results()).isNotEmpty();
        assertThat(model.messageProperty().get()).startsWith("No law could be fitted").contains("custom").endsWith("the previous result stays.");
    }

    private double value(String law, String parameter) {
        return model.results().stream().filter(r -> r.law().equals(law) && r.parameter().equals(parameter))
                .findFirst().orElseThrow().value();
    }

    private long excludedPoints() {
        return chart.specProperty().get().points().stream().filter(s -> s.state() == PointState.EXCLUDED)
                .mapToInt(PointSeries::size).sum();
    }

    @Test
    void thePanelsChoicesAreOneRequestWithExclusionsHoldOutLawSettingsObjectiveAndBootstrap() {
        model.laws().forEach(c -> c.selectedProperty().set(c.law().id().equals("plc")));
        chart.toggle(0);
        chart.cutOffProperty().set(3e8);
        LawSettings plc = model.parameters().editable().get(0);
        model.parameters().edit(plc, plc.row("alpha").orElseThrow(), ParameterSetting.Field.UPPER, "0.9");
        model.parameters().edit(plc, plc.row("Linf").orElseThrow(), ParameterSetting.Field.VALUE, "1.5");
        model.parameters().setFixed(plc, plc.row("Linf").orElseThrow(), true);
        model.objectiveProperty().set(Objective.logHuber(0.01));
        model.bootstrapProperty().set(Resampling.of(25));

        FitRequest request = model.currentRequest();

        assertThat(request.data().x()).isEqualTo("params");
        assertThat(request.data().y()).isEqualTo("loss");
        assertThat(request.data().excludedRows()).containsExactly(chart.curveProperty().get().rowAt(0));
        assertThat(request.holdOut()).isEqualTo(new HoldOutSplit.CutOff(3e8));
        assertThat(request.laws()).containsExactly(LawSpec.builtIn("plc").withBounds("alpha",
                new ParameterRange(Double.NEGATIVE_INFINITY, 0.9)).withFixed("Linf", 1.5));
        assertThat(request.objective()).isEqualTo(Objective.logHuber(0.01));
        assertThat(request.bootstrap()).isEqualTo(new Resampling(25, Resampling.DEFAULT_SEED));
    }

    @Test
    void withoutACutOffNothingIsHeldOutAndTheFormulaIsALawOfTheRequest() {
        chart.cutOffProperty().set(Double.NaN);
        model.laws().forEach(c -> c.selectedProperty().set(false));
        model.formulaProperty().set("E + A*x^(-a)");
        FitRequest request = model.currentRequest();
        assertThat(request.holdOut()).isEqualTo(HoldOutSplit.NONE);
        assertThat(request.laws()).containsExactly(LawSpec.formula("E + A*x^(-a)"));
    }
}
