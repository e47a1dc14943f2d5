package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.BacktestReport;
import org.scalingworkbench.app.compare.LeaderboardSummary;
import org.scalingworkbench.app.compare.SweepComparison;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.analysis.BacktestRow;
import org.scalingworkbench.ui.analysis.BacktestViewModel;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * With a curve key, the window's per-curve hold-out and its Backtest tab give the numbers the
 * command line gives for the same choices: {@code compare --holdout last:3 --group-by Task,Model}
 * (each curve's held-out points and every law's held-out and training RMSLE), and
 * {@code compare --backtest 3 --group-by Task,Model} (the chosen curve's held-out RMSLE at every
 * step), on four curves of known power laws and a single-point curve.
 */
class ManyCurvesBothHeadsTest {

    @TempDir
    Path dir;

    private final ChartViewModel chart = new ChartViewModel(new UndoHistory());
    private final FitViewModel fits = new FitViewModel(new CurrentThreadTaskRunner(), chart);
    private Path file;
    private ImportedSweep sweep;

    @BeforeEach
    void showTheSweepByTaskAndModelWithPlAndPlcTicked() throws Exception {
        file = ManyCurvesCsv.write(dir.resolve("curves.csv"));
        sweep = new SweepImporter().importFile(file);
        fits.show(sweep);
        fits.laws().forEach(c -> c.selectedProperty().set(Set.of("pl", "plc").contains(c.law().id())));
        fits.curveKey().setAll("Task", "Model");
    }

    @Test
    void eachCurvesLastPointsHeldOutGiveTheCommandLinesBoards() {
        fits.fit();
        assertThat(fits.currentRequest().holdOut()).isEqualTo(HoldOutSplit.parse("last:3"));
        CommandLineOutput cli = CommandLineOutput.run("compare", file.toString(), "--laws", "pl,plc", "--holdout", "last:3",
                "--group-by", "Task,Model", "--x", "params", "--y", "loss", "--json");
        List<CurveRow> fitted = fits.curves().stream().filter(CurveRow::fitted).toList();
        assertThat(cli.numbers("heldOutPoints")).containsExactlyElementsOf(
                fitted.stream().map(r -> (double) r.fit().board().heldOutPoints()).toList());
        List<Double> window = new ArrayList<>();
        for (CurveRow row : fitted) {
            for (LeaderboardEntry e : row.fit().board().entries()) {
                window.add(e.heldOut().rmsle());
                window.add(e.train().rmsle());
            }
        }
        assertThat(cli.numbers("rmsle")).containsExactlyElementsOf(window);
        assertThat(cli.strings("reason")).hasSize(1).containsExactly(fits.curves().get(4).reason());
    }

    @Test
    void theBacktestTabFollowsTheChosenCurveWithTheNumbersOfCompareBacktest() {
        fits.fit();
        BacktestViewModel backtest = new BacktestViewModel(new CurrentThreadTaskRunner(), fits);
        backtest.maxRunsProperty().set(3);
        backtest.run();
        BacktestReport cli = SweepComparison.standard().backtest(fits.currentRequest().withHoldOut(HoldOutSplit.NONE)
                .withBootstrap(Resampling.NONE), 3, sweep.sweep(), TaskContext.none());
        for (int i : List.of(2, 0)) {
            CurveRow chosen = fits.curves().get(i);
            fits.chosenCurveProperty().set(chosen);
            assertThat(backtest.curveShownProperty().get()).isEqualTo(chosen.name());
            Backtest same = cli.backtests().stream().filter(b -> b.curve().equals(chosen.name())).findFirst().orElseThrow();
            assertThat(backtest.rows()).hasSize(same.steps().size()).hasSize(3);
            for (int s = 0; s < same.steps().size(); s++) {
                BacktestRow row = backtest.rows().get(s);
                for (LeaderboardEntry e : same.steps().get(s).leaderboard().entries()) {
                    assertThat(row.error(e.lawId())).as(chosen.name() + " k=" + row.k() + " " + e.lawId())
                            .isEqualTo(e.heldOut().rmsle());
                }
            }
        }
        LeaderboardSummary summary = backtest.summaryProperty().get();
        assertThat(summary.curves()).isEqualTo(5);
        assertThat(summary.law("plc").orElseThrow().scored()).isEqualTo(4);
        assertThat(summary.law("plc").orElseThrow().refused()).as("the single-point curve").isEqualTo(1);
        assertThat(CommandLineOutput.run("compare", file.toString(), "--laws", "pl,plc", "--backtest", "3", "--group-by",
                "Task,Model", "--x", "params", "--y", "loss").text()).contains(fits.curves().get(2).name());
    }
}
