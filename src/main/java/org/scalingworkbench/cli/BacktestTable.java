package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.compare.BacktestReport;

/**
 * Prints backtests: one row per number of held-out runs, one held-out RMSLE column per law; then
 * the curves not backtested with their reasons.
 */
final class BacktestTable {

    private final PrintWriter out;

    BacktestTable(PrintWriter out) {
        this.out = out;
    }

    void print(BacktestReport report) {
        out.printf("%s: %s against %s, held-out RMSLE (ln) by runs held out%n", report.source(), report.target(),
                report.variable());
        report.notes().forEach(n -> out.println("  note: " + n));
        report.backtests().forEach(this::print);
        RefusedList.print(out, report.refused());
    }

    private void print(Backtest backtest) {
        out.printf("%n%s%n", backtest.curve());
        if (backtest.steps().isEmpty()) {
            out.println("  too few runs to hold any out");
            return;
        }
        List<String> laws = backtest.steps().get(0).leaderboard().entries().stream().map(LeaderboardEntry::lawId)
                .sorted().toList();
        StringBuilder header = new StringBuilder(String.format("  %3s %6s %7s", "k", "held", "orders"));
        laws.forEach(l -> header.append(String.format(" %10s", l)));
        out.println(header);
        for (Backtest.Step step : backtest.steps()) {
            StringBuilder row = new StringBuilder(String.format("  %3d %6d %7.3f", step.k(),
                    step.leaderboard().heldOutPoints(), step.ordersOfMagnitude()));
            for (String law : laws) {
                row.append(step.leaderboard().entry(law).filter(e -> e.status() != FitStatus.FAILED).map(BacktestTable::cell)
                        .orElse(String.format(" %10s", "-")));
            }
            out.println(row);
        }
        if (backtest.steps().stream().anyMatch(s -> s.leaderboard().entries().stream().anyMatch(e -> e.status() == FitStatus.DIVERGED))) {
            out.println("  * the fit diverged (a parameter ran off, no start converged, or the objective is not finite): ranked last");
        }
    }

    private static String cell(LeaderboardEntry e) {
        return e.status() == FitStatus.DIVERGED ? String.format(" %9.4g*", e.heldOut().rmsle())
                : String.format(" %10.4g", e.heldOut().rmsle());
    }
}
