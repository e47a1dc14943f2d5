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
     * window's cut-off beyond the last point does not come here and means no hold-out.
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
            boolean[] mask = c.points().heldOut(c.excluded(), split);
            held += (int) IntStream.range(0, mask.length).filter(k -> mask[k]).count();
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
}
