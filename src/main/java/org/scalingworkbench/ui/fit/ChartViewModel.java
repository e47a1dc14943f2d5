package org.scalingworkbench.ui.fit;

import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.app.plot.CurvePlot;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.ScalingLaw;

/**
 * State of the chart: the curve shown, the points the user excluded (with undo and redo), the
 * hold-out cut-off (x in the scale column's units; NaN for none) and the laws fitted. Every change
 * rebuilds {@link #specProperty()}, which the view draws.
 */
public final class ChartViewModel {

    private final ObjectProperty<Curve> curve = new SimpleObjectProperty<>();
    private final DoubleProperty cutOff = new SimpleDoubleProperty(Double.NaN);
    private final ReadOnlyObjectWrapper<Leaderboard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScalingPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final PointEdits edits = new PointEdits();
    private Map<String, ScalingLaw> laws = Map.of();

    public ChartViewModel() {
        curve.addListener((obs, old, now) -> {
            edits.clear();
            board.set(null);
            cutOff.set(defaultCutOff(now));
            rebuild();
        });
        cutOff.addListener((obs, old, now) -> rebuild());
    }

    /** Shows the fitted laws (or none, with null). */
    public void showFits(Leaderboard fitted, Map<String, ScalingLaw> byId) {
        laws = Map.copyOf(byId);
        board.set(fitted);
        rebuild();
    }

    /** Excludes point k (index into the curve) if included, includes it if excluded. */
    public void toggle(int k) {
        edits.toggle(curve.get().rowAt(k));
        rebuild();
    }

    /** Reverts the last exclusion toggle. */
    public void undo() {
        if (edits.undo()) {
            rebuild();
        }
    }

    /** Re-applies the last undone toggle. */
    public void redo() {
        if (edits.redo()) {
            rebuild();
        }
    }

    /** Whether point k is excluded. */
    public boolean isExcluded(int k) {
        return edits.isExcluded(curve.get().rowAt(k));
    }

    /** The points to fit and to score: excluded points left out, the rest split at the cut-off. */
    public Partition partition() {
        Curve c = curve.get();
        int[] kept = IntStream.range(0, c.size()).filter(k -> !isExcluded(k)).toArray();
        Curve used = c.subset(kept);
        boolean[] held = new boolean[kept.length];
        double cut = cutOff.get();
        for (int i = 0; i < kept.length; i++) {
            held[i] = !Double.isNaN(cut) && used.xAt(i) > cut;
        }
        return Partition.of(used, held);
    }

    /** One line about point k for the hover tooltip: its source line, x, y and state. */
    public String describe(int k) {
        Curve c = curve.get();
        String state = isExcluded(k) ? " (excluded)" : !Double.isNaN(cutOff.get()) && c.xAt(k) > cutOff.get() ? " (held out)" : "";
        return String.format("line %d: %s = %.4g, %s = %.4g%s", c.sweep().lineNumber(c.rowAt(k)), c.x().name(), c.xAt(k),
                c.y().name(), c.yAt(k), state);
    }

    /** A cut-off between the fourth-largest and fifth-largest x (the largest four held out), NaN for few points. */
    private static double defaultCutOff(Curve c) {
        if (c == null) {
            return Double.NaN;
        }
        double[] xs = IntStream.range(0, c.size()).mapToDouble(c::xAt).distinct().sorted().toArray();
        if (xs.length < 8) {
            return Double.NaN;
        }
        return Math.sqrt(xs[xs.length - 5] * xs[xs.length - 4]);
    }

    private void rebuild() {
        Curve c = curve.get();
        if (c == null) {
            spec.set(null);
            return;
        }
        boolean[] excluded = new boolean[c.size()];
        IntStream.range(0, c.size()).forEach(k -> excluded[k] = isExcluded(k));
        spec.set(new CurvePlot().spec(c, excluded, cutOff.get(), board.get(), laws));
    }

    /** The laws on the current board, by id. */
    public Map<String, ScalingLaw> fittedLaws() {
        return laws;
    }

    public ObjectProperty<Curve> curveProperty() {
        return curve;
    }

    public DoubleProperty cutOffProperty() {
        return cutOff;
    }

    public ReadOnlyObjectProperty<Leaderboard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScalingPlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The excluded points as rows of the curve's sweep, ascending (for saving a session). */
    public java.util.List<Integer> excludedRows() {
        return edits.rows();
    }

    /** Excludes exactly these sweep rows of the current curve, without undo history (a session was opened). */
    public void setExcludedRows(java.util.Collection<Integer> rows) {
        edits.replaceAll(rows);
        rebuild();
    }
}
