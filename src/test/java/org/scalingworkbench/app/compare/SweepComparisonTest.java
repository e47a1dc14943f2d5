package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.select.PointSelection;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.Objective;

class SweepComparisonTest {

    /** y = 2 + (1e5/x)^0.4 at 10 sizes 1e6..1e10, with N and D columns (D = 20 N). */
    private static Sweep sweep() {
        double[] n = new double[10];
        double[] d = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            n[i] = Math.pow(10, 6 + 4.0 * i / 9);
            d[i] = 20 * n[i];
            y[i] = 2 + Math.pow(1e5 / n[i], 0.4);
        }
        return Sweep.of("runs.csv", List.of(Column.numeric("params", ColumnRole.PARAMETERS, "test", n),
                Column.numeric("tokens", ColumnRole.DATA, "test", d), Column.numeric("loss", ColumnRole.METRIC, "test", y)),
                java.util.stream.IntStream.rangeClosed(2, 11).toArray());
    }

    private static FitRequest request(DataSelection data, String... laws) {
        return new FitRequest(data, java.util.Arrays.stream(laws).map(LawSpec::builtIn).toList(), Objective.logLeastSquares(),
                HoldOutSplit.parse("top:2"), Resampling.NONE);
    }

    @Test
    void backtestLeavesOutExcludedPointsAndSaysWhichLawsOfSeveralVariablesItSkips() {
        DataSelection data = DataSelection.loaded().withColumns("params", null).withExcludedRows(Set.of(9));
        FitRequest request = request(data, "plc", "chinchilla");
        SelectedCurve curve = new PointSelection().select(sweep(), data).curves().get(0);
        Backtest b = SweepComparison.standard().backtestCurve(request, curve, 3, TaskContext.none());
        // the largest point is excluded: holding out 1 run holds out the 9th size, 8 are fitted
        assertThat(b.steps().get(0).leaderboard().trainPoints()).isEqualTo(8);
        assertThat(b.steps().get(0).leaderboard().entries()).extracting(e -> e.lawId()).containsExactly("plc");
        assertThat(SweepComparison.standard().backtest(request, 3, sweep(), TaskContext.none()).notes())
                .contains("chinchilla left out of the backtest: it is a law of several variables [N, D], and a backtest"
                        + " holds out runs along one");
    }

    @Test
    void curveWithTooFewPointsForALawGivesAFailedEntryNotAnError() {
        DataSelection data = DataSelection.loaded().withColumns("params", null).withExcludedRows(Set.of(0, 1, 2, 3, 4));
        ComparisonReport report = SweepComparison.standard().compare(request(data, "pl", "m4"), sweep(), TaskContext.none());
        var board = report.leaderboards().get(0);
        assertThat(board.trainPoints()).isEqualTo(3);
        assertThat(board.entry("m4").orElseThrow().status()).isEqualTo(FitStatus.FAILED);
        assertThat(board.entry("m4").orElseThrow().detail()).contains("too few");
        assertThat(board.entry("pl").orElseThrow().status()).isNotEqualTo(FitStatus.FAILED);
    }
}
