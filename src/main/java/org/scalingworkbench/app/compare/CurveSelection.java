package org.scalingworkbench.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.select.PointSelection;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.app.select.Selection;
import org.scalingworkbench.data.Sweep;

/**
 * Transitional: the curves of a sweep as {@link PointSelection} selects them, for the use cases
 * not yet moved to {@code FitRequest}.
 */
public final class CurveSelection {

    private final Sweep sweep;
    private final List<String> notes = new ArrayList<>();

    public CurveSelection(Sweep sweep) {
        this.sweep = sweep;
    }

    /** What happened to the rows, one sentence each. */
    public List<String> notes() {
        return notes;
    }

    /** The curves of target {@code y} against {@code x}, filtered by {@code where} and split by {@code groupBy}. */
    public List<Curve> curves(String x, String y, Map<String, String> where, String groupBy) {
        DataSelection data = DataSelection.loaded().withColumns(x, y).withWhere(where)
                .withCurveKey(groupBy == null ? List.of() : List.of(groupBy.split(",")));
        Selection selected = new PointSelection().select(sweep, data);
        notes.addAll(selected.notes());
        return selected.curves().stream().map(SelectedCurve::points).map(p -> p.curve()).filter(c -> c.size() > 0).toList();
    }
}
