package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Backtest;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.LatestTask;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.compare.BacktestReport;
import org.scalingworkbench.app.compare.LeaderboardSummary;
import org.scalingworkbench.app.compare.SweepComparison;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.BacktestPlotSpec;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * State of the Backtest tab: on the Run command, the current curve (excluded points left out) is
 * fitted by every ticked law with the k = 1, 2, … largest runs held out in turn, and each law's
 * held-out RMSLE is shown against how far it extrapolated. Backtests are slow, so they run only on
 * request, can be cancelled, and a result whose curve, exclusions, laws or objective have since
 * changed is dropped with a note.
 */
public final class BacktestViewModel {

    private static final String INVITATION = "Press Run backtest: the largest 1, 2, … runs of the curve are held"
            + " out in turn, every ticked law is refitted on the rest, and its held-out RMSLE is plotted against"
            + " the orders of magnitude it extrapolated.";

    private final FitViewModel fits;
    private final IntegerProperty maxRuns = new SimpleIntegerProperty(6);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<BacktestPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BacktestRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> laws = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(INVITATION);
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper curveShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LeaderboardSummary> summary = new ReadOnlyObjectWrapper<>();
    private final LatestTask backtests;
    private final SweepComparison comparison = SweepComparison.standard();
    private Inputs shown;
    private Inputs pending;
    /** With a curve key, every curve's backtest of the latest run (the chosen one is shown); else null. */
    private BacktestReport curves;

    /**
     * What a backtest depends on: the curve (by identity) and the fit panel's request (points
     * kept, laws with their tables, objective); not its hold-out or bootstrap, which it does not use.
     */
    private record Inputs(Curve curve, FitRequest request) {
        boolean same(Inputs o) {
            return o != null && curve == o.curve && request.equals(o.request);
        }
    }

    public BacktestViewModel(TaskRunner tasks, FitViewModel fits) {
        this.backtests = new LatestTask(Objects.requireNonNull(tasks));
        this.fits = Objects.requireNonNull(fits);
        fits.chart().specProperty().addListener((o, old, now) -> inputsChanged());
        fits.laws().forEach(c -> c.selectedProperty().addListener((o, old, now) -> inputsChanged()));
        fits.formulaProperty().addListener((o, old, now) -> inputsChanged());
        fits.objectiveProperty().addListener((o, old, now) -> inputsChanged());
        maxRuns.addListener((o, old, now) -> inputsChanged());
        fits.chosenCurveProperty().addListener((o, old, now) -> showChosen());
    }

    /**
     * Runs the backtest of the current curve with the fit panel's request, in the background: its
     * laws of x alone (the backtest use case names the others, shown in {@link #leftOutProperty()}),
     * objective and parameter tables.
     */
    public void run() {
        Inputs now = inputs();
        List<ScalingLaw> chosen = fits.chosenLaws();
        if (now == null || chosen.isEmpty()) {
            placeholder.set(now == null ? "Load a file first: the backtest runs on the curve shown in the Fit tab."
                    : "Tick at least one law on the right: the backtest refits the ticked laws.");
            return;
        }
        Optional<String> problem = fits.tableProblem(chosen);
        if (problem.isPresent()) {
            placeholder.set("Cannot backtest: " + problem.get());
            return;
        }
        List<String> notes;
        try {
            notes = comparison.leftOut(now.request());
        } catch (IllegalArgumentException e) {
            placeholder.set("Cannot backtest: " + e.getMessage());
            return;
        }
        leftOut.set(String.join("\n", notes));
        if (notes.size() == now.request().laws().size()) {
            placeholder.set("The backtest holds out the largest runs along x and refits laws of x alone; tick one"
                    + " (laws of N and D are ranked on the Fit tab's leaderboard).");
            return;
        }
        start(now, now.request(), now.request().laws().size() - notes.size());
    }

    /** Starts the backtest of {@code request}, of which {@code count} laws are of x alone. */
    private void start(Inputs now, FitRequest request, int count) {
        pending = now;
        int k = Math.max(1, maxRuns.get());
        running.set(true);
        if (!request.data().curveKey().isEmpty()) {
            startEveryCurve(now, request, count, k);
            return;
        }
        SelectedCurve curve = fits.chart().selectedCurve();
        placeholder.set("Backtesting " + count + " laws with up to " + k + " runs held out…");
        backtests.start("Backtest of " + count + " laws", context -> comparison.backtestCurve(request, curve, k, context), result -> {
                    running.set(false);
                    accept(now, result);
                }, e -> {
                    running.set(false);
                    pending = null;
                    placeholder.set("The backtest failed: " + e.getMessage());
                });
    }

    /**
     * With a curve key, backtests every curve as {@code compare --backtest K --group-by} does
     * ({@link SweepComparison#backtest(FitRequest, int, org.scalingworkbench.data.Sweep, org.scalingworkbench.app.TaskContext)}),
     * then shows the curve chosen in the Fit tab and the summary across curves.
     */
    private void startEveryCurve(Inputs now, FitRequest request, int count, int k) {
        placeholder.set("Backtesting " + count + " laws on every curve with up to " + k + " runs held out…");
        backtests.start("Backtest of " + count + " laws on every curve", context -> comparison.backtest(request, k,
                now.curve().sweep(), context), report -> {
                    running.set(false);
                    shown = now;
                    pending = null;
                    curves = report;
                    summary.set(BacktestSummary.of(report));
                    showChosen();
                }, e -> {
                    running.set(false);
                    pending = null;
                    placeholder.set("The backtest failed: " + e.getMessage());
                });
    }

