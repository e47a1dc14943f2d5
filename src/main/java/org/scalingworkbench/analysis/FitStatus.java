package org.scalingworkbench.analysis;

/** How a law's fit in a leaderboard ended; a board ranks OK and WARNINGS first, then DIVERGED, then FAILED. */
public enum FitStatus {
    /** Fitted without warnings. */
    OK,
    /** Fitted, with warnings (at a bound, not identifiable, not converged...): read with care. */
    WARNINGS,
    /**
     * Fitted, but the fit ran off (see {@link RunAwayRule}): a parameter far outside the data's
     * scales, no start converged, or a non-finite objective. Ranked after every converged law.
     */
    DIVERGED,
    /** No fit: too few points for the parameters, or no start gave a finite objective. */
    FAILED;

    /** Whether the fit converged to a usable optimum (OK or WARNINGS): only those are ranked by their score. */
    public boolean converged() {
        return this == OK || this == WARNINGS;
    }

    /** The tier a board ranks by before the score: 0 converged, 1 diverged, 2 failed. */
    public int tier() {
        return converged() ? 0 : this == DIVERGED ? 1 : 2;
    }
}
