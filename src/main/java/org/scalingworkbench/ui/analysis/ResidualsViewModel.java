package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.fit.ChartViewModel;

/**
 * State of the Residuals tab: for every law on the leaderboard, ln y − ln f(x) (natural log) at the
 * fitted and the held-out points, as a plot spec and as a table (fit RMSLE, held-out RMSLE, max
 * |residual| held out). Recomputed in the background whenever the chart changes (a fit, a cut-off
 * move, an exclusion); a result computed for inputs that have since changed is dropped.
 */
public final class ResidualsViewModel {

    private final TaskRunner tasks;
    private final ChartViewModel chart;
    private final ReadOnlyObjectWrapper<ScalingPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ResidualRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private int generation;

    /** What the background work returns: the plot (null when no law could be drawn) and the table. */
    record Result(ScalingPlotSpec spec, List<ResidualRow> rows) { }

    public ResidualsViewModel(TaskRunner tasks, ChartViewModel chart) {
        this.tasks = Objects.requireNonNull(tasks);
        this.chart = Objects.requireNonNull(chart);
        chart.specProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        int mine = ++generation;
        Curve curve = chart.curveProperty().get();
        Leaderboard board = chart.boardProperty().get();
        if (curve == null || board == null) {
            show(null, List.of(), curve == null ? "Load a file to see the residuals of its fits."
                    : "No laws fitted yet: press Fit on the right, and the residuals ln y − ln f(x) of each law on the"
                    + " leaderboard appear here.");
            return;
        }
        Partition partition = chart.partition();
        Map<String, ScalingLaw> laws = chart.fittedLaws();
        double cutOff = chart.cutOffProperty().get();
        tasks.run("Residuals", context -> compute(curve, partition, board, laws, cutOff), out -> {
            if (mine == generation) {
                show(out.spec(), out.rows(), out.spec() == null ? "No law on the leaderboard gives positive predictions"
                        + " at every point, so there are no residuals to plot." : "");
            }
        }, e -> {
            if (mine == generation) {
                show(null, List.of(), "The residuals could not be computed: " + e.getMessage());
            }
        });
    }

    private void show(ScalingPlotSpec s, List<ResidualRow> r, String why) {
        spec.set(s);
        rows.setAll(r);
        placeholder.set(why);
    }

    /** The residual plot and table of the board's laws on the partition's points. */
    static Result compute(Curve curve, Partition partition, Leaderboard board, Map<String, ScalingLaw> laws, double cutOff) {
        List<ResidualRow> table = new ArrayList<>();
        List<CurveSpec> curves = new ArrayList<>();
        double[] trainX = partition.trainX();
        double lo = Arrays.stream(trainX).min().orElse(Double.NaN);
        double hi = Arrays.stream(trainX).max().orElse(Double.NaN);
        for (LeaderboardEntry e : board.entries()) {
            ScalingLaw law = laws.get(e.lawId());
            if (e.status() == FitStatus.FAILED || law == null) {
                continue;
            }
            double[] p = e.fit().values();
            ExtrapolationError fit = ExtrapolationError.of(predict(law, p, trainX), partition.trainY());
            ExtrapolationError held = ExtrapolationError.of(predict(law, p, partition.heldOutX()), partition.heldOutY());
            table.add(new ResidualRow(law.id(), fit.rmsle(), held.rmsle(), held.maxAbsLogError()));
            if (fit.isFinite() && (held.points() == 0 || held.isFinite()) && lo <= hi) {
                curves.add(new CurveSpec(law.id(), x -> law.value(new double[] {x}, p), null, lo, hi));
            }
        }
        List<PointSeries> points = new ArrayList<>();
        if (partition.trainSize() > 0) {
            points.add(new PointSeries(curve.name(), PointState.FITTED, trainX, partition.trainY()));
        }
        if (partition.heldOutSize() > 0) {
            points.add(new PointSeries(curve.name(), PointState.HELD_OUT, partition.heldOutX(), partition.heldOutY()));
        }
        ScalingPlotSpec plot = curves.isEmpty() || points.isEmpty() ? null : new ScalingPlotSpec(
                AxisSpec.log(curve.x().name()), AxisSpec.linear("ln(y / fit)"), points, curves, cutOff, true);
        return new Result(plot, table);
    }

    private static double[] predict(ScalingLaw law, double[] p, double[] xs) {
        return Arrays.stream(xs).map(x -> law.value(new double[] {x}, p)).toArray();
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
