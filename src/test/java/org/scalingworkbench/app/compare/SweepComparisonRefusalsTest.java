package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.ManyCurves;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.Objective;

/** compare and compare --backtest rank the curves they can and list the others with the reason (issue 14). */
class SweepComparisonRefusalsTest {

    private static final Path DATABLATIONS = Path.of("../shared/data/datablations/parametric_fit_c4_cell1.csv");

    @TempDir
    Path dir;

    private static FitRequest request(Path file, String x, List<String> key, String holdOut, String... laws) {
        DataSelection data = DataSelection.of(List.of(file)).withColumns(x, null).withCurveKey(key);
        return new FitRequest(data, Arrays.stream(laws).map(LawSpec::builtIn).toList(), Objective.logLeastSquares(),
                HoldOutSplit.parse(holdOut), Resampling.NONE);
    }

    @Test
    void backtestListsCurvesWithASingleRunOrTooFewPointsAndBacktestsTheRest() throws IOException {
        FitRequest request = request(ManyCurves.write(dir), "tokens", List.of("Task"), "none", "plc");
        BacktestReport report = SweepComparison.standard().backtest(request, 2, TaskContext.none());
        assertThat(report.backtests()).extracting(Backtest::curve).containsExactly("Task = t1", "Task = t2", "Task = t3");
        assertThat(report.backtests().get(0).steps()).hasSize(2);
        assertThat(report.refused()).containsExactly(
                new RefusedCurve("Task = tiny", 1, "a single point: a backtest holds out the largest runs in turn and fits the rest"),
                new RefusedCurve("Task = pair", 3, "with the largest run held out, 2 points to fit, too few for any law:"
                        + " plc has 3 parameters and needs at least 4"));
    }

    @Test
    void backtestOfNoCurveFailsInOneLine() throws IOException {
        FitRequest request = request(ManyCurves.write(dir), "tokens", List.of("Task"), "none", "plc");
        FitRequest tiny = request.withData(request.data().withWhere(Map.of("Task", "tiny")));
        assertThatThrownBy(() -> SweepComparison.standard().backtest(tiny, 2, TaskContext.none())).hasMessage("tasks.csv: no curve"
                + " could be fitted: Task = tiny (1 point): a single point: a backtest holds out the largest runs in turn and fits the rest");
    }

    @Test
    void withoutACurveKeyASingleRunIsBacktestedWithNoStepAsBefore() throws IOException {
        FitRequest request = request(ManyCurves.write(dir), "tokens", List.of(), "none", "plc");
        FitRequest tiny = request.withData(request.data().withWhere(Map.of("Task", "tiny")));
        BacktestReport report = SweepComparison.standard().backtest(tiny, 2, TaskContext.none());
        assertThat(report.refused()).isEmpty();
        assertThat(report.backtests()).singleElement().satisfies(b -> assertThat(b.steps()).isEmpty());
    }

    @Test
    void compareOnDatablationsRanksEveryFamilyItCanAndListsTheOthers() throws IOException {
        assumeTrue(Files.isRegularFile(DATABLATIONS), "shared data " + DATABLATIONS + " absent: skipping the datablations refusals");
        // the 20 model sizes of the file; 19.7M and 201M have one run each, which top:1 would hold out whole
        FitRequest request = request(DATABLATIONS, "tokens", List.of("params"), "top:1", "pl", "plc");
        ComparisonReport report = SweepComparison.standard().compare(request, TaskContext.none());
        assertThat(report.refused()).extracting(RefusedCurve::name).containsExactly("params = 7098752", "params = 19703712",
                "params = 201236224", "params = 3899710720");
        assertThat(report.refused().get(1)).isEqualTo(new RefusedCurve("params = 19703712", 1,
                "top:1 would hold out all 1 runs of params = 19703712, leaving nothing to fit"));
        assertThat(report.refused().get(0).reason()).isEqualTo("1 point to fit, too few for any law: pl has 2 parameters and needs at least 3");
        assertThat(report.leaderboards()).hasSize(16).allSatisfy(b -> assertThat(b.heldOutPoints()).isEqualTo(1));
        // within one model size top:1 holds out the run of most tokens (the runs tie on N)
        Leaderboard largest = report.leaderboards().stream().filter(b -> b.curve().equals("params = 2810000000")).findFirst().orElseThrow();
        assertThat(largest.ordersOfMagnitude()).isPositive();
    }
}