    /** Shows the chosen curve's backtest of the latest run with a curve key (the first curve's when none is chosen). */
    private void showChosen() {
        if (curves == null) {
            return;
        }
        String name = fits.chosenCurveProperty().get() == null ? null : fits.chosenCurveProperty().get().name();
        Optional<Backtest> chosen = curves.backtests().stream().filter(b -> b.curve().equals(name)).findFirst();
        Optional<RefusedCurve> refused = curves.refused().stream().filter(r -> r.name().equals(name)).findFirst();
        if (refused.isPresent()) {
            curveShown.set(name);
            show(null, List.of(), List.of(), name + " was not backtested: " + refused.get().reason() + ".");
            return;
        }
        Backtest b = chosen.orElse(curves.backtests().get(0));
        curveShown.set(b.curve());
        display(b);
    }

    /** Stops a running backtest; what was shown before stays. */
    public void cancel() {
        if (backtests.cancel()) {
            pending = null;
            placeholder.set(spec.get() == null ? "Backtest cancelled. " + INVITATION : "");
        }
        running.set(false);
    }

    private void inputsChanged() {
        Inputs now = inputs();
        boolean runningStale = pending != null && !pending.same(now);
        boolean shownStale = shown != null && !shown.same(now);
        if (!runningStale && !shownStale) {
            return;
        }
        if (runningStale) {
            cancel();
        }
        shown = null;
        curves = null;
        summary.set(null);
        curveShown.set("");
        show(null, List.of(), List.of(), pending != null ? "Backtesting…" : "The curve, its excluded points, the"
                + " ticked laws or the objective changed since the last backtest. " + INVITATION);
    }

    private void accept(Inputs inputs, Backtest backtest) {
        shown = inputs;
        pending = null;
        curves = null;
        summary.set(null);
        curveShown.set("");
        display(backtest);
    }

    /** Shows one curve's backtest: the table and the plot of each law's held-out RMSLE. */
    private void display(Backtest backtest) {
        if (backtest.steps().isEmpty()) {
            show(null, List.of(), List.of(), "This curve has too few runs to hold any out and still fit the rest.");
            return;
        }
        List<String> ids = backtest.steps().get(0).leaderboard().entries().stream().map(LeaderboardEntry::lawId).toList();
        List<BacktestRow> table = backtest.steps().stream().map(s -> {
            Map<String, Double> errors = new LinkedHashMap<>();
            s.leaderboard().entries().stream().filter(e -> e.status() != FitStatus.FAILED)
                    .forEach(e -> errors.put(e.lawId(), e.heldOut().rmsle()));
            return new BacktestRow(s.k(), s.leaderboard().heldOutPoints(), s.ordersOfMagnitude(), errors);
        }).toList();
        BacktestPlotSpec plot = plot(backtest, ids);
        show(plot, ids, table, plot == null ? "No law gave a positive, finite held-out error to plot; see the table." : "");
    }

    private static BacktestPlotSpec plot(Backtest backtest, List<String> ids) {
        List<BacktestPlotSpec.Series> series = new ArrayList<>();
        for (String id : ids) {
            List<double[]> points = backtest.errorByDistance(id).stream()
                    .filter(p -> Double.isFinite(p[0]) && p[1] > 0 && Double.isFinite(p[1])).toList();
            if (!points.isEmpty()) {
                series.add(new BacktestPlotSpec.Series(id, points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray()));
            }
        }
        return series.isEmpty() ? null : new BacktestPlotSpec("orders of magnitude extrapolated (log10 x_test/x_max fit)",
                AxisSpec.log("held-out RMSLE (ln)"), series);
    }

    private void show(BacktestPlotSpec s, List<String> ids, List<BacktestRow> table, String why) {
        spec.set(s);
        laws.setAll(ids);
        rows.setAll(table);
        placeholder.set(why);
    }

    /** The inputs as they are now, or null without a curve. */
    private Inputs inputs() {
        ChartViewModel chart = fits.chart();
        Curve curve = chart.curveProperty().get();
        if (curve == null) {
            return null;
        }
        return new Inputs(curve, fits.currentRequest().withHoldOut(HoldOutSplit.NONE).withBootstrap(Resampling.NONE));
    }

    /** The most runs held out (k goes from 1 to this, fewer when the curve has few runs). */
    public IntegerProperty maxRunsProperty() {
        return maxRuns;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Each law's held-out RMSLE against orders of magnitude extrapolated, or null (see {@link #placeholderProperty()}). */
    public ReadOnlyObjectProperty<BacktestPlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** One row per step, k ascending. */
    public ObservableList<BacktestRow> rows() {
        return rows;
    }

    /** The laws of the last backtest, in the order of its first step's ranking: the table's columns. */
    public ObservableList<String> laws() {
        return laws;
    }

    /** The curve whose backtest is shown, with a curve key; empty without one. */
    public ReadOnlyStringProperty curveShownProperty() {
        return curveShown.getReadOnlyProperty();
    }

    /**
     * With a curve key, the backtests summed up across curves (each curve's step with its largest
     * run held out, as a leaderboard: {@link BacktestSummary}); null without a key or before a run.
     */
    public ReadOnlyObjectProperty<LeaderboardSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The ticked laws the last backtest left out, and why; empty when none. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    /** What to do or why there is no plot, in plain words; empty when there is one. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
