package org.scalingworkbench.ui.fit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.LatestTask;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.compare.LeaderboardSummary;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.plot.PlotOptions;
import org.scalingworkbench.app.plot.ScalingPlots;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.app.select.SelectedCurve;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * State of the right panel and the leaderboard: which columns are plotted ({@link ColumnOffer}),
 * which laws are fitted and how ({@link FitSetup}: ticks plus a custom formula checked as typed,
 * laws of N and D too when the file has them, the objective and the bootstrap), the Fit command
 * with cancel, and the results and the board ({@link FitResults}). The panel's choices are one
 * {@link FitRequest} ({@link #currentRequest()}), which the fit use case ({@link SweepFitting}) runs
 * on the points shown and which the Frontier, read-off and Backtest views take too. While the
 * cut-off is dragged the board follows with warm starts ({@link CutOffDrag}); the drag's end refits
 * cold. With a curve key ("curves by") every curve is fitted, as {@code compare --group-by} fits
 * them ({@link CurveFits}); the curve chosen in the curve chooser ({@link CurveChoice}) is the one
 * whose board, parameters and read-offs are shown and which the chart highlights.
 */
public final class FitViewModel {

    private final ChartViewModel chart;
    private final LatestTask fits;
    private final SweepFitting fitting = SweepFitting.standard();
    private final ObjectProperty<Sweep> sweep = new SimpleObjectProperty<>();
    private final ColumnOffer columns = new ColumnOffer();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FitResults results;
    private final FitSetup setup;
    private final CutOffDrag drag;
    private final CurveChoice curves = new CurveChoice();
    private final HoldOutChoice holdOut = new HoldOutChoice();

    public FitViewModel(TaskRunner tasks, ChartViewModel chart) {
        this.fits = new LatestTask(Objects.requireNonNull(tasks));
        this.chart = Objects.requireNonNull(chart);
        this.setup = new FitSetup(chart.history());
        this.results = new FitResults(chart);
        this.drag = new CutOffDrag(tasks, chart, this::warmRerank, this::fit, running::get,
                () -> chart.boardProperty().get() != null || curves.anyFitted());
        sweep.addListener((obs, old, now) -> offerColumns(now));
        columns.curveKey().addListener((ListChangeListener<String>) c -> keyChanged());
        curves.chosenProperty().addListener((obs, old, now) -> showChosen(now));
        columns.xColumnProperty().addListener((obs, old, now) -> showCurve());
        columns.yColumnProperty().addListener((obs, old, now) -> showCurve());
        List.of(holdOut.formProperty(), holdOut.lastProperty(), holdOut.percentProperty())
                .forEach(p -> p.addListener((obs, old, now) -> holdOutChanged()));
    }

    /**
     * The hold-out form or its K or F changed: the chart shows the points it holds out, and a fit
     * shown is refitted cold on them (as when the cut-off is let go).
     */
    private void holdOutChanged() {
        chart.perCurveProperty().set(holdOut.perCurve());
        if (!running.get() && (chart.boardProperty().get() != null || curves.anyFitted())) {
            fit();
        }
    }

    /** Shows the given file (null for none), picking its scale and metric columns. */
    public void show(ImportedSweep imported) {
        sweep.set(imported == null ? null : imported.sweep());
    }

    /**
     * The panel's choices as a request on the sweep shown: its x and y columns, the rows the user
     * excluded, the laws (ticked, plus the formula when it parses, each with its parameter table),
     * the objective, the points right of the cut-off held out, and the bootstrap.
     */
    public FitRequest currentRequest() {
        DataSelection data = DataSelection.loaded().withColumns(columns.xColumnProperty().get(), columns.yColumnProperty().get())
                .withExcludedRows(Set.copyOf(chart.excludedRows())).withCurveKey(List.copyOf(columns.curveKey()));
        List<ScalingLaw> chosen = chosenLaws();
        return new FitRequest(data, setup.problem(chosen).isPresent() ? List.of() : setup.specs(chosen), setup.objectiveProperty().get(),
                chart.holdOut(), setup.bootstrapProperty().get());
    }

    /** Fits the ticked laws (and the custom formula when valid) from cold, then bootstraps them. */
    public void fit() {
        List<ScalingLaw> chosen = chosenLaws();
        if (chart.curveProperty().get() == null || chosen.isEmpty()) {
            message.set(chosen.isEmpty() ? "Tick at least one law to fit" : "Load a file first");
            return;
        }
        Optional<String> problem = setup.problem(chosen);
        if (problem.isPresent()) {
            message.set("Cannot fit: " + problem.get());
            return;
        }
        FitRequest request = currentRequest();
        if (!request.data().curveKey().isEmpty()) {
            fitEveryCurve(request, chosen.size());
            return;
        }
        SelectedCurve curve = chart.selectedCurve();
        running.set(true);
        message.set("Fitting " + chosen.size() + " laws…");
        fits.start("Fitting " + chosen.size() + " laws", ctx -> FitShown.of(fitting.fitCurve(request, curve, null, ctx)), out -> {
            running.set(false);
            accept(out);
        }, this::failed);
    }

    /** Fits every curve of the key from cold (the use case's fit, as {@code compare --group-by} runs it). */
    private void fitEveryCurve(FitRequest request, int lawCount) {
        FitRequest asked = heldNothingToNone(request);
        Sweep shown = sweep.get();
        running.set(true);
        message.set("Fitting " + lawCount + " laws to every curve…");
        fits.start("Fitting " + lawCount + " laws to every curve", ctx -> CurveFits.cold(fitting, asked, shown, ctx), rows -> {
            running.set(false);
            acceptCurves(rows, asked.holdOut());
        }, this::failed);
    }

    /** With the cut-off right of every point, no hold-out (as one curve fits then), which the use case asks to be said so. */
    private FitRequest heldNothingToNone(FitRequest request) {
        if (holdOut.perCurve() != null) {
            return request;
        }
        return chart.partition().heldOutSize() == 0 ? request.withHoldOut(HoldOutSplit.NONE) : request;
    }

    private void failed(Throwable e) {
        running.set(false);
        message.set("Fit failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** Stops a running fit; what was shown before stays. */
    public void cancel() {
        if (fits.cancel()) {
            message.set("Fit cancelled");
        }
        running.set(false);
    }

    /** The cut-off was dragged to {@code x}: the board follows with a warm start. */
    public void dragCutOff(double x) {
        drag.drag(x);
    }

    /** The drag ended at {@code x}: one cold refit there; the whole drag is one undoable move. */
    public void endDrag(double x) {
        drag.end(x);
    }

    /**
     * A warm re-rank of the fitted laws on the current points (the fit use case, warm from the board
     * shown, no bootstrap), dropped if a newer fit or file came; empty when none can run.
     */
    private Optional<CutOffDrag.Rerank<?>> warmRerank() {
        if (!columns.curveKey().isEmpty()) {
            return warmRerankEveryCurve();
        }
        Leaderboard warm = chart.boardProperty().get();
        List<ScalingLaw> fitted = setup.chosenOn(warm);
        if (fitted.isEmpty() || setup.problem(fitted).isPresent()) {
            return Optional.empty();
        }
        FitRequest request = currentRequest().withLaws(setup.specs(fitted)).withBootstrap(Resampling.NONE);
        SelectedCurve curve = chart.selectedCurve();
        return Optional.of(new CutOffDrag.Rerank<>(ctx -> FitShown.of(fitting.fitCurve(request, curve, warm, ctx)),
                fits.whileLatest(this::accept)));
    }

    /** Every curve re-ranked warm, each from its own board shown, on the current points; empty when none is fitted. */
    private Optional<CutOffDrag.Rerank<?>> warmRerankEveryCurve() {
        Map<String, Leaderboard> previous = curves.boards();
        List<ScalingLaw> fitted = previous.isEmpty() ? List.of() : setup.chosenOn(previous.values().iterator().next());
        if (fitted.isEmpty() || setup.problem(fitted).isPresent()) {
            return Optional.empty();
        }
        FitRequest request = heldNothingToNone(currentRequest().withLaws(setup.specs(fitted)).withBootstrap(Resampling.NONE));
        Sweep shown = sweep.get();
        return Optional.of(new CutOffDrag.Rerank<>(ctx -> CurveFits.warm(fitting, request, shown, previous, ctx),
                fits.whileLatest(out -> acceptCurves(out, request.holdOut()))));
    }

    /**
     * Lists every curve's outcome, keeping the curve chosen; its board, parameters and fit are
     * shown, and every curve's fit is kept for the "all curves" view.
     */
    private void acceptCurves(CurveFits.Fitted every, HoldOutSplit split) {
        List<CurveRow> rows = every.rows();
        curves.show(rows);
        chart.showOutcome(new ChartViewModel.CurveOutcome(every.outcome(), List.copyOf(columns.curveKey()), split));
        long fitted = rows.stream().filter(CurveRow::fitted).count();
        message.set(String.format("%d curves: %d fitted, %d not fitted", rows.size(), fitted, rows.size() - fitted));
    }

    /** Shows the chosen curve: its points strong on the chart, its fit, board, parameters and read-offs. */
    private void showChosen(CurveRow row) {
        if (row == null) {
            chart.showAllCurves();
            return;
        }
        if (row.fitted()) {
            FitShown shown = FitShown.of(row.fit());
            results.prepare(shown.fit().bootstraps(), shown.rows());
            setup.parameters().showFitted(row.fit().board());
        } else {
            setup.parameters().showFitted(null);
        }
        chart.showCurve(row.curve(), row.fit());
    }

    /** The curve key changed: the fits shown were of other curves, so they go; points, exclusions and cut-off stay. */
    private void keyChanged() {
        fits.cancel();
        running.set(false);
        curves.clear();
        chart.clearFit();
        List<SelectedCurve> split = splitIntoCurves();
        if (columns.curveKey().isEmpty()) {
            holdOut.set(HoldOutSplit.NONE);
        } else {
            holdOut.choosePerCurveDefault(split.stream().map(SelectedCurve::keptCount).toList());
        }
        message.set(columns.curveKey().isEmpty() ? "" : "Fit to rank the laws on each curve by " + String.join(", ", columns.curveKey()));
    }

    private void accept(FitShown out) {
        Leaderboard previous = chart.boardProperty().get();
        Leaderboard b = out.fit().board();
        if (previous != null && b.entries().stream().allMatch(e -> e.status() == FitStatus.FAILED)) {
            LeaderboardEntry first = b.entries().get(0);
            message.set("No law could be fitted (" + first.lawId() + ": " + first.detail() + "); the previous result stays.");
            return;
        }
        results.prepare(out.fit().bootstraps(), out.rows());
        setup.parameters().showFitted(b);
        chart.showFit(out.fit());
        message.set(String.format("%d laws fitted on %d points, %d held out", b.entries().size(), b.trainPoints(), b.heldOutPoints()));
    }

    /** The laws the next fit will fit: the ticked ones, plus the custom formula when it parses. */
    public List<ScalingLaw> chosenLaws() {
        return setup.chosenLaws();
    }

    /** What is wrong with the parameter tables of {@code laws}, naming the law and parameter; empty when nothing. */
    public Optional<String> tableProblem(List<ScalingLaw> laws) {
        return setup.problem(laws);
    }

    /** What is wrong with {@code text} as a custom formula, naming the column; empty when it parses (or is empty). */
    public String formulaProblem(String text) {
        return setup.offer().problem(text);
    }

    private void offerColumns(Sweep s) {
        columns.offer(s);
        showCurve(); // with no file, nothing on the chart
    }

    private void showCurve() {
        PlotData data = columns.plotted(sweep.get());
        curves.clear();
        fits.cancel();
        running.set(false);
        message.set("");
        setup.offer(data);
        chart.show(data);
        splitIntoCurves();
    }

    /** Tells the chart which curve each point belongs to (for a per-curve hold-out); the curves, none without a key. */
    private List<SelectedCurve> splitIntoCurves() {
        if (columns.curveKey().isEmpty() || sweep.get() == null || chart.curveProperty().get() == null) {
            chart.setCurves(null);
            return List.of();
        }
        try {
            List<SelectedCurve> out = fitting.select(currentRequest(), sweep.get()).curves();
            chart.setCurves(out);
            return out;
        } catch (IllegalArgumentException e) {
            chart.setCurves(null);
            return List.of();
        }
    }

    public ChartViewModel chart() {
        return chart;
    }

    /** The parameter tables (value, fixed, bounds) of the laws to fit. */
    public ParameterTableModel parameters() {
        return setup.parameters();
    }

    /** The window's undo history. */
    public UndoHistory history() {
        return chart.history();
    }

    /** The numeric columns of the file shown, offered as target and scale. */
    public ObservableList<String> columns() {
        return columns.columns();
    }

    /** The columns offered as the curve key ("curves by"): text, group and run columns, and columns with few values. */
    public ObservableList<String> curveKeyColumns() {
        return columns.keyColumns();
    }

    /** The columns whose values split the rows into curves, in the file's order; empty (the default) for one curve. */
    public ObservableList<String> curveKey() {
        return columns.curveKey();
    }

    /**
     * The summary across the curves of the latest fit with a curve key (per law the mean and median
     * held-out RMSLE, wins, mean rank, curves scored and refused; law against law), the numbers
     * {@code compare --group-by} prints for the same choices; null with fewer than two curves.
     */
    public LeaderboardSummary curveSummary() {
        return curves.summary();
    }

    /** Every curve of the latest fit with a curve key, in the file's order, each fitted or with why not. */
    public ObservableList<CurveRow> curves() {
        return curves.rows();
    }

    /** The curve whose board, parameters and read-offs are shown and which the chart highlights; null for none. */
    public ObjectProperty<CurveRow> chosenCurveProperty() {
        return curves.chosenProperty();
    }

    /** How points are held out: right of the cut-off, or per curve (each curve's last K points, or beyond F% of its x). */
    public HoldOutChoice holdOut() {
        return holdOut;
    }

    /**
     * Sets the hold-out to {@code split} (a session's): {@code last:K} and {@code upto:F%} per curve,
     * {@code x>VALUE} as the cut-off, {@code none} as no cut-off; false (nothing changed) for a
     * form the window does not offer.
     */
    public boolean setHoldOut(HoldOutSplit split) {
        if (split instanceof HoldOutSplit.CutOff c) {
            chart.cutOffProperty().set(c.x());
        } else if (split instanceof HoldOutSplit.None) {
            chart.cutOffProperty().set(Double.NaN);
        } else if (!(split instanceof HoldOutSplit.LastPoints || split instanceof HoldOutSplit.UpTo)) {
            return false;
        }
        holdOut.set(split);
        return true;
    }

    /**
     * The fit of every curve of the latest fit with a curve key, with the key and the hold-out it
     * used (what the "all curves" view draws and the faceted export lays out), or null.
     */
    public ChartViewModel.CurveOutcome curveOutcome() {
        return chart.outcome();
    }

    /**
     * The latest fit of every curve as small multiples, one panel per value of {@code column} (a
     * column of the curve key), as {@code plot --group-by ... --facet COLUMN} lays it out; null
     * before a fit with a curve key or when {@code column} is not in the key it was fitted with.
     */
    public FacetedPlotSpec facets(String column) {
        ChartViewModel.CurveOutcome every = chart.outcome();
        if (every == null || !every.key().contains(column)) {
            return null;
        }
        return ScalingPlots.facets(every.fits(), every.split(), new PlotOptions(every.key(), column, false));
    }

    /** The scale column's name (x). */
    public StringProperty xColumnProperty() {
        return columns.xColumnProperty();
    }

    /** The target column's name (y), the loss the laws are fitted to. */
    public StringProperty yColumnProperty() {
        return columns.yColumnProperty();
    }

    public ObservableList<LawChoice> laws() {
        return setup.offer().choices();
    }

    /** The laws and formula variables offered for the file shown. */
    public LawOffer offer() {
        return setup.offer();
    }

    public StringProperty formulaProperty() {
        return setup.formulaProperty();
    }

    public ReadOnlyStringProperty formulaErrorProperty() {
        return setup.formulaErrorProperty();
    }

    /** What every law minimizes (with Huber's δ and the target offset). */
    public ObjectProperty<Objective> objectiveProperty() {
        return setup.objectiveProperty();
    }

    /** The objectives the picker offers: the usual three, and any other one set (a session's). */
    public ObservableList<Objective> objectives() {
        return setup.objectives();
    }

    /** The bootstrap resamples and seed ({@link Resampling#DEFAULT_SEED} unless a session set another). */
    public ObjectProperty<Resampling> bootstrapProperty() {
        return setup.bootstrapProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ParameterRow> results() {
        return results.rows();
    }

    public ObservableList<LeaderboardEntry> ranking() {
        return results.ranking();
    }

    public Map<String, BootstrapResult> bootstraps() {
        return results.bootstraps();
    }

    /**
     * Shows a board restored from a session, without fitting: no bootstrap, the fits as saved.
     *
     * @param board the restored board
     * @param byId  its laws, by id
     * @param note  what the fit message says about where the results came from
     */
    public void showRestored(Leaderboard board, Map<String, ScalingLaw> byId, String note) {
        cancel();
        results.prepare(Map.of(), ResultRows.of(board, Map.of()));
        chart.showFits(board, byId);
        message.set(note);
    }
}
