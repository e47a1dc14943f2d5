package org.scalingworkbench.app.frontier;

import java.util.List;
import org.scalingworkbench.app.fit.RefusedCurve;

/**
 * One frontier per curve of a request: the curves whose frontier could be computed, and the
 * curves it could not be computed for, with the reason (too few budgets for the parabolas, too
 * few points for the law). A refused curve never stops the others.
 *
 * @param source  the sweep's name (the file, or the files joined)
 * @param keyed   whether the request had a curve key; without one there is one curve, the whole sweep
 * @param curves  the frontiers, in the order the curves first appear in the file
 * @param refused the curves without a frontier, in the same order
 * @param notes   what happened to the rows, one sentence each
 */
public record CurveFrontiers(String source, boolean keyed, List<CurveFrontier> curves, List<RefusedCurve> refused,
        List<String> notes) {

    public CurveFrontiers {
        curves = List.copyOf(curves);
        refused = List.copyOf(refused);
        notes = List.copyOf(notes);
    }

    /** The frontier of the curve named {@code name}, if it was computed. */
    public java.util.Optional<CurveFrontier> curve(String name) {
        return curves.stream().filter(c -> c.curve().equals(name)).findFirst();
    }
}
