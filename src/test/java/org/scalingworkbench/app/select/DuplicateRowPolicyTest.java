package org.scalingworkbench.app.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.compare.ComparisonReport;
import org.scalingworkbench.app.compare.SweepComparison;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.report.CurveReports;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.app.report.ReportFormat;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.fit.Objective;

/**
 * One duplicate-row policy for every verb: a file of 27 rows, two of them exact repeats of earlier
 * rows, gives 25 points to fit and to compare, and both say so in the same words (the report's
 * JSON too). A row equal to another in x and y but not in every cell is a point of its own.
 */
class DuplicateRowPolicyTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        StringBuilder csv = new StringBuilder("run,tokens,loss\n");
        for (int i = 0; i < 25; i++) {
            double tokens = 1e6 * Math.pow(10, i / 8.0);
            csv.append(String.format(Locale.ROOT, "r%d,%.6g,%.6g%n", i, tokens, 1.7 + Math.pow(tokens / 3e5, -0.35)));
        }
        csv.append(String.format(Locale.ROOT, "r3,%.6g,%.6g%n", 1e6 * Math.pow(10, 3 / 8.0), 1.7 + Math.pow(1e6 * Math.pow(10, 3 / 8.0) / 3e5, -0.35)));
        csv.append(String.format(Locale.ROOT, "r7,%.6g,%.6g%n", 1e6 * Math.pow(10, 7 / 8.0), 1.7 + Math.pow(1e6 * Math.pow(10, 7 / 8.0) / 3e5, -0.35)));
        return Files.writeString(dir.resolve("repeats.csv"), csv.toString());
    }

    private FitRequest request(Path file) {
        return new FitRequest(DataSelection.of(List.of(file)).withColumns("tokens", "loss"), List.of(LawSpec.builtIn("plc")),
                Objective.logLeastSquares(), HoldOutSplit.parse("none"), Resampling.NONE);
    }

    @Test
    void fitAndCompareDropTheSameTwoRepeatsAndSaySo() throws IOException {
        Path file = file();
        FitOutcome fit = SweepFitting.standard().fit(request(file), TaskContext.none());
        ComparisonReport compare = SweepComparison.standard().compare(request(file), TaskContext.none());
        assertThat(fit.only().data().trainSize()).isEqualTo(25);
        assertThat(compare.leaderboards().get(0).trainPoints()).isEqualTo(25);
        String note = "2 rows repeat an earlier row exactly and were left out (each point counted once)";
        assertThat(fit.notes()).contains(note);
        assertThat(compare.notes()).contains(note);
        assertThat(fit.only().board().entry("plc").orElseThrow().fit().values())
                .isEqualTo(compare.leaderboards().get(0).entry("plc").orElseThrow().fit().values());
    }

    @Test
    void theFitReportsJsonStatesThePolicy() throws IOException {
        Path file = file();
        FitOutcome fit = SweepFitting.standard().fit(request(file), TaskContext.none());
        String json = CurveReports.of(List.of(DataSource.of(file)), fit, false).write(ReportFormat.JSON);
        assertThat(json).contains("\"notes\" : [ \"2 rows repeat an earlier row exactly and were left out (each point counted once)\" ]");
    }

    @Test
    void oneRepeatIsNamedInTheSingular() {
        assertThat(PointSelection.duplicateNote(1)).isEqualTo("1 row repeats an earlier row exactly and was left out (each point counted once)");
    }
}
