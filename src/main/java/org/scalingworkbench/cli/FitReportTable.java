package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.report.ObjectiveText;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.FitWarning;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * Prints each law fitted to each curve of a {@link FitOutcome} as a plain-text table, in the
 * request's order, then the curves not fitted with their reasons.
 */
final class FitReportTable {

    private final PrintWriter out;

    FitReportTable(PrintWriter out) {
        this.out = out;
    }

    void print(FitOutcome outcome, FitRequest request) {
        boolean first = true;
        for (CurveFit curve : outcome.curves()) {
            for (LawSpec law : request.laws()) {
                if (!first) {
                    out.println();
                }
                first = false;
                print(outcome, curve, law.lawId(), !request.data().curveKey().isEmpty());
            }
        }
        RefusedList.print(out, outcome.refused());
    }

    private void print(FitOutcome outcome, CurveFit curve, String lawId, boolean keyed) {
        ScalingLaw law = curve.laws().get(lawId);
        String on = curve.data().missingVariable(law).isPresent() ? curve.curve().points().curve().x().name()
                : curve.data().fittedOn(law).substring(curve.data().target().length() + " vs ".length());
        String where = keyed ? curve.curve().name() : outcome.source();
        out.printf("%s: %s fit of %s on %s, %d rows%n", where, lawId, curve.data().target(), on, curve.data().trainSize());
        outcome.notes().forEach(n -> out.println("  note: " + n));
        LeaderboardEntry e = curve.entry(lawId).orElseThrow();
        if (e.status() == FitStatus.FAILED || e.fit() == null) {
            out.println("could not be fitted: " + e.detail());
            return;
        }
        parameters(e.fit(), curve.bootstrap(lawId).orElse(null));
        if (e.status() == FitStatus.DIVERGED) {
            out.println("diverged: " + e.detail().split("; ", 2)[0] + " (ranked after every converged law; not drawn)");
        }
    }

    private void parameters(FitResult fit, BootstrapResult boot) {
        out.printf("objective: %s = %.9g (%d starts, %d converged)%n", ObjectiveText.describe(fit.objective()), fit.objectiveValue(),
                fit.starts(), fit.converged());
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
