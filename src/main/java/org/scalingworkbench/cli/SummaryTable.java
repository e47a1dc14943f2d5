package org.scalingworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.scalingworkbench.app.compare.HeadToHead;
import org.scalingworkbench.app.compare.LawSummary;
import org.scalingworkbench.app.compare.LeaderboardSummary;

/**
 * Prints a {@link LeaderboardSummary} as text: one row per law, then law against law, as
 * sentences for up to {@value #MAX_SENTENCE_LAWS} laws and as a matrix beyond.
 */
final class SummaryTable {

    /** With more laws than this the head-to-heads are printed as a matrix. */
    static final int MAX_SENTENCE_LAWS = 3;

    private final PrintWriter out;

    SummaryTable(PrintWriter out) {
        this.out = out;
    }

    void print(LeaderboardSummary summary) {
        boolean rmsle = summary.measure() == LeaderboardSummary.Measure.HELD_OUT_RMSLE;
        out.printf("%nSummary across %d curves, ranked by %s%s:%n", summary.curves(), summary.measure().label(),
                rmsle ? " (ln)" : " (no held-out points)");
        String unit = rmsle ? "RMSLE" : "dAIC";
        out.printf("  %-7s %6s %6s %8s %7s  %12s %12s %5s %9s%n", "law", "scored", "failed", "diverged", "refused", "mean " + unit,
                "median " + unit, "wins", "mean rank");
        for (LawSummary r : summary.laws()) {
            out.printf("  %-7s %6d %6d %8d %7d  %12s %12s %5d %9s%n", r.lawId(), r.scored(), r.failed(), r.diverged(), r.refused(),
                    number(r.mean()), number(r.median()), r.wins(), r.scored() == 0 ? "-" : String.format("%.2f", r.meanRank()));
        }
        out.println("  rank: 1 = best of the laws scored on a curve (tied laws share the mean of their ranks and each"
                + " win; a failed or diverged law takes no rank), averaged over the curves the law was scored on");
        if (summary.laws().size() > MAX_SENTENCE_LAWS) {
            printMatrix(summary);
        } else {
            printSentences(summary.pairs());
        }
    }

    private void printSentences(List<HeadToHead> pairs) {
        if (!pairs.isEmpty()) {
            out.println("Law against law (curves where both were scored; ties left out; two-sided sign test):");
        }
        for (HeadToHead pair : pairs) {
            HeadToHead h = pair.losses() > pair.wins() ? pair.reversed() : pair;
            out.printf("  %s beats %s on %d of %d curves%s, p = %s%n", h.law(), h.other(), h.wins(), h.decided(),
                    h.ties() == 0 ? "" : " (" + h.ties() + (h.ties() == 1 ? " tie)" : " ties)"), p(h.pValue()));
        }
    }

    private void printMatrix(LeaderboardSummary summary) {
        out.println("Law against law: row beats column on n of m curves (both scored, ties left out), two-sided sign test p:");
        List<String> ids = summary.laws().stream().map(LawSummary::lawId).toList();
        List<List<String>> cells = ids.stream().map(row -> ids.stream()
                .map(column -> row.equals(column) ? "-" : cell(summary.pair(row, column))).toList()).toList();
        int width = Math.max(ids.stream().mapToInt(String::length).max().orElse(0),
                cells.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0));
        String format = " %-" + width + "s ";
        StringBuilder header = new StringBuilder(String.format("  %-7s", ""));
        ids.forEach(id -> header.append(String.format(format, id)));
        out.println(header.toString().stripTrailing());
        for (int i = 0; i < ids.size(); i++) {
            StringBuilder line = new StringBuilder(String.format("  %-7s", ids.get(i)));
            cells.get(i).forEach(c -> line.append(String.format(format, c)));
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(HeadToHead h) {
        return h.wins() + "/" + h.decided() + " (p=" + p(h.pValue()) + ")";
    }

    private static String p(double p) {
        return String.format("%.2g", p);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.4g", v);
    }
}
