package org.scalingworkbench.app.compare;

/**
 * One law's row of a {@link LeaderboardSummary}: how it did across the curves of a comparison.
 * Every curve counts once in exactly one of {@code scored}, {@code failed}, {@code diverged} and
 * {@code refused}.
 *
 * @param lawId    the law's id, for example {@code plc}
 * @param scored   curves on which the law has a finite value of the summary's measure
 * @param failed   curves that were ranked but on which the law has no finite value: the fit
 *                 failed, a held-out prediction was not positive (infinite RMSLE), or the curve
 *                 had no held-out point while others had
 * @param diverged curves that were ranked but on which the law's fit ran off (status DIVERGED: a
 *                 parameter far outside the data's scales, no start converged, or a non-finite
 *                 objective); such a fit is ranked after every converged law and takes no rank here
 * @param refused  curves that were not ranked at all (too few points, see {@code RefusedCurve})
 * @param mean     mean of the measure over the scored curves (NaN if none); RMSLE in ln
 * @param median   median of the measure over the scored curves (NaN if none)
 * @param wins     scored curves on which no law did better (laws tied for the best each win)
 * @param meanRank mean over the scored curves of the law's rank among the laws scored on that
 *                 curve (1 = best; tied laws share the mean of the ranks they span; laws that
 *                 failed take no rank); NaN if none
 */
public record LawSummary(String lawId, int scored, int failed, int diverged, int refused, double mean, double median, int wins,
        double meanRank) {

    /** All curves of the comparison: scored + failed + diverged + refused. */
    public int curves() {
        return scored + failed + diverged + refused;
    }
}
