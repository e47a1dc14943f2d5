package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.ui.fit.ChartViewModel;

/**
 * State of the Residuals tab: for every law on the leaderboard, ln y − ln f(x) (natural log) at the
 * fitted and the held-out points, as a plot spec and as a table (fit RMSLE, held-out RMSLE, max
 * |residual| held out). Recomputed in the background whenever the chart changes (a fit, a cut-off
 * move, an exclusion); a result computed for inputs that have since changed is dropped.
 */
public final class ResidualsViewModel {

    private final ChartViewModel chart;
    private final ReadOnlyObjectWrapper<ScalingPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ResidualRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");

    /** The plot (null when no law could be drawn) and the table. */
    record Result(ScalingPlotSpec spec, List<ResidualRow> rows) { }

    /**
     * Computed on the FX thread as the chart changes: it only regroups what the chart already holds
     * (its curves and points, the board's errors), no fitting or prediction of its own.
     */
    public ResidualsViewModel(ChartViewModel chart) {
        this.chart = Objects.requireNonNull(chart);
        chart.specProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Curve curve = chart.curveProperty().get();
        Leaderboard board = chart.boardProperty().get();
        if (curve == null || board == null) {
            show(null, List.of(), curve == null ? "Load a file to see the residuals of its fits."
                    : "No laws fitted yet: press Fit on the right, and the residuals ln y − ln f(x) of each law on the"
                    + " leaderboard appear here.");
            return;
        }
        ScalingPlotSpec chartSpec = chart.specProperty().get();
        double cutOff = chart.shownCutOff();
        Result out = compute(chartSpec, board, cutOff);
        show(out.spec(), out.rows(), out.spec() == null ? "No law on the leaderboard could be drawn on the plotted"
                + " points, so there are no residuals to plot." : "");
    }

    private void show(ScalingPlotSpec s, List<ResidualRow> r, String why) {
        spec.set(s);
        rows.setAll(r);
        placeholder.set(why);
    }

    /**
     * The residual plot of the laws drawn on the chart (one curve per group for a law of N and D),
     * at the fitted and held-out points, and the table of the board's errors (the leaderboard's own
     * numbers, so the two never disagree).
     */
    static Result compute(ScalingPlotSpec chartSpec, Leaderboard board, double cutOff) {
        List<ResidualRow> table = new ArrayList<>();
        for (LeaderboardEntry e : board.entries()) {
            if (e.status() != FitStatus.FAILED) {
                table.add(new ResidualRow(e.lawId(), e.train().rmsle(), e.heldOut().rmsle(), e.heldOut().maxAbsLogError()));
            }
        }
        List<PointSeries> points = chartSpec.points().stream().filter(s -> !s.state().dimmed()).toList();
        ScalingPlotSpec plot = chartSpec.curves().isEmpty() || points.isEmpty() ? null : new ScalingPlotSpec(chartSpec.x(),
                AxisSpec.linear("ln(y / fit)"), points, chartSpec.curves(), cutOff, true, chartSpec.key());
        return new Result(plot, table);
    }

    /** The residual plot, or null when there is none (see {@link #placeholderProperty()}). */
    public ReadOnlyObjectProperty<ScalingPlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** One row per law on the board, in board order. */
    public ObservableList<ResidualRow> rows() {
        return rows;
    }

    /** Why there is no plot, in plain words; empty when there is one. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
