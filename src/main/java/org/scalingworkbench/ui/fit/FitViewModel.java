package org.scalingworkbench.ui.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * State of the right panel and the leaderboard: which columns are plotted, which laws are fitted
 * (ticks plus a custom formula checked as typed; laws of N and D too when the file has them, see
 * {@link LawOffer} and {@link PlotData}), the objective and the bootstrap, the Fit command
 * with cancel, the results and the board. While the cut-off is dragged the board follows with warm
 * starts, at most one computation in flight, the latest cut-off winning; the drag's end refits cold.
 */
public final class FitViewModel {

    /** The objectives offered, by label. */
    public static final List<String> OBJECTIVES = List.of("log least squares", "log Huber (δ=1e-3)", "least squares");

    private final TaskRunner tasks;
    private final ChartViewModel chart;
    private final ObjectProperty<Sweep> sweep = new SimpleObjectProperty<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty xColumn = new SimpleStringProperty();
    private final StringProperty yColumn = new SimpleStringProperty();
    private final LawOffer offer = new LawOffer();
    private final StringProperty formula = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formulaError = new ReadOnlyStringWrapper("");
    private final StringProperty objective = new SimpleStringProperty(OBJECTIVES.get(0));
    private final IntegerProperty resamples = new SimpleIntegerProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<ParameterRow> results = FXCollections.observableArrayList();
    private final ObservableList<LeaderboardEntry> ranking = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, BootstrapResult>> bootstraps = new SimpleObjectProperty<>(Map.of());
    /** The results table's rows for the board shown next, made with it off the FX thread. */
    private List<ParameterRow> nextRows = List.of();
    private final UndoHistory history;
    private final ParameterTableModel parameters;
    private TaskHandle fitHandle;
    private TaskHandle warmHandle;
    private boolean warmPending;
    private int generation;
    private double dragStart = Double.NaN;

    public FitViewModel(TaskRunner tasks, ChartViewModel chart) {
        this.tasks = Objects.requireNonNull(tasks);
        this.chart = Objects.requireNonNull(chart);
        this.history = chart.history();
        this.parameters = new ParameterTableModel(history);
        laws().forEach(this::recordTicks);
        formula.addListener((obs, old, now) -> checkFormula());
        formula.addListener((obs, old, now) -> parameters.offer(chosenLaws()));
        parameters.offer(chosenLaws());
        chart.exclusionsChangedProperty().addListener((obs, old, now) -> pointsChanged());
        sweep.addListener((obs, old, now) -> offerColumns(now));
        xColumn.addListener((obs, old, now) -> showCurve());
        yColumn.addListener((obs, old, now) -> showCurve());
        chart.boardProperty().addListener((obs, old, now) -> showBoard(now));
    }

    /** Shows the given file (null for none), picking its scale and metric columns. */
    public void show(ImportedSweep imported) {
        sweep.set(imported == null ? null : imported.sweep());
    }

    /** Fits the ticked laws (and the custom formula when valid) from cold, then bootstraps them. */
    public void fit() {
        List<ScalingLaw> chosen = chosenLaws();
        if (chart.curveProperty().get() == null || chosen.isEmpty()) {
            message.set(chosen.isEmpty() ? "Tick at least one law to fit" : "Load a file first");
            return;
        }
        Optional<String> problem = parameters.problem(chosen);
        if (problem.isPresent()) {
            message.set("Cannot fit: " + problem.get());
            return;
        }
        cancel();
        int mine = ++generation;
        running.set(true);
        message.set("Fitting " + chosen.size() + " laws…");
        FitJob job = new FitJob(chosen, parameters.options(chosen, options()), chart.fitData(), null, resamples.get(), 42L);
        fitHandle = tasks.run("Fitting " + chosen.size() + " laws", job, out -> {
            if (mine == generation) {
                running.set(false);
                accept(out, chosen);
            }
        }, e -> fail(mine, e));
    }

    /** Stops a running fit; what was shown before stays. */
    public void cancel() {
        if (fitHandle != null && !fitHandle.isDone()) {
            fitHandle.cancel();
            message.set("Fit cancelled");
        }
        running.set(false);
    }

