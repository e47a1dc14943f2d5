package org.scalingworkbench.app.compare;

import java.util.Arrays;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;

/** Leaderboards written by hand for summary tests: each entry given its held-out RMSLE or AIC. */
public final class SummaryBoards {

    private SummaryBoards() {
    }

    /** A scored entry with held-out RMSLE {@code rmsle} (+Infinity: a prediction was not positive). */
    public static LeaderboardEntry held(String law, double rmsle) {
        ExtrapolationError e = new ExtrapolationError(1, rmsle, rmsle, rmsle);
        return new LeaderboardEntry(law, 2, FitStatus.OK, "", e, e, 0, 0, false, null);
    }

    /** An entry fitted on every point (no held-out point) with AIC {@code aic}. */
    public static LeaderboardEntry fitted(String law, double aic) {
        ExtrapolationError train = new ExtrapolationError(5, 0.01, 1, 0.02);
        return new LeaderboardEntry(law, 2, FitStatus.OK, "", train, ExtrapolationError.NONE, aic, aic, false, null);
    }

    /** An entry whose fit ran off, with held-out RMSLE {@code rmsle} (ranked last all the same). */
    public static LeaderboardEntry diverged(String law, double rmsle) {
        ExtrapolationError e = new ExtrapolationError(1, rmsle, rmsle, rmsle);
        return new LeaderboardEntry(law, 3, FitStatus.DIVERGED, "beta = 1.59e+307 ran off", e, e, 0, 0, false, null);
    }

    /** An entry whose fit failed. */
    public static LeaderboardEntry failed(String law) {
        return LeaderboardEntry.failed(law, 3, "2 fitted points are too few for 3 parameters");
    }

    /** A board of curve {@code name}; held-out points when any entry has a held-out error. */
    public static Leaderboard board(String name, LeaderboardEntry... entries) {
        int held = Arrays.stream(entries).mapToInt(e -> e.heldOut().points()).max().orElse(0);
        return new Leaderboard(name, held > 0 ? "top:1" : "none", 5, held, held > 0 ? 0.3 : 0, Arrays.asList(entries));
    }
}
