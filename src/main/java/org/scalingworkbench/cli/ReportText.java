package org.scalingworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.report.CurveReports;
import org.scalingworkbench.app.report.DataSource;
import org.scalingworkbench.app.report.ReportFormat;
import org.scalingworkbench.app.report.ScalingReport;

/**
 * The {@link ScalingReport} of each fitted curve written by the app's writers ({@link CurveReports}):
 * the text of {@code report} and of {@code fit --json}. With a curve key, one report per curve,
 * each naming its curve, then the curves not fitted with the reason (JSON: {@code curves} and
 * {@code refused}); without one, the one report.
 */
final class ReportText {

    private ReportText() {
    }

    /** The reports of every curve of {@code outcome} in {@code format}; {@code keyed}: the request had a curve key. */
    static String write(List<Path> files, FitOutcome outcome, ReportFormat format, boolean keyed) throws IOException {
        return CurveReports.of(sources(files), outcome, keyed).write(format);
    }

    /**
     * The reports of every curve of {@code outcome} in {@code format}, keyed when the outcome has
     * other than one curve or refused any.
     */
    static String write(List<Path> files, FitOutcome outcome, ReportFormat format) throws IOException {
        return write(files, outcome, format, outcome.curves().size() != 1 || !outcome.refused().isEmpty());
    }

    /** The JSON of the reports of {@code outcome}. */
    static String json(List<Path> files, FitOutcome outcome) throws IOException {
        return write(files, outcome, ReportFormat.JSON);
    }

    /** The files, each with the SHA-256 of its bytes. */
    static List<DataSource> sources(List<Path> files) throws IOException {
        List<DataSource> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(DataSource.of(f));
        }
        return sources;
    }
}
