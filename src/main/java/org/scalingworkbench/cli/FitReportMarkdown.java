package org.scalingworkbench.cli;

import java.util.List;
import java.util.Locale;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.report.ObjectiveText;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;

/** Writes a {@link SweepFitReport} as a Markdown table with a one-line caption and the warnings. */
final class FitReportMarkdown {

    String write(SweepFitReport report) {
        FitResult fit = report.fit();
        BootstrapResult boot = report.bootstrap();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "**%s** fit of `%s` on %s (%s, %d rows; %s).%n%n", fit.lawId(), report.target(),
                String.join(", ", report.variableColumns()), report.source(), report.rowsUsed(),
                ObjectiveText.describe(fit.objective())));
        md.append("| parameter | value | std. error |").append(boot == null ? "" : " 95% bootstrap interval |").append('\n');
        md.append("|---|---:|---:|").append(boot == null ? "" : "---|").append('\n');
        List<String> names = fit.parameterNames();
        for (int j = 0; j < names.size(); j++) {
            md.append(String.format(Locale.ROOT, "| %s | %.6g | %s |", names.get(j), fit.values()[j],
                    fit.fixed()[j] ? "fixed" : String.format(Locale.ROOT, "%.3g", fit.standardErrors()[j])));
            if (boot != null) {
                Interval i = boot.interval(names.get(j), 0.95);
                md.append(String.format(Locale.ROOT, " [%.4g, %.4g] |", i.lower(), i.upper()));
            }
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "%nAIC %.4f, BIC %.4f; objective %.6g.", fit.aic(), fit.bic(), fit.objectiveValue()));
        if (boot != null) {
            md.append(String.format(Locale.ROOT, " Bootstrap: %d resamples (%d failed), seed %d.", boot.resamples(),
                    boot.failed(), boot.seed()));
        }
        md.append('\n');
        fit.warnings().forEach(w -> md.append("\n> warning: ").append(w.message()).append('\n'));
        return md.toString();
    }
}
