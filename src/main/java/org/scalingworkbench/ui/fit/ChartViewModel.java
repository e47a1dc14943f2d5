package org.scalingworkbench.ui.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.plot.PlotOptions;
import org.scalingworkbench.app.plot.ScalingPlots;
import org.scalingworkbench.app.select.DefaultCutOff;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.data.SweepUnion;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.common.WindowNumbers;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * State of the chart: the curve shown (with, for a file with N and D, each point's variables and
 * group: {@link PlotData}), the points the user excluded (each toggle recorded in the window's
 * {@link UndoHistory}), the hold-out cut-off (x in the scale column's units; NaN for none; it
 * starts where {@link DefaultCutOff} says) and the laws fitted. Every change rebuilds
 * {@link #specProperty()}, which the view draws.
 */
public final class ChartViewModel {

    private final ObjectProperty<Curve> curve = new SimpleObjectProperty<>();
    private final DoubleProperty cutOff = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<HoldOutSplit> perCurve = new SimpleObjectProperty<>();
    private final BooleanProperty allCurves = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Leaderboard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CurveFit> fit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScalingPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper exclusionsChanged = new ReadOnlyIntegerWrapper();
    private final PointEdits edits = new PointEdits();
    private final UndoHistory history;
    private Map<String, ScalingLaw> laws = Map.of();
    private PlotData plot;
    /** highlighted[k]: point k belongs to the curve chosen among several; null with one curve. */
    private boolean[] highlighted;
    /** curveOf[k]: the index of point k's curve among several (-1: in none); null with one curve. */
    private int[] curveOf;
    /** Every curve's fit with a curve key, drawn when {@link #allCurvesProperty()} is set; null before. */
    private CurveOutcome outcome;

    /**
     * The fit of every curve and how it names them, for the "all curves" view.
     *
     * @param fits the fits, with the selection they were made on
     * @param key  the curve key
     * @param split the hold-out the fits used
     */
    public record CurveOutcome(FitOutcome fits, List<String> key, HoldOutSplit split) {
    }

    /** @param history where exclusions are recorded for undo (the window's one history) */
    public ChartViewModel(UndoHistory history) {
        this.history = history;
        curve.addListener((obs, old, now) -> {
            if (now != null && (plot == null || plot.curve() != now)) {
                plot = PlotData.of(now);
            }
            edits.clear();
            history.clear();
            highlighted = null;
            curveOf = null;
            outcome = null;
            fit.set(null);
            board.set(null);
            cutOff.set(DefaultCutOff.of(now));
            rebuild();
        });
        cutOff.addListener((obs, old, now) -> rebuild());
        perCurve.addListener((obs, old, now) -> rebuild());
        allCurves.addListener((obs, old, now) -> rebuild());
    }

    /** Shows the points of {@code data} (null for none), forgetting exclusions and fits. */
    public void show(PlotData data) {
        plot = data;
        curve.set(data == null ? null : data.curve());
    }

    /** Shows the laws of {@code fitted}, the latest fit of the curve shown (its read-offs follow it). */
    public void showFit(CurveFit fitted) {
        laws = Map.copyOf(fitted.laws());
        fit.set(fitted);
        board.set(fitted.board());
        rebuild();
    }

    /**
     * Draws the points of {@code chosen} (one curve of several) strong and the others' points
     * dimmed, with {@code fitted}'s laws (null: none, the curve was not fitted).
     */
    public void showCurve(SelectedCurve chosen, CurveFit fitted) {
        Set<Integer> rows = Arrays.stream(chosen.points().curve().rows()).boxed().collect(Collectors.toSet());
        Curve c = curve.get();
        highlighted = new boolean[c.size()];
        IntStream.range(0, c.size()).forEach(k -> highlighted[k] = rows.contains(c.rowAt(k)));
        if (fitted != null) {
            showFit(fitted);
        } else {
            laws = Map.of();
            fit.set(null);
            board.set(null);
            rebuild();
        }
    }

    /** Forgets the fits shown and any curve chosen; the points, exclusions and cut-off stay. */
    public void clearFit() {
        outcome = null;
        laws = Map.of();
        fit.set(null);
        board.set(null);
        rebuild();
    }

    /** Keeps every curve's fit for the "all curves" view (null: none); the chosen curve is shown as before. */
    public void showOutcome(CurveOutcome every) {
        outcome = every;
        rebuild();
    }

    /**
     * Sets which curve each point belongs to, from the curves a request with a curve key selects
     * (null or empty: one curve): a per-curve hold-out splits each curve alone.
     */
    public void setCurves(List<SelectedCurve> curves) {
        Curve c = curve.get();
        if (c == null || curves == null || curves.isEmpty()) {
            curveOf = null;
        } else {
            Map<Integer, Integer> byRow = new java.util.HashMap<>();
            for (int i = 0; i < curves.size(); i++) {
                for (int row : curves.get(i).points().curve().rows()) {
                    byRow.put(row, i);
                }
            }
            curveOf = IntStream.range(0, c.size()).map(k -> byRow.getOrDefault(c.rowAt(k), -1)).toArray();
        }
        rebuild();
    }

    /** Draws every point alike again (no curve chosen among several). */
    public void showAllCurves() {
        highlighted = null;
        rebuild();
    }

    /**
     * Shows a board that was not fitted here (a session's saved fits) as the fit of the points
     * shown, split at the cut-off: without bootstraps, and without fit options.
     */
    public void showFits(Leaderboard fitted, Map<String, ScalingLaw> byId) {
        SelectedCurve shown = selectedCurve();
        HoldOutSplit split = holdOut();
        boolean[] held = plot.heldOut(shown.excluded(), split);
        showFit(new CurveFit(shown, held, plot.fitData(shown.excluded(), held), fitted,
                byId, Map.of(), Map.of()));
    }

    /** The points shown with the user's exclusions, as the fit use case takes them. */
    public SelectedCurve selectedCurve() {
        return new SelectedCurve(plot, excludedMask());
    }

    /**
     * The hold-out: the per-curve split when one is chosen ({@link #perCurveProperty()}), else the
     * points right of the cut-off, none when there is no cut-off.
     */
    public HoldOutSplit holdOut() {
        if (perCurve.get() != null) {
            return perCurve.get();
        }
        double cut = cutOff.get();
        return Double.isNaN(cut) ? HoldOutSplit.NONE : new HoldOutSplit.CutOff(cut);
    }

    /** Excludes point k (index into the curve) if included, includes it if excluded; undoable. */
    public void toggle(int k) {
        int row = curve.get().rowAt(k);
        String what = (isExcluded(k) ? "include " : "exclude ") + lineOf(row);
        flip(row);
        history.record(what, () -> flip(row), () -> flip(row));
    }

    private void flip(int row) {
        flipAll(List.of(row));
    }

    /** Toggles every row of {@code rows} at once: one re-rank, one redraw. */
    private void flipAll(List<Integer> rows) {
        rows.forEach(edits::toggle);
        exclusionsChanged.set(exclusionsChanged.get() + 1);
        rebuild();
    }

    /**
     * A group of points on the chart (a compute budget, a model size, a run; the whole curve when
     * the points are not grouped), in the chart's order and colours.
     *
     * @param name     the group's name as the legend shows it
     * @param points   its points
     * @param excluded how many of them are excluded
     */
    public record PointGroup(String name, int points, int excluded) {

        /** Whether every point of the group is excluded. */
        public boolean allExcluded() {
            return excluded == points;
        }
    }

    /** The groups of the points shown, in the chart's order (so in its colours: ascending levels, files in turn). */
    public List<PointGroup> groups() {
        Curve c = curve.get();
        if (c == null) {
            return List.of();
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int k = 0; k < c.size(); k++) {
            int[] n = counts.computeIfAbsent(groupOf(k), g -> new int[2]);
            n[0]++;
            n[1] += isExcluded(k) ? 1 : 0;
        }
        List<PointGroup> out = new ArrayList<>();
        List<String> order = plot.points().grouped() ? plot.points().groupOrder() : List.copyOf(counts.keySet());
        order.stream().filter(counts::containsKey).forEach(name -> out.add(new PointGroup(name, counts.get(name)[0], counts.get(name)[1])));
        return out;
    }

    /** Includes every point of group {@code name}, or excludes every one; one undoable edit. */
    public void setGroupIncluded(String name, boolean included) {
        Curve c = curve.get();
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; c != null && k < c.size(); k++) {
            if (groupOf(k).equals(name) && isExcluded(k) == included) {
                rows.add(c.rowAt(k));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        flipAll(rows);
        history.record((included ? "include " : "exclude ") + name, () -> flipAll(rows), () -> flipAll(rows));
    }

    private String groupOf(int k) {
        return plot.groupAt(k).orElse(curve.get().name());
    }

    /** The window's undo history. */
    public UndoHistory history() {
        return history;
    }

    /** Changes (a count) each time a point is excluded or included, by the user or by undo. */
    public ReadOnlyIntegerProperty exclusionsChangedProperty() {
        return exclusionsChanged.getReadOnlyProperty();
    }

    /** Whether point k is excluded. */
    public boolean isExcluded(int k) {
        return edits.isExcluded(curve.get().rowAt(k));
    }

    /** The points to fit and to score: excluded points left out, the rest split by the hold-out. */
    public Partition partition() {
        Curve c = curve.get();
        int[] kept = IntStream.range(0, c.size()).filter(k -> !isExcluded(k)).toArray();
        boolean[] all = heldMask();
        boolean[] held = new boolean[kept.length];
        for (int i = 0; i < kept.length; i++) {
            held[i] = all[kept[i]];
        }
        return Partition.of(c.subset(kept), held);
    }

    /** Which points are held out (excluded ones never): right of the cut-off, or each curve split alone. */
    private boolean[] heldMask() {
        boolean[] excluded = excludedMask();
        HoldOutSplit split = perCurve.get();
        if (split == null) {
            boolean[] held = new boolean[excluded.length];
            double cut = cutOff.get();
            for (int k = 0; k < held.length; k++) {
                held[k] = !excluded[k] && !Double.isNaN(cut) && curve.get().xAt(k) > cut;
            }
            return held;
        }
        return CurveHoldOuts.held(curve.get(), curveOf, excluded, split);
    }

    /** The cut-off line as drawn: NaN while a per-curve hold-out is chosen (no one x splits every curve). */
    public double shownCutOff() {
        return perCurve.get() == null ? cutOff.get() : Double.NaN;
    }

    /** The rows to fit and to score, with every variable the points carry (x, and N, D, C with such a file). */
    public FitData fitData() {
        return plot.fitData(excludedMask(), holdOut());
    }

    /** One line about point k for the hover tooltip: its source line, x, y, group and state. */
    public String describe(int k) {
        Curve c = curve.get();
        String state = isExcluded(k) ? " (excluded)" : highlighted != null && !highlighted[k] ? " (another curve)"
                : heldMask()[k] ? " (held out)" : "";
        String group = plot.groupAt(k).map(g -> ", " + g).orElse("");
        return String.format("%s: %s = %s, %s = %s%s%s", lineOf(c.rowAt(k)), c.x().name(), WindowNumbers.format(c.xAt(k)),
                c.y().name(), WindowNumbers.format(c.yAt(k)), group, state);
    }

    /** Where a row was read: "line 17", or "small.csv line 17" with several files on the chart. */
    private String lineOf(int row) {
        Sweep sweep = curve.get().sweep();
        String line = "line " + sweep.lineNumber(row);
        return SweepUnion.fileColumn(sweep).map(f -> f.text(row) + " " + line).orElse(line);
    }

    private boolean[] excludedMask() {
        boolean[] excluded = new boolean[curve.get().size()];
        IntStream.range(0, excluded.length).forEach(k -> excluded[k] = isExcluded(k));
        return excluded;
    }

    private void rebuild() {
        Curve c = curve.get();
        if (c == null) {
            spec.set(null);
            return;
        }
        spec.set(plotSpec());
    }

    /**
     * The chart's one call into the plot builder. In the "all curves" view, every curve with its own
     * fit ({@link ScalingPlots#of(FitOutcome, HoldOutSplit, PlotOptions)}, as {@code plot --group-by}
     * draws it). Else with a curve chosen among several, the other curves' points are drawn dimmed
     * (as left out of this fit) and the chosen curve's fit over its own points.
     */
    private ScalingPlotSpec plotSpec() {
        if (allCurves.get() && outcome != null) {
            return ScalingPlots.of(outcome.fits(), outcome.split(), PlotOptions.of(outcome.key(), false));
        }
        boolean[] other = new boolean[curve.get().size()];
        for (int k = 0; highlighted != null && k < other.length; k++) {
            other[k] = !highlighted[k];
        }
        boolean[] held = heldMask();
        for (int k = 0; k < held.length; k++) {
            held[k] &= !other[k];
        }
        return ScalingPlots.of(plot, excludedMask(), other, held, shownCutOff(), fit.get());
    }

    /** Whether every curve is drawn with its own fit (after a fit with a curve key) instead of the chosen one alone. */
    public BooleanProperty allCurvesProperty() {
        return allCurves;
    }

    /** The per-curve hold-out ({@code last:K}, {@code upto:F%}), or null for the cut-off. */
    public ObjectProperty<HoldOutSplit> perCurveProperty() {
        return perCurve;
    }

    /** Every curve's fit of the latest fit with a curve key, or null. */
    public CurveOutcome outcome() {
        return outcome;
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

    /** The latest fit of the curve shown (set before {@link #boardProperty()} changes), or null. */
    public ReadOnlyObjectProperty<CurveFit> fitProperty() {
        return fit.getReadOnlyProperty();
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
