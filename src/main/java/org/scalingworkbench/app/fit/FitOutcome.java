package org.scalingworkbench.app.fit;

import java.util.List;
import org.scalingworkbench.app.select.Selection;

/**
 * A request's laws fitted to every curve it selected.
 *
 * @param source    the sweep's name (the file, or the files joined)
 * @param selection the curves and what happened to the rows
 * @param curves    one fit per curve that could be fitted, in the selection's order
 * @param refused   the curves that could not be fitted, with the reason, in the selection's order
 */
public record FitOutcome(String source, Selection selection, List<CurveFit> curves, List<RefusedCurve> refused) {

    public FitOutcome {
        curves = List.copyOf(curves);
        refused = List.copyOf(refused);
    }

    /** An outcome in which every curve with points was fitted. */
    public FitOutcome(String source, Selection selection, List<CurveFit> curves) {
        this(source, selection, curves, List.of());
    }

    /** The only curve's fit (the request had no curve key). */
    public CurveFit only() {
        if (curves.size() != 1) {
            throw new IllegalStateException(curves.size() + " curves were fitted, not one");
        }
        return curves.get(0);
    }

    /**
     * The values of {@code byCurveName} in the order of this outcome's curves (the selection's, the
     * file's), then any whose name is not a curve here; a per-curve result (a forecast, a report)
     * listed as the curves are.
     */
    public <T> List<T> inCurveOrder(java.util.Map<String, T> byCurveName) {
        List<String> names = selection.curves().stream().map(c -> c.name()).toList();
        List<T> out = new java.util.ArrayList<>();
        names.stream().filter(byCurveName::containsKey).forEach(n -> out.add(byCurveName.get(n)));
        byCurveName.forEach((n, v) -> {
            if (!names.contains(n)) {
                out.add(v);
            }
        });
        return out;
    }

    /** What happened to the rows, one sentence each. */
    public List<String> notes() {
        return selection.notes();
    }
}
