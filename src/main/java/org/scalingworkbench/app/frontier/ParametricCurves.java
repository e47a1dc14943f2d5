package org.scalingworkbench.app.frontier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.Sweep;

/**
 * The parametric approach's fits, one curve of a keyed request at a time: the request's curves
 * are selected once, when the first is asked for, and each curve is fitted on its own rows only.
 */
final class ParametricCurves {

    private final SweepFitting fitting;
    private final FitRequest request;
    private final Sweep sweep;
    private Selection selection;
    private Map<String, SelectedCurve> byName;

    /** The fits of {@code request} (a law of N and D, with a curve key) on {@code sweep}. */
    ParametricCurves(SweepFitting fitting, FitRequest request, Sweep sweep) {
        this.fitting = fitting;
        this.request = request;
        this.sweep = sweep;
    }

    /**
     * The law fitted to the curve named {@code name}, as an outcome of that one curve.
     *
     * @throws IllegalArgumentException when the curve has no row the law can be fitted to, or the fit fails
     */
    FitOutcome fit(String name, TaskContext context) {
        if (byName == null) {
            selection = fitting.select(request, sweep);
            byName = new LinkedHashMap<>();
            selection.curves().forEach(c -> byName.put(c.name(), c));
        }
        SelectedCurve curve = byName.get(name);
        if (curve == null || curve.keptCount() == 0) {
            throw new IllegalArgumentException("no row of the curve has N, D and the loss for the law");
        }
        var fit = fitting.fitCurve(request, curve, null, context);
        return new FitOutcome(selection.sweep().sourceName(), new Selection(selection.sweep(), List.of(curve), List.of()),
                List.of(fit));
    }
}
