package org.scalingworkbench.app.report;

import static org.scalingworkbench.app.report.ReportNumbers.ERROR_DIGITS;
import static org.scalingworkbench.app.report.ReportNumbers.VALUE_DIGITS;

import java.util.List;
import java.util.stream.Collectors;
import org.scalingworkbench.fit.Interval;

/**
 * Writes a {@link ScalingReport} as Markdown: a heading, what was fitted on, the leaderboard and a
 * parameter table per law. Symbols are Unicode (L∞, α); NaN prints as an em dash.
 */
final class MarkdownReportWriter {

    private static final ReportProse.Style STYLE = new ReportProse.Style(v -> ReportNumbers.text(v, VALUE_DIGITS),
            name -> "`" + name + "`");

    String write(ScalingReport report) {
        StringBuilder md = new StringBuilder();
        ReportData data = report.data();
        md.append("## Scaling-law fits of `").append(data.target()).append("` against `").append(data.scale()).append("`")
                .append(data.curveName().map(c -> " on curve `" + c + "`").orElse("")).append("\n\n");
        if (data.sources().size() == 1) {
            md.append("- **Data:** ").append(source(data.sources().get(0))).append(".\n");
        } else {
            md.append("- **Data:** ").append(data.sources().size()).append(" files fitted as one:\n");
            data.sources().forEach(s -> md.append("  - ").append(source(s)).append('\n'));
        }
        md.append("- **Points:** ").append(ReportProse.points(report, STYLE)).append(".\n");
        md.append("- **Excluded:** ").append(ReportProse.excluded(data.excludedLines())).append(".\n");
        md.append("- **Objective:** ").append(ReportProse.objective(report)).append(".\n\n");
        leaderboard(md, report.laws());
        List<LawReport> fitted = report.laws().stream().filter(l -> !l.failed()).toList();
        if (!fitted.isEmpty()) {
            md.append("\n### Parameters\n");
            fitted.forEach(l -> parameters(md, l));
        }
        return md.toString();
    }

    /** A file's name in backticks with its SHA-256, or a note that it has none. */
    private static String source(DataSource s) {
        return "`" + s.name() + "`" + (s.hasDigest() ? ", SHA-256 `" + s.sha256() + "`" : " (not read from a file: no SHA-256)");
    }

    private static void leaderboard(StringBuilder md, List<LawReport> laws) {
        md.append("### Leaderboard (ranked by held-out RMSLE)\n\n");
        md.append("| rank | law | k | held-out RMSLE | fit RMSLE | AIC | L∞ | notes |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---|\n");
        for (LawReport l : laws) {
            md.append(row(String.valueOf(l.rank()), "`" + l.lawId() + "`", String.valueOf(l.parameterCount()),
                    ReportNumbers.text(l.heldOut().rmsle(), ERROR_DIGITS), ReportNumbers.text(l.fit().rmsle(), ERROR_DIGITS),
                    ReportNumbers.fixed(l.aic(), 1), l.limit().map(r -> ReportNumbers.text(r.value(), VALUE_DIGITS)).orElse("—"),
                    l.notes()));
        }
    }

    private static void parameters(StringBuilder md, LawReport law) {
        md.append("\n**").append(law.rank()).append(". `").append(law.lawId()).append("`**");
        md.append(LawNotation.unicode(law.lawId()).map(f -> ", " + law.lawName() + ": " + f).orElse(": `" + law.lawName() + "`"));
        md.append("\n\n| parameter | value | std. error |").append(law.hasIntervals() ? " 95% interval |" : "").append('\n');
        md.append("|---|---:|---:|").append(law.hasIntervals() ? "---:|" : "").append('\n');
        for (ParameterEstimate p : law.parameters()) {
            String error = p.fixed() ? "fixed" : ReportNumbers.text(p.standardError(), ERROR_DIGITS);
            md.append("| ").append(cell(ParameterSymbols.unicode(p.name()))).append(" | ")
                    .append(ReportNumbers.text(p.value(), VALUE_DIGITS)).append(" | ").append(error).append(" |");
            if (law.hasIntervals()) {
                md.append(' ').append(p.bootstrapInterval().map(MarkdownReportWriter::interval).orElse("—")).append(" |");
            }
            md.append('\n');
        }
    }

    private static String interval(Interval i) {
        return "[" + ReportNumbers.text(i.lower(), VALUE_DIGITS) + ", " + ReportNumbers.text(i.upper(), VALUE_DIGITS) + "]";
    }

    private static String row(String... cells) {
        return List.of(cells).stream().map(MarkdownReportWriter::cell).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** A table cell's text: pipes escaped, line breaks flattened. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ').strip();
    }
}
