package org.scalingworkbench.app.select;

import java.util.List;
import java.util.stream.IntStream;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.data.Sweep;

/**
 * The curves a request selected from a sweep, and what happened to the rows on the way.
 *
 * @param sweep  the sweep, with the request's roles applied
 * @param curves one per value of the curve key (one without a key), in order of first appearance
 * @param notes  rows left out and why, one sentence each
 */
public record Selection(Sweep sweep, List<SelectedCurve> curves, List<String> notes) {

    public Selection {
        curves = List.copyOf(curves);
        notes = List.copyOf(notes);
    }

    /**
     * This selection if {@code split} holds out at least one of its points and leaves at least one
     * to fit, counted over every curve; {@link HoldOutSplit#NONE} always passes. A hold-out the user
     * asked for that holds out nothing would score every law on no point (NaN for all); the
     * window's cut-off beyond the last point does not come here and means no hold-out. The fit use
     * case checks a request without a curve key so; with a key, each curve on its own
     * ({@link #heldOut(SelectedCurve, HoldOutSplit)}).
     *
     * @throws IllegalArgumentException saying the hold-out holds out no point, or every point
     */
    public Selection requireProperHoldOut(HoldOutSplit split) {
        if (split instanceof HoldOutSplit.None) {
            return this;
        }
        int held = 0;
        int kept = 0;
        for (SelectedCurve c : curves) {
            held += count(c.points().heldOut(c.excluded(), split));
            kept += c.keptCount();
        }
        String what = sweep.sourceName() + ": hold-out " + split.description();
        if (held == 0) {
            throw new IllegalArgumentException(what + " holds out no point of the " + kept
                    + " selected; choose a split that holds some out, or none");
        }
        if (held == kept) {
            throw new IllegalArgumentException(what + " holds out all " + kept + " selected points; none is left to fit");
        }
        return this;
    }

    /**
     * Which points of {@code curve} a requested hold-out holds out (true = held out; excluded points
     * never), when the curve has a point to fit and {@code split} (unless {@link HoldOutSplit#NONE})
     * holds out at least one of its points and leaves at least one to fit.
     *
     * @throws IllegalArgumentException with the reason the curve cannot be fitted, one sentence
     *                                  without a full stop: it has no point, every point is
     *                                  excluded, or the split does not apply to it, holds out none
     *                                  of its points or all of them
     */
    public boolean[] heldOut(SelectedCurve curve, HoldOutSplit split) {
        int kept = curve.keptCount();
        if (curve.points().curve().size() == 0) {
            throw new IllegalArgumentException("no row with " + curve.points().curve().x().name() + " and "
                    + curve.points().curve().y().name() + " both present and positive");
        }
        if (kept == 0) {
            throw new IllegalArgumentException("all " + curve.points().curve().size() + " points are excluded");
        }
        boolean[] held = curve.points().heldOut(curve.excluded(), split);
        if (split instanceof HoldOutSplit.None) {
            return held;
        }
        int count = count(held);
        if (count == 0) {
            throw new IllegalArgumentException("hold-out " + split.description() + " holds out none of its points");
        }
        if (count == kept) {
            throw new IllegalArgumentException("hold-out " + split.description() + " holds out all of its points, leaving nothing to fit");
        }
        return held;
    }

    private static int count(boolean[] mask) {
        return (int) IntStream.range(0, mask.length).filter(k -> mask[k]).count();
    }
}
