package org.scalingworkbench.ui.analysis;

import java.util.List;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.compare.BacktestReport;
import org.scalingworkbench.app.compare.LeaderboardSummary;

/**
 * The backtests of every curve summed up as the leaderboard's summary is
 * ({@link LeaderboardSummary#of}): per law the mean and median held-out RMSLE, wins and mean rank,
 * and law against law, on each curve's first step (its largest run held out, k = 1), the step
 * every backtested curve has. A curve without a step and the curves not backtested count as refused.
 */
final class BacktestSummary {

    private BacktestSummary() {
    }

    /** The summary of {@code report}, or null with fewer than two curves. */
    static LeaderboardSummary of(BacktestReport report) {
        if (report.backtests().size() + report.refused().size() < 2) {
            return null;
        }
        List<Leaderboard> boards = report.backtests().stream().filter(b -> !b.steps().isEmpty())
                .map(b -> b.steps().get(0).leaderboard()).toList();
        List<org.scalingworkbench.app.fit.RefusedCurve> refused = new java.util.ArrayList<>(report.refused());
        for (Backtest b : report.backtests()) {
            if (b.steps().isEmpty()) {
                refused.add(new org.scalingworkbench.app.fit.RefusedCurve(b.curve(), 0, "too few runs to hold one out"));
            }
        }
        return LeaderboardSummary.of(boards, refused);
    }
}
