package org.scalingworkbench.app.compare;

import java.util.List;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * The leaderboards of a comparison, one per curve, the curves that could not be ranked, and
 * their {@link #summary()} across curves.
 *
 * @param source       the file's name
 * @param target       the target column
 * @param variable     the scaling variable's column
 * @param notes        what happened to the rows, one sentence each
 * @param leaderboards one per curve, in the order the curves appear in the file
 * @param refused      the curves that could not be ranked, with the reason, in the file's order
 */
public record ComparisonReport(String source, String target, String variable, List<String> notes,
        List<Leaderboard> leaderboards, List<RefusedCurve> refused) {

    public ComparisonReport {
        notes = List.copyOf(notes);
        leaderboards = List.copyOf(leaderboards);
        refused = List.copyOf(refused);
    }

    /**
     * The leaderboards summed up across curves (wins, mean and median held-out RMSLE, mean rank,
     * curves scored and refused, law against law with a sign test); computed on each call.
     */
    public LeaderboardSummary summary() {
        return LeaderboardSummary.of(leaderboards, refused);
    }
}
