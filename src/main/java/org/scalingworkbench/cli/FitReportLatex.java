package org.scalingworkbench.cli;

import java.util.List;
import java.util.Locale;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.report.LatexText;
import org.scalingworkbench.app.report.ObjectiveText;
import org.scalingworkbench.app.report.ParameterSymbols;
import org.scalingworkbench.app.report.ReportNumbers;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;

/** Writes a {@link SweepFitReport} as a LaTeX table with booktabs rules (needs the booktabs package). */
final class FitReportLatex {

    String write(SweepFitReport report) {
        FitResult fit = report.fit();
        BootstrapResult boot = report.bootstrap();
        StringBuilder tex = new StringBuilder();
        tex.append("% Scaling Workbench fit report; needs \\usepackage{booktabs}\n");
        tex.append("\\begin{table}[t]\n\\centering\n");
        tex.append(String.format(Locale.ROOT, "\\caption{%s fit of %s on %s (%s, %d rows; %s).}%n", escape(fit.lawId()),
                escape(report.target()), escape(String.join(", ", report.variableColumns())), escape(report.source()),
                report.rowsUsed(), escape(ObjectiveText.describe(fit.objective()))));
        tex.append(boot == null ? "\\begin{tabular}{lrr}\n" : "\\begin{tabular}{lrrc}\n");
        tex.append("\\toprule\nParameter & Value & Std.\\ error").append(boot == null ? "" : " & 95\\% bootstrap interval")
                .append(" \\\\\n\\midrule\n");
        List<String> names = fit.parameterNames();
        for (int j = 0; j < names.size(); j++) {
            tex.append(String.format(Locale.ROOT, "$%s$ & %s & %s", ParameterSymbols.latex(names.get(j)), number(fit.values()[j]),
                    fit.fixed()[j] ? "fixed" : number(fit.standardErrors()[j])));
            if (boot != null) {
                Interval i = boot.interval(names.get(j), 0.95);
                tex.append(String.format(Locale.ROOT, " & [%s, %s]", number(i.lower()), number(i.upper())));
            }
            tex.append(" \\\\\n");
        }
        tex.append("\\midrule\n");
        tex.append(String.format(Locale.ROOT, "AIC & %.2f &%s \\\\%nBIC & %.2f &%s \\\\%n", fit.aic(), boot == null ? "" : " &",
                fit.bic(), boot == null ? "" : " &"));
        tex.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
        return tex.toString();
    }

    private static String number(double v) {
        return ReportNumbers.latex(v, ReportNumbers.VALUE_DIGITS);
    }

    private static String escape(String text) {
        return LatexText.escape(text);
    }
}
