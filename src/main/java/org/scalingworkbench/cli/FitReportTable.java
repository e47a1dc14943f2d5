package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.scalingworkbench.app.fit.SweepFitReport;
import org.scalingworkbench.app.report.ObjectiveText;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.Interval;

/** Prints a {@link SweepFitReport} as a plain-text table. */
final class FitReportTable {

    private final PrintWriter out;

    FitReportTable(PrintWriter out) {
        this.out = out;
    }

    void print(SweepFitReport report) {
        FitResult fit = report.fit();
        out.printf("%s: %s fit of %s on %s, %d rows%n", report.source(), fit.lawId(), report.target(),
                String.join(", ", report.variableColumns()), report.rowsUsed());
        report.notes().forEach(n -> out.println("  note: " + n));
        out.printf("objective: %s = %.9g (%d starts, %d converged)%n", ObjectiveText.describe(fit.objective()), fit.objectiveValue(),
                fit.starts(), fit.converged());
        BootstrapResult boot = report.bootstrap();
        out.printf("%-10s %14s %12s  %s%n", "parameter", "value", "std. error",
                boot == null ? "" : "95% bootstrap interval (" + boot.resamples() + " resamples, " + boot.failed() + " failed)");
        List<String> names = fit.parameterNames();
        for (int j = 0; j < names.size(); j++) {
            String se = fit.fixed()[j] ? "fixed" : String.format("%.6g", fit.standardErrors()[j]);
            String interval = "";
            if (boot != null) {
                Interval i = boot.interval(names.get(j), 0.95);
                interval = String.format("(%.6g, %.6g)", i.lower(), i.upper());
            }
            out.printf("%-10s %14.6g %12s  %s%n", names.get(j), fit.values()[j], se, interval);
        }
        out.printf("AIC %.4f, BIC %.4f (Gaussian residuals on the objective's scale)%n", fit.aic(), fit.bic());
        if (fit.warnings().isEmpty()) {
            out.println("warnings: none");
        }
        for (FitWarning w : fit.warnings()) {
            out.println("warning: " + w.message());
        }
    }
}