    /** The cut-off was dragged to {@code x}: the board follows with a warm start. */
    public void dragCutOff(double x) {
        if (Double.isNaN(dragStart)) {
            dragStart = chart.cutOffProperty().get();
        }
        chart.cutOffProperty().set(x);
        rerank();
    }

    /** Re-ranks the fitted laws warm on the current points; at most one in flight, the latest state winning. */
    private void rerank() {
        if (chart.boardProperty().get() == null) {
            return;
        }
        if (warmHandle != null && !warmHandle.isDone()) {
            warmPending = true;
            return;
        }
        List<ScalingLaw> fitted = fittedLaws();
        if (fitted.isEmpty() || parameters.problem(fitted).isPresent()) {
            return;
        }
        int mine = generation;
        FitJob job = new FitJob(fitted, parameters.options(fitted, options()), chart.fitData(), chart.boardProperty().get(), 0, 42L);
        warmHandle = tasks.run("Re-ranking the fitted laws", job, out -> {
            if (mine == generation) {
                accept(out, fitted);
            }
            followPending();
        }, e -> followPending());
    }

    /** The drag ended at {@code x}: one cold refit there; the whole drag is one undoable move. */
    public void endDrag(double x) {
        double from = Double.isNaN(dragStart) ? chart.cutOffProperty().get() : dragStart;
        dragStart = Double.NaN;
        moveCutOff(x);
        if (from != x) {
            history.record("move cut-off", () -> moveCutOff(from), () -> moveCutOff(x));
        }
    }

    private void moveCutOff(double x) {
        warmPending = false;
        chart.cutOffProperty().set(x);
        if (chart.boardProperty().get() != null) {
            fit();
        }
    }

    private void followPending() {
        if (warmPending) {
            warmPending = false;
            rerank();
        }
    }

    /** A point was excluded or included: a running fit restarts on the new points, a finished one follows warm. */
    private void pointsChanged() {
        if (running.get()) {
            fit();
        } else {
            rerank();
        }
    }

    private void recordTicks(LawChoice c) {
        c.selectedProperty().addListener((obs, old, now) -> {
            parameters.offer(chosenLaws());
            history.record((now ? "tick " : "untick ") + c.law().id(), () -> c.selectedProperty().set(old),
                    () -> c.selectedProperty().set(now));
        });
    }

    private void accept(FitJob.Outcome out, List<ScalingLaw> fitted) {
        Leaderboard previous = chart.boardProperty().get();
        if (previous != null && out.board().entries().stream().allMatch(e -> e.status() == FitStatus.FAILED)) {
            LeaderboardEntry first = out.board().entries().get(0);
            message.set("No law could be fitted (" + first.lawId() + ": " + first.detail() + "); the previous result stays.");
            return;
        }
        Map<String, ScalingLaw> byId = new LinkedHashMap<>();
        fitted.forEach(l -> byId.put(l.id(), l));
        bootstraps.set(out.bootstraps());
        nextRows = out.rows();
        parameters.showFitted(out.board());
        chart.showFits(out.board(), byId);
        Leaderboard b = out.board();
        message.set(String.format("%d laws fitted on %d points, %d held out", b.entries().size(), b.trainPoints(), b.heldOutPoints()));
    }

