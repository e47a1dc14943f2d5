package org.scalingworkbench.app.fit;

/**
 * A curve of the request that was not fitted, and why ("1 point, and a law needs at least 2";
 * "top:1 would hold out all 1 runs, leaving nothing to fit"). A refused curve never stops the
 * others: every verb lists it with its reason beside the curves it did fit.
 *
 * @param name   the curve's name, as its leaderboard would be headed ("Model = 262M")
 * @param points the curve's points after exclusions
 * @param reason why it was not fitted, one sentence without a trailing full stop
 */
public record RefusedCurve(String name, int points, String reason) {

    public RefusedCurve {
        if (points < 0) {
            throw new IllegalArgumentException("a curve has no negative number of points");
        }
    }
}
