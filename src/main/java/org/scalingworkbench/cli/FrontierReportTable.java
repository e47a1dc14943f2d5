package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierComparison;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.frontier.CurveFrontier;
import org.scalingworkbench.app.frontier.CurveFrontiers;
import org.scalingworkbench.app.frontier.SweepFrontierReport;
import org.scalingworkbench.fit.Interval;

/**
 * Prints a {@link SweepFrontierReport} as a table, one row per approach, then notes and skips; with a
 * curve key, one such block per curve headed by its name, then the curves without a frontier.
 */
final class FrontierReportTable {

    private final PrintWriter out;

    FrontierReportTable(PrintWriter out) {
        this.out = out;
    }

    void print(CurveFrontiers frontiers) {
        if (!frontiers.keyed()) {
            frontiers.curves().forEach(c -> print(c.report()));
            return;
        }
        frontiers.notes().forEach(n -> out.println("note: " + n));
        out.printf(Locale.ROOT, "%s: %d curves with a frontier, %d without%n", frontiers.source(), frontiers.curves().size(),
                frontiers.refused().size());
        for (CurveFrontier c : frontiers.curves()) {
            out.println();
            out.println("== " + c.curve() + " ==");
            print(c.report());
        }
        if (!frontiers.refused().isEmpty()) {
            out.println();
            out.println("curves without a frontier:");
            frontiers.refused().forEach(r -> out.println("  " + r.name() + " (" + r.points() + " points): " + r.reason()));
        }
    }

    void print(SweepFrontierReport run) {
        FrontierComparison comparison = run.comparison();
        out.printf(Locale.ROOT, "%s: compute-optimal frontier of %s; read-offs at C = %.3e FLOPs%n", run.source(),
                run.lossName(), run.budget());
        out.println(run.resamples() == 0 ? "intervals: none (use --bootstrap N)"
                : "intervals: 95% bootstrap percentile (" + run.resamples() + " resamples)");
        out.printf(Locale.ROOT, "%-11s %-26s %-26s %-11s %-11s %-9s %s%n", "approach", "a (N_opt ~ C^a)", "b (D_opt ~ C^b)",
                "N_opt", "D_opt", "D/N", "D/N interval");
        for (FrontierEstimate e : comparison.estimates()) {
            out.printf(Locale.ROOT, "%-11s %-26s %-26s %-11.4g %-11.4g %-9.4g %s%n", e.approach().label(),
                    withInterval(e.a(), e.aInterval()), withInterval(e.b(), e.bInterval()), e.optimalParameters(),
                    e.optimalTokens(), e.tokensPerParameter(), interval(e.ratioInterval(), "%.4g"));
        }
        for (FrontierEstimate e : comparison.estimates()) {
            e.notes().forEach(n -> out.println("  " + e.approach().label() + ": " + n));
        }
        for (Map.Entry<FrontierApproach, String> s : comparison.skipped().entrySet()) {
            out.println("  " + s.getKey().label() + " not run: " + s.getValue());
        }
    }

    private static String withInterval(double value, Interval interval) {
        return String.format(Locale.ROOT, "%.4f %s", value, interval(interval, "%.4f"));
    }

    private static String interval(Interval interval, String format) {
        if (Double.isNaN(interval.lower())) {
            return "";
        }
        return String.format(Locale.ROOT, "(" + format + ", " + format + ")", interval.lower(), interval.upper());
    }
}
