package org.scalingworkbench.app.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * The reports of every curve of a fit, and the curves that were not fitted, with the reason. With
 * a curve key each report names its curve, and the text lists the refused curves after the
 * reports: Markdown a section, LaTeX a paragraph, JSON {@code {"curves": [...], "refused": [...]}}.
 * With a key, a curve none of whose laws could be fitted is listed with the refused curves (each
 * law's reason) rather than as a report of failed fits. Without a key there is one report,
 * written as {@link ReportFormat} writes it.
 *
 * @param keyed   whether the request had a curve key
 * @param reports one per fitted curve, in the selection's order
 * @param refused the curves not fitted, in the selection's order
 */
public record CurveReports(boolean keyed, List<ScalingReport> reports, List<RefusedCurve> refused) {

    public CurveReports {
        reports = List.copyOf(reports);
        refused = List.copyOf(refused);
    }

    /**
     * The reports of {@code outcome}'s curves, fitted on {@code sources}.
     *
     * @param keyed whether the request had a curve key (each report then names its curve)
     */
    public static CurveReports of(List<DataSource> sources, FitOutcome outcome, boolean keyed) {
        if (!keyed) {
            return new CurveReports(false, outcome.curves().stream().map(c -> noted(ScalingReport.of(sources, c), outcome)).toList(),
                    outcome.refused());
        }
        Map<String, ScalingReport> reports = new LinkedHashMap<>();
        Map<String, RefusedCurve> refused = new LinkedHashMap<>();
        outcome.refused().forEach(r -> refused.put(r.name(), r));
        for (CurveFit c : outcome.curves()) {
            ScalingReport report = noted(ScalingReport.ofCurve(sources, c), outcome);
            if (!report.laws().isEmpty() && report.laws().stream().allMatch(LawReport::failed)) {
                refused.put(c.curve().name(), new RefusedCurve(c.curve().name(), c.curve().keptCount(), "no law could be fitted: "
                        + report.laws().stream().map(l -> l.lawId() + ": " + l.notes()).collect(Collectors.joining("; "))));
            } else {
                reports.put(c.curve().name(), report);
            }
        }
        return new CurveReports(true, outcome.inCurveOrder(reports), outcome.inCurveOrder(refused));
    }

    private static ScalingReport noted(ScalingReport r, FitOutcome outcome) {
        return new ScalingReport(r.data().withNotes(outcome.notes()), r.holdOut(), r.objective(), r.laws());
    }

    /** The reports in {@code format}: one report alone as the format writes it, several with the refused curves. */
    public String write(ReportFormat format) {
        if (!keyed && reports.size() == 1 && refused.isEmpty()) {
            return format.write(reports.get(0));
        }
        return switch (format) {
            case JSON -> new JsonReportWriter().write(reports, refused);
            case MARKDOWN -> joined(format) + (refused.isEmpty() ? "" : "\n\n## Curves not fitted\n\n"
                    + refused.stream().map(r -> "- `" + r.name() + "` (" + r.points() + " points): " + r.reason() + ".")
                            .collect(Collectors.joining("\n"))) + "\n";
            case LATEX -> joined(format) + (refused.isEmpty() ? "" : "\n\n\\paragraph{Curves not fitted.}\n\\begin{itemize}\n"
                    + refused.stream().map(r -> "\\item \\texttt{" + LatexText.escape(r.name()) + "} (" + r.points() + " points): "
                            + LatexText.escape(r.reason()) + ".").collect(Collectors.joining("\n")) + "\n\\end{itemize}") + "\n";
        };
    }

    private String joined(ReportFormat format) {
        return reports.stream().map(format::write).map(String::strip).collect(Collectors.joining("\n\n"));
    }
}
