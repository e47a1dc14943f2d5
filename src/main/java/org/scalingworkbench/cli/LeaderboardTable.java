package org.scalingworkbench.cli;

import java.io.PrintWriter;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.compare.ComparisonReport;

/**
 * Prints leaderboards as aligned text tables, then the curves not ranked and, with more than one
 * curve, the summary across curves ({@link SummaryTable}).
 */
final class LeaderboardTable {

    private final PrintWriter out;

    LeaderboardTable(PrintWriter out) {
        this.out = out;
    }

    void print(ComparisonReport report) {
        out.printf("%s: %s against %s%n", report.source(), report.target(), report.variable());
        report.notes().forEach(n -> out.println("  note: " + n));
        report.leaderboards().forEach(this::print);
        if (!report.refused().isEmpty()) {
            out.println();
            report.refused().forEach(r -> out.printf("not ranked: %s (%d %s): %s%n", r.name(), r.points(),
                    r.points() == 1 ? "point" : "points", r.reason()));
        }
        if (report.leaderboards().size() + report.refused().size() > 1) {
            new SummaryTable(out).print(report.summary());
        }
    }

    void print(Leaderboard board) {
        out.printf("%n%s: hold-out %s, %d fitted, %d held out, extrapolating %.2f orders of magnitude%n",
                board.curve(), board.split(), board.trainPoints(), board.heldOutPoints(), board.ordersOfMagnitude());
        out.printf("  %4s  %-7s %3s  %12s %9s %11s  %11s %10s %10s  %s%n", "rank", "law", "k", "held RMSLE",
                "held MAPE", "max|ln err|", "train RMSLE", "AIC", "BIC", "status");
        int rank = 1;
        for (LeaderboardEntry e : board.entries()) {
            if (e.status() == org.scalingworkbench.analysis.FitStatus.FAILED) {
                out.printf("  %4d  %-7s %3d  %12s %9s %11s  %11s %10s %10s  %s%n", rank++, e.lawId(), e.parameterCount(),
                        "-", "-", "-", "-", "-", "-", status(e));
                continue;
            }
            out.printf("  %4d  %-7s %3d  %12.5g %8.3g%% %11.4g  %11.4g %10.2f %10.2f  %s%n", rank++, e.lawId(),
                    e.parameterCount(), e.heldOut().rmsle(), e.heldOut().meanAbsolutePercentageError(),
                    e.heldOut().maxAbsLogError(), e.train().rmsle(), e.aic(), e.bic(), status(e));
        }
    }

    private static String status(LeaderboardEntry e) {
        String s = e.status().name().toLowerCase();
        return e.detail().isEmpty() ? s : s + ": " + e.detail();
    }
}
