package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.Objective;

class CurveFitReportTest {

    @Test
    void reportOfAFitListsItsLawsInRankOrderAndTheExcludedSourceLines() {
        double[] x = new double[12];
        double[] y = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i] = Math.pow(10, 6 + 4.0 * i / 11);
            y[i] = 2 + Math.pow(1e5 / x[i], 0.4);
        }
        Sweep sweep = Sweep.of("runs.csv", List.of(Column.numeric("params", ColumnRole.PARAMETERS, "test", x),
                Column.numeric("loss", ColumnRole.METRIC, "test", y)), java.util.stream.IntStream.range(10, 22).toArray());
        FitRequest request = new FitRequest(DataSelection.loaded().withExcludedRows(Set.of(3)),
                List.of(LawSpec.builtIn("pl"), LawSpec.builtIn("plc")), Objective.logLeastSquares(), HoldOutSplit.parse("top:2"),
                Resampling.NONE);
        CurveFit fit = SweepFitting.standard().fit(request, sweep, TaskContext.none()).only();
        ScalingReport report = ScalingReport.of(List.of(DataSource.named("runs.csv")), fit);
        assertThat(report.laws()).extracting(LawReport::lawId).containsExactly("plc", "pl");
        assertThat(report.data().excludedLines()).containsExactly(13);
        assertThat(report.holdOut().fitted()).isEqualTo(9);
        assertThat(report.holdOut().heldOut()).isEqualTo(2);
        assertThat(report.laws().get(0).limit().orElseThrow().value()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
