package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.figure.CurveSpec;

/** The window's view-models on a sweep with model size N and data D: laws of N and D next to laws of x. */
class TwoVariableFitTest {

    @TempDir
    Path dir;

    private ChartViewModel chart;
    private FitViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        chart = new ChartViewModel(new org.scalingworkbench.ui.edit.UndoHistory());
        model = new FitViewModel(new CurrentThreadTaskRunner(), chart);
        model.show(IsoFlopSynthetic.sweep(dir));
    }

    @Test
    void fileWithParamsAndTokensOffersTheLawsOfNAndDAndGroupsThePointsByBudget() {
        assertThat(available("chinchilla")).isTrue();
        assertThat(available("kaplan")).isTrue();
        assertThat(available("plc")).isTrue();
        assertThat(model.xColumnProperty().get()).isEqualTo("params");
        assertThat(model.offer().formulaHeadingProperty().get()).contains("x, N, D, C");
        assertThat(chart.specProperty().get().groups()).hasSize(IsoFlopSynthetic.BUDGETS)
                .first().isEqualTo("flops = 1e18");
        assertThat(chart.describe(0)).contains("flops = 1e18");
    }

    @Test
    void chinchillaFitRecoversItsParametersAndRanksFirstOnTheHeldOutBudget() {
        cutBeforeTheLargestBudget();
        tickOnly("chinchilla", "plc");
        model.fit();

        Leaderboard board = chart.boardProperty().get();
        assertThat(board.heldOutPoints()).isEqualTo(IsoFlopSynthetic.SIZES);
        assertThat(board.trainPoints()).isEqualTo((IsoFlopSynthetic.BUDGETS - 1) * IsoFlopSynthetic.SIZES);
        LeaderboardEntry best = board.entries().get(0);
        assertThat(best.lawId()).isEqualTo("chinchilla");
        assertThat(best.heldOut().rmsle()).isLessThan(1e-5);
        assertThat(best.detail()).startsWith("fitted on loss vs params, tokens");
        assertThat(board.entry("plc").orElseThrow().detail()).startsWith("fitted on loss vs flops");
        assertThat(value("E")).isCloseTo(IsoFlopSynthetic.E, within(1e-4));
        assertThat(value("A")).isCloseTo(IsoFlopSynthetic.A, withinPercentage(0.5));
        assertThat(value("B")).isCloseTo(IsoFlopSynthetic.B, withinPercentage(0.5));
        assertThat(value("alpha")).isCloseTo(IsoFlopSynthetic.ALPHA, within(1e-4));
        assertThat(value("beta")).isCloseTo(IsoFlopSynthetic.BETA, within(1e-4));
    }

    @Test
    void theParameterTableOpensOnTheFirstLawToFitAndAFixedEIsHeldInTheTwoVariableFit() {
        tickOnly("chinchilla");
        LawSettings chinchilla = model.parameters().shownProperty().get();
        assertThat(chinchilla.law().id()).isEqualTo("chinchilla");
        ParameterSetting e = chinchilla.row("E").orElseThrow();
        model.parameters().edit(chinchilla, e, ParameterSetting.Field.VALUE, "1.9");
        model.parameters().setFixed(chinchilla, e, true);
        model.fit();
        assertThat(value("E")).isEqualTo(1.9);
        assertThat(value("alpha")).isNotCloseTo(IsoFlopSynthetic.ALPHA, within(1e-4));
    }

    @Test
    void theGroupListFollowsTheChartsOrderSoItsSwatchesMatchThePoints() throws Exception {
        model.show(new SweepImporter().importFile(Path.of("sample-runs", "isoflop-chinchilla", "isoflop_sweep.csv")));
        assertThat(chart.groups()).extracting(ChartViewModel.PointGroup::name).containsExactlyElementsOf(chart.specProperty().get().groups());
        Path swapped = dir.resolve("swapped.csv");
        Files.writeString(swapped, "params,tokens,flops,loss\n1e9,1.7e10,1e20,2.5\n2e9,8.3e9,1e20,2.6\n1e8,1.7e10,1e19,2.9\n2e8,8.3e9,1e19,3.0\n");
        model.show(new SweepImporter().importFile(swapped));
        assertThat(chart.groups()).extracting(ChartViewModel.PointGroup::name).containsExactly("flops = 1e19", "flops = 1e20");
        assertThat(chart.specProperty().get().groups()).containsExactly("flops = 1e19", "flops = 1e20");
    }

    @Test
    void leavingOutABudgetExcludesAllItsPointsAsOneUndoableEdit() {
        assertThat(chart.groups()).hasSize(IsoFlopSynthetic.BUDGETS)
                .allMatch(g -> g.points() == IsoFlopSynthetic.SIZES && g.excluded() == 0);
        tickOnly("chinchilla");
        model.fit();
        int trained = chart.boardProperty().get().trainPoints();
        String smallest = chart.groups().get(0).name();
        chart.setGroupIncluded(smallest, false);
        assertThat(chart.groups().get(0).allExcluded()).isTrue();
        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(trained - IsoFlopSynthetic.SIZES);
        assertThat(model.history().undoLabelProperty().get()).isEqualTo("Undo exclude " + smallest);
        chart.toggle(0);
        chart.toggle(0);
        model.history().undo();
        model.history().undo();
        model.history().undo();
        assertThat(chart.groups().get(0).excluded()).isZero();
        assertThat(chart.boardProperty().get().trainPoints()).isEqualTo(trained);
    }

    @Test
    void chinchillaIsDrawnOnceForEveryBudgetInTheBudgetsColour() {
        tickOnly("chinchilla");
        model.fit();
        assertThat(chart.specProperty().get().curves()).hasSize(IsoFlopSynthetic.BUDGETS)
                .allMatch(CurveSpec::grouped).extracting(CurveSpec::label).containsOnly("chinchilla");
        CurveSpec smallest = chart.specProperty().get().curves().get(0);
        double n = 1e8;
        double d = IsoFlopSynthetic.budget(0) / (6 * n);
        assertThat(smallest.value().applyAsDouble(n)).isCloseTo(IsoFlopSynthetic.E + IsoFlopSynthetic.A
                * Math.pow(n, -IsoFlopSynthetic.ALPHA) + IsoFlopSynthetic.B * Math.pow(d, -IsoFlopSynthetic.BETA), within(1e-4));
    }

    @Test
    void withComputeOnXTheLargestBudgetIsHeldOutAndChinchillaFollowsItsComputeOptimalFrontier() {
        model.xColumnProperty().set("flops");
        assertThat(chart.fitData().heldOutSize()).isEqualTo(IsoFlopSynthetic.SIZES);
        tickOnly("chinchilla");
        model.fit();
        assertThat(chart.specProperty().get().curves()).singleElement().satisfies(curve -> {
            assertThat(curve.grouped()).isFalse();
            assertThat(curve.value().applyAsDouble(1e20)).isCloseTo(computeOptimalLoss(1e20), within(1e-4));
        });
    }

    /** Hoffmann et al.'s approach 3 in closed form: N_opt = G·(C/6)^a, D_opt = (C/6)^b / G. */
    private static double computeOptimalLoss(double c) {
        double alpha = IsoFlopSynthetic.ALPHA;
        double beta = IsoFlopSynthetic.BETA;
        double g = Math.pow(alpha * IsoFlopSynthetic.A / (beta * IsoFlopSynthetic.B), 1 / (alpha + beta));
        double n = g * Math.pow(c / 6, beta / (alpha + beta));
        double d = Math.pow(c / 6, alpha / (alpha + beta)) / g;
        return IsoFlopSynthetic.E + IsoFlopSynthetic.A * Math.pow(n, -alpha) + IsoFlopSynthetic.B * Math.pow(d, -beta);
    }

    @Test
    void bootstrapGivesEAnIntervalAndTheReadOffShowsLInfinity() {
        ReadOffsViewModel readOffs = new ReadOffsViewModel(model, new CurrentThreadTaskRunner());
        tickOnly("chinchilla");
        model.bootstrapProperty().set(Resampling.of(20));
        model.fit();
        ParameterRow e = model.results().stream().filter(r -> r.parameter().equals("E")).findFirst().orElseThrow();
        assertThat(e.standardError()).isFinite();
        assertThat(e.lower()).isLessThanOrEqualTo(e.value());
        assertThat(e.upper()).isGreaterThanOrEqualTo(e.value());
        assertThat(readOffs.limitProperty().get()).startsWith("chinchilla: L∞ = 1.817");
    }

    @Test
    void readOffsAlongXComeFromTheBestLawOfXWhenChinchillaLeads() {
        ReadOffsViewModel readOffs = new ReadOffsViewModel(model, new CurrentThreadTaskRunner());
        tickOnly("chinchilla");
        model.fit();
        readOffs.atXProperty().set("1e9");
        assertThat(readOffs.reducibleProperty().get()).contains("need a law of x alone");
        tickOnly("chinchilla", "plc");
        model.fit();
        assertThat(readOffs.limitProperty().get()).startsWith("chinchilla: L∞ = ");
        assertThat(readOffs.reducibleProperty().get()).startsWith("L − L∞ at x = 1e9 (plc): ");
    }

    @Test
    void customFormulaOfNAndDIsFittedOnTheSameRows() {
        tickOnly();
        model.formulaProperty().set("E + A/N^a + B/D^b");
        assertThat(model.formulaErrorProperty().get()).isEmpty();
        model.fit();
        LeaderboardEntry custom = chart.boardProperty().get().entry("custom").orElseThrow();
        assertThat(custom.detail()).startsWith("fitted on loss vs params, tokens");
        assertThat(custom.train().rmsle()).isLessThan(1e-3);
    }

    @Test
    void isoFlopSweepWithSharedModelSizesStillStartsOnModelSizeGroupedByBudget() throws Exception {
        model.show(IsoFlopSynthetic.sharedSizes(dir));
        assertThat(model.xColumnProperty().get()).isEqualTo("params");
        assertThat(chart.specProperty().get().groups()).hasSize(IsoFlopSynthetic.BUDGETS);
    }

    @Test
    void trainingCurvesStartOnComputeWithOneGroupPerModelSize() throws Exception {
        model.show(new SweepImporter().importFile(Path.of("sample-runs", "training-curves", "training_curves.csv")));
        assertThat(model.xColumnProperty().get()).isEqualTo("flops");
        assertThat(chart.specProperty().get().groups()).hasSize(10).startsWith("params = 2e7");
    }

    @Test
    void fileWithoutTokensOffersOnlyLawsOfX() throws Exception {
        model.show(Synthetic.sweep(dir));
        assertThat(available("chinchilla")).isFalse();
        assertThat(available("plc")).isTrue();
        assertThat(model.offer().formulaHeadingProperty().get()).isEqualTo("Custom formula (variable x)");
    }

    @Test
    void splitColumnSetsTheDefaultCutOff() throws Exception {
        StringBuilder csv = new StringBuilder("params,loss,split\n");
        for (int i = 0; i < 12; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(2 + 50 * Math.pow(n, -0.3)).append(',').append(i >= 10 ? "test" : "train").append('\n');
        }
        model.show(new SweepImporter().importFile(Files.writeString(dir.resolve("split.csv"), csv)));
        assertThat(chart.fitData().heldOutSize()).isEqualTo(2);
        assertThat(chart.cutOffProperty().get()).isBetween(1e6 * Math.pow(2, 9), 1e6 * Math.pow(2, 10));
    }

    private void cutBeforeTheLargestBudget() {
        model.xColumnProperty().set("flops");
        chart.cutOffProperty().set(Math.sqrt(IsoFlopSynthetic.budget(5) * IsoFlopSynthetic.budget(6)));
    }

    private void tickOnly(String... ids) {
        java.util.List<String> wanted = java.util.List.of(ids);
        model.laws().forEach(c -> c.selectedProperty().set(wanted.contains(c.law().id())));
    }

    private boolean available(String id) {
        return model.laws().stream().filter(c -> c.law().id().equals(id)).findFirst().orElseThrow().availableProperty().get();
    }

    private double value(String parameter) {
        return model.results().stream().filter(r -> r.law().equals("chinchilla") && r.parameter().equals(parameter))
                .findFirst().orElseThrow().value();
    }
}
