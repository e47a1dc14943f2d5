package org.scalingworkbench.app.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;

/**
 * One leaderboard reduced to what the summary needs: the laws on it and, for each law scored on
 * it, its value of the summary's measure (lower is better).
 *
 * @param laws   the ids of the laws on the board, in its order
 * @param values   the measure of each law scored on the board (finite values of converged fits only)
 * @param diverged the ids of the laws whose fit ran off on this board (not scored)
 */
record CurveScores(List<String> laws, Map<String, Double> values, java.util.Set<String> diverged) {

    static CurveScores of(Leaderboard board, LeaderboardSummary.Measure measure) {
        Map<String, Double> raw = new LinkedHashMap<>();
        for (LeaderboardEntry e : board.entries()) {
            double v = measure == LeaderboardSummary.Measure.HELD_OUT_RMSLE ? e.heldOut().rmsle() : e.aic();
            if (e.status().converged() && Double.isFinite(v)) {
                raw.put(e.lawId(), v);
            }
        }
        List<String> laws = board.entries().stream().map(LeaderboardEntry::lawId).toList();
        java.util.Set<String> diverged = board.entries().stream().filter(e -> e.status() == FitStatus.DIVERGED)
                .map(LeaderboardEntry::lawId).collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (measure == LeaderboardSummary.Measure.HELD_OUT_RMSLE || raw.isEmpty()) {
            return new CurveScores(laws, raw, diverged);
        }
        double best = raw.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        Map<String, Double> above = new LinkedHashMap<>();
        raw.forEach((law, aic) -> above.put(law, aic - best));
        return new CurveScores(laws, above, diverged);
    }

    /** The law's value, if it was scored on this curve. */
    OptionalDouble value(String law) {
        Double v = values.get(law);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The law's rank among the laws scored on this curve: 1 + the number that did better + half the
     * number of others tied with it (so two laws tied for first both rank 1.5).
     */
    double rank(String law) {
        double v = values.get(law);
        long better = values.values().stream().filter(o -> o < v).count();
        long tied = values.values().stream().filter(o -> o == v).count() - 1;
        return 1 + better + tied / 2.0;
    }

    /** Whether no law scored on this curve did better than {@code law} (which must be scored). */
    boolean best(String law) {
        double v = values.get(law);
        return values.values().stream().noneMatch(o -> o < v);
    }
}
