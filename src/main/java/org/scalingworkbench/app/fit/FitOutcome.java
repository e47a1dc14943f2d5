package org.scalingworkbench.app.fit;

import java.util.List;
import org.scalingworkbench.app.select.Selection;

/**
 * A request's laws fitted to every curve it selected.
 *
 * @param source    the sweep's name (the file, or the files joined)
 * @param selection the curves and what happened to the rows
 * @param curves    one fit per curve with points, in the selection's order
 */
public record FitOutcome(String source, Selection selection, List<CurveFit> curves) {

    public FitOutcome {
        curves = List.copyOf(curves);
    }

    /** The only curve's fit (the request had no curve key). */
    public CurveFit only() {
        if (curves.size() != 1) {
            throw new IllegalStateException(curves.size() + " curves were fitted, not one");
        }
        return curves.get(0);
    }

    /** What happened to the rows, one sentence each. */
    public List<String> notes() {
        return selection.notes();
    }
}
