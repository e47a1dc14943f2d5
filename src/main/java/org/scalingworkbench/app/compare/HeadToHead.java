package org.scalingworkbench.app.compare;

/**
 * Law against law across curves: on how many of the curves where both were scored {@code law}
 * did better than {@code other} (lower measure, see {@link LeaderboardSummary.Measure}), did
 * worse, or tied exactly. Ties are left out of the sign test.
 *
 * @param law    the law read first ("law beats other on wins of decided curves")
 * @param other  the law it is set against
 * @param wins   curves where {@code law} did better
 * @param losses curves where {@code other} did better
 * @param ties   curves where both had the same value
 */
public record HeadToHead(String law, String other, int wins, int losses, int ties) {

    public HeadToHead {
        if (wins < 0 || losses < 0 || ties < 0) {
            throw new IllegalArgumentException("a head-to-head has no negative count");
        }
    }

    /** The curves that decide between the two: both scored, not tied. */
    public int decided() {
        return wins + losses;
    }

    /** The exact two-sided sign-test p-value of {@code wins} of {@link #decided()}; 1 when none decides. */
    public double pValue() {
        return SignTest.twoSided(wins, decided());
    }

    /** The same comparison read from the other law's side. */
    public HeadToHead reversed() {
        return new HeadToHead(other, law, losses, wins, ties);
    }
}
