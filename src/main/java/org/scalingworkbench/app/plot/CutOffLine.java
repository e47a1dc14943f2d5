package org.scalingworkbench.app.plot;

import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.select.PlotPoints;

/**
 * Where the plot draws the hold-out's cut-off line: at VALUE for {@code x>VALUE}; for any other
 * split that holds points out ({@code top:K} runs, named runs, a split column), halfway on the log
 * axis between the largest fitted x and the smallest held-out x (their geometric mean), provided
 * every held-out point lies to the right of every fitted one; nowhere (NaN) otherwise, and with
 * no hold-out, since a line would then misplace some points.
 */
final class CutOffLine {

    private CutOffLine() {
    }

    /**
     * @param split    the hold-out the points were split by
     * @param points   the points
     * @param excluded excluded[k]: point k is left out of everything
     * @param held     held[k]: point k is held out
     * @return the cut-off in x's units, or NaN for no line
     */
    static double of(HoldOutSplit split, PlotPoints points, boolean[] excluded, boolean[] held) {
        if (split instanceof HoldOutSplit.CutOff c) {
            return c.x();
        }
        double fitMax = Double.NEGATIVE_INFINITY;
        double heldMin = Double.POSITIVE_INFINITY;
        for (int k = 0; k < points.size(); k++) {
            if (!excluded[k]) {
                fitMax = held[k] ? fitMax : Math.max(fitMax, points.xAt(k));
                heldMin = held[k] ? Math.min(heldMin, points.xAt(k)) : heldMin;
            }
        }
        boolean clean = Double.isFinite(fitMax) && Double.isFinite(heldMin) && fitMax < heldMin;
        return clean ? Math.sqrt(fitMax * heldMin) : Double.NaN;
    }
}
