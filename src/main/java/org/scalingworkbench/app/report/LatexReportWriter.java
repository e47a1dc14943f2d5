package org.scalingworkbench.app.report;

import static org.scalingworkbench.app.report.ReportNumbers.ERROR_DIGITS;
import static org.scalingworkbench.app.report.ReportNumbers.VALUE_DIGITS;

import java.util.List;
import org.scalingworkbench.fit.Interval;

/**
 * Writes a {@link ScalingReport} as two LaTeX tables with booktabs rules: the leaderboard, whose
 * caption says what was fitted on, and the parameters law by law under each law's formula.
 * Needs the booktabs package; NaN prints as {@code ---} (an em dash).
 */
final class LatexReportWriter {

    private static final ReportProse.Style STYLE = new ReportProse.Style(v -> ReportNumbers.latex(v, VALUE_DIGITS),
            name -> "\\texttt{" + LatexText.escape(name) + "}");

    String write(ScalingReport report) {
        StringBuilder tex = new StringBuilder();
        ReportData data = report.data();
        tex.append("% Scaling Workbench report; needs \\usepackage{booktabs}\n");
        data.sources().forEach(s -> tex.append("% data: ").append(s.name())
                .append(s.hasDigest() ? ", SHA-256 " + s.sha256() : " (not read from a file)").append('\n'));
        tex.append('\n');
        leaderboard(tex, report);
        if (report.laws().stream().anyMatch(l -> !l.failed())) {
            tex.append('\n');
            parameters(tex, report);
        }
        return tex.toString();
    }

    private static void leaderboard(StringBuilder tex, ScalingReport report) {
        ReportData data = report.data();
        tex.append("\\begin{table}[t]\n\\centering\n\\caption{Laws fitted to ").append(STYLE.name().apply(data.target()))
                .append(" against ").append(STYLE.name().apply(data.scale())).append(" in ")
                .append(STYLE.name().apply(data.name()))
                .append(data.curveName().map(c -> ", curve " + STYLE.name().apply(c)).orElse(""))
                .append(", ranked by held-out RMSLE. Points: ")
                .append(ReportProse.points(report, STYLE)).append("; excluded: ").append(ReportProse.excluded(data.excludedLines()))
                .append(". Objective: ").append(LatexText.escape(ReportProse.objective(report))).append(".}\n");
        tex.append("\\label{tab:scaling-leaderboard").append(label(data)).append("}\n\\begin{tabular}{rlrrrrr}\n\\toprule\n");
        tex.append("Rank & Law & $k$ & Held-out RMSLE & Fit RMSLE & AIC & $L_\\infty$ \\\\\n\\midrule\n");
        for (LawReport l : report.laws()) {
            tex.append(String.join(" & ", String.valueOf(l.rank()), "\\texttt{" + LatexText.escape(l.lawId()) + "}",
                    String.valueOf(l.parameterCount()), ReportNumbers.latex(l.heldOut().rmsle(), ERROR_DIGITS),
                    ReportNumbers.latex(l.fit().rmsle(), ERROR_DIGITS), aic(l.aic()),
                    l.limit().map(r -> ReportNumbers.latex(r.value(), VALUE_DIGITS)).orElse("---"))).append(" \\\\\n");
        }
        tex.append("\\bottomrule\n\\end{tabular}\n");
        notes(tex, report.laws());
        tex.append("\\end{table}\n");
    }

    /** The suffix that keeps each curve's table labels apart: "-" and the curve's name in letters, digits and dashes. */
    static String label(ReportData data) {
        return data.curveName().map(c -> "-" + c.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "")).orElse("");
    }

    private static void notes(StringBuilder tex, List<LawReport> laws) {
        List<LawReport> noted = laws.stream().filter(l -> !l.notes().isBlank()).toList();
        if (noted.isEmpty()) {
            return;
        }
        tex.append("\\par\\smallskip\n{\\footnotesize\n");
        noted.forEach(l -> tex.append("\\texttt{").append(LatexText.escape(l.lawId())).append("}: ")
                .append(LatexText.escape(l.notes())).append("\\par\n"));
        tex.append("}\n");
    }

    private static void parameters(StringBuilder tex, ScalingReport report) {
        boolean intervals = report.hasIntervals();
        int columns = intervals ? 4 : 3;
        tex.append("\\begin{table}[t]\n\\centering\n\\caption{Fitted parameters of each law in original units, with standard")
                .append(" errors from the Jacobian at the optimum").append(intervals ? " and 95\\% bootstrap percentile intervals" : "")
                .append(".").append(report.data().curveName().map(c -> " Curve " + STYLE.name().apply(c) + ".").orElse(""))
                .append("}\n\\label{tab:scaling-parameters").append(label(report.data())).append("}\n");
        tex.append(intervals ? "\\begin{tabular}{lrrc}\n" : "\\begin{tabular}{lrr}\n").append("\\toprule\n");
        tex.append("Parameter & Value & Std.\\ error").append(intervals ? " & 95\\% interval" : "").append(" \\\\\n");
        for (LawReport l : report.laws()) {
            if (l.failed()) {
                continue;
            }
            tex.append("\\midrule\n\\multicolumn{").append(columns).append("}{l}{\\texttt{").append(LatexText.escape(l.lawId()))
                    .append("}").append(LawNotation.latex(l.lawId()).map(f -> ": $" + f + "$")
                            .orElse(l.lawId().equals(l.lawName()) ? "" : ": \\texttt{" + LatexText.escape(l.lawName()) + "}"))
                    .append("} \\\\\n");
            l.parameters().forEach(p -> tex.append(row(p, intervals)));
        }
        tex.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
    }

    private static String row(ParameterEstimate p, boolean intervals) {
        String error = p.fixed() ? "fixed" : ReportNumbers.latex(p.standardError(), ERROR_DIGITS);
        String row = "$" + ParameterSymbols.latex(p.name()) + "$ & " + ReportNumbers.latex(p.value(), VALUE_DIGITS) + " & " + error;
        if (intervals) {
            row += " & " + p.bootstrapInterval().map(LatexReportWriter::interval).orElse("---");
        }
        return row + " \\\\\n";
    }

    private static String interval(Interval i) {
        return "[" + ReportNumbers.latex(i.lower(), VALUE_DIGITS) + ", " + ReportNumbers.latex(i.upper(), VALUE_DIGITS) + "]";
    }

    private static String aic(double aic) {
        String text = ReportNumbers.fixed(aic, 1);
        return !Double.isFinite(aic) ? "---" : aic < 0 ? "$" + text + "$" : text;
    }
}
