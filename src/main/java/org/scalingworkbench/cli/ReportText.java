package org.scalingworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.app.report.ReportFormat;
import org.scalingworkbench.app.report.ScalingReport;

/**
 * The {@link ScalingReport} of each fitted curve written by the app's writers: the text of
 * {@code report} and of {@code fit --json}. Several curves give one report each (JSON: an array).
 */
final class ReportText {

    private ReportText() {
    }

    /** The reports of every curve of {@code outcome} in {@code format}. */
    static String write(List<Path> files, FitOutcome outcome, ReportFormat format) throws IOException {
        List<ScalingReport> reports = reports(files, outcome);
        if (reports.size() == 1) {
            return format.write(reports.get(0));
        }
        List<String> parts = reports.stream().map(format::write).map(String::strip).toList();
        return format == ReportFormat.JSON ? "[\n" + String.join(",\n", parts) + "\n]\n" : String.join("\n\n", parts) + "\n";
    }

    /** The JSON of the reports of {@code outcome}. */
    static String json(List<Path> files, FitOutcome outcome) throws IOException {
        return write(files, outcome, ReportFormat.JSON);
    }

    private static List<ScalingReport> reports(List<Path> files, FitOutcome outcome) throws IOException {
        List<DataSource> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(DataSource.of(f));
        }
        return outcome.curves().stream().map((CurveFit c) -> ScalingReport.of(sources, c)).toList();
    }
}
