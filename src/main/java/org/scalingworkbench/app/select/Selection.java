package org.scalingworkbench.app.select;

import java.util.List;
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
}