    private void fail(int mine, Exception e) {
        if (mine == generation) {
            running.set(false);
            message.set("Fit failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void showBoard(Leaderboard board) {
        ranking.setAll(board == null ? List.of() : board.entries());
        results.setAll(board == null ? List.of() : nextRows);
    }

    /** The laws the next fit will fit: the ticked ones, plus the custom formula when it parses. */
    public List<ScalingLaw> chosenLaws() {
        List<ScalingLaw> out = new ArrayList<>(offer.ticked());
        offer.formula(formula.get()).ifPresent(out::add);
        return out;
    }

    private List<ScalingLaw> fittedLaws() {
        Map<String, ScalingLaw> byId = new LinkedHashMap<>();
        chosenLaws().forEach(l -> byId.put(l.id(), l));
        return chart.boardProperty().get().entries().stream().map(e -> byId.get(e.lawId())).filter(Objects::nonNull).toList();
    }

    private void checkFormula() {
        formulaError.set(offer.problem(formula.get()));
    }

    /** What is wrong with {@code text} as a custom formula, naming the column; empty when it parses (or is empty). */
    public String formulaProblem(String text) {
        return offer.problem(text);
    }

    /**
     * Each law's options for the next fit: the chosen objective plus the law's parameter table.
     *
     * @throws IllegalArgumentException naming the law and parameter when a table has a problem
     */
    public Map<String, FitOptions> lawOptions(List<ScalingLaw> chosen) {
        parameters.problem(chosen).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return Map.copyOf(parameters.options(chosen, options()));
    }

    /** The fit options the next fit will use (the chosen objective). */
    public FitOptions options() {
        return FitOptions.defaults().withObjective(objectiveOf(objective.get()));
    }

    /** The objective behind a label of {@link #OBJECTIVES}; an unknown label means the first. */
    public static Objective objectiveOf(String label) {
        int i = OBJECTIVES.indexOf(label);
        return i == 1 ? Objective.logHuber(Objective.DEFAULT_DELTA) : i == 2 ? Objective.leastSquares() : Objective.logLeastSquares();
    }

    /** The label of {@link #OBJECTIVES} closest to {@code o} (Huber of any δ is "log Huber"). */
    public static String labelOf(Objective o) {
        return switch (o.kind()) {
            case LOG_HUBER -> OBJECTIVES.get(1);
            case LEAST_SQUARES -> OBJECTIVES.get(2);
            default -> OBJECTIVES.get(0);
        };
    }

    private void offerColumns(Sweep s) {
        columns.setAll(s == null ? List.of() : s.columns().stream().filter(Column::isNumeric).map(Column::name).toList());
        if (s == null) {
            return;
        }
        String x = PlotData.defaultScale(s).map(Column::name).orElseGet(() -> s.columns().stream()
                .filter(c -> c.isNumeric() && (c.role().isSize() || c.role() == ColumnRole.STEP))
                .map(Column::name).findFirst().orElse(columns.isEmpty() ? null : columns.get(0)));
        String y = s.column(ColumnRole.METRIC).map(Column::name).orElse(columns.isEmpty() ? null : columns.get(columns.size() - 1));
        xColumn.set(x);
        yColumn.set(y);
        showCurve();
    }

    private void showCurve() {
        Sweep s = sweep.get();
        Column x = s == null || xColumn.get() == null ? null : s.column(xColumn.get()).orElse(null);
        Column y = s == null || yColumn.get() == null ? null : s.column(yColumn.get()).orElse(null);
        cancel();
        generation++;
        message.set("");
        PlotData data = x == null || y == null || x == y ? null : PlotData.of(s, x, y);
        offer.offer(data);
        checkFormula();
        parameters.shownProperty().set(null);
        parameters.offer(chosenLaws());
        chart.show(data);
    }

    public ChartViewModel chart() {
        return chart;
    }

    /** The parameter tables (value, fixed, bounds) of the laws to fit. */
    public ParameterTableModel parameters() {
        return parameters;
    }

    /** The window's undo history. */
    public UndoHistory history() {
        return history;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty xColumnProperty() {
        return xColumn;
    }

    public StringProperty yColumnProperty() {
        return yColumn;
    }

    public ObservableList<LawChoice> laws() {
        return offer.choices();
    }

    /** The laws and formula variables offered for the file shown. */
    public LawOffer offer() {
        return offer;
    }

    public StringProperty formulaProperty() {
        return formula;
    }

    public ReadOnlyStringProperty formulaErrorProperty() {
        return formulaError.getReadOnlyProperty();
    }

    public StringProperty objectiveProperty() {
        return objective;
    }

    public IntegerProperty resamplesProperty() {
        return resamples;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ParameterRow> results() {
        return results;
    }

    public ObservableList<LeaderboardEntry> ranking() {
        return ranking;
    }

    public Map<String, BootstrapResult> bootstraps() {
        return bootstraps.get();
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
        generation++;
        bootstraps.set(Map.of());
        nextRows = ResultRows.of(board, Map.of());
        chart.showFits(board, byId);
        message.set(note);
    }
}
