package org.scalingworkbench.ui.fit;

import org.scalingworkbench.app.select.PlotData;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.FitStatus;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.edit.UndoHistory;

/**
 * State of the right panel and the leaderboard: which columns are plotted ({@link ColumnOffer}),
 * which laws are fitted and how ({@link FitSetup}: ticks plus a custom formula checked as typed,
 * laws of N and D too when the file has them, the objective and the bootstrap), the Fit command
 * with cancel, and the results and the board ({@link FitResults}). While the cut-off is dragged the
 * board follows with warm starts ({@link CutOffDrag}); the drag's end refits cold.
 */
public final class FitViewModel {

    /** The objectives offered, by label. */
    public static final List<String> OBJECTIVES = List.of("log least squares", "log Huber (δ=1e-3)", "least squares");

    private final TaskRunner tasks;
    private final ChartViewModel chart;
    private final ObjectProperty<Sweep> sweep = new SimpleObjectProperty<>();
    private final ColumnOffer columns = new ColumnOffer();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FitResults results;
    private final FitSetup setup;
    private final CutOffDrag drag;
    private TaskHandle fitHandle;
    private int generation;

    public FitViewModel(TaskRunner tasks, ChartViewModel chart) {
        this.tasks = Objects.requireNonNull(tasks);
        this.chart = Objects.requireNonNull(chart);
        this.setup = new FitSetup(chart.history());
        this.results = new FitResults(chart);
        this.drag = new CutOffDrag(tasks, chart, this::warmRerank, this::fit, running::get);
        sweep.addListener((obs, old, now) -> offerColumns(now));
        columns.xColumnProperty().addListener((obs, old, now) -> showCurve());
        columns.yColumnProperty().addListener((obs, old, now) -> showCurve());
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
        Optional<String> problem = setup.problem(chosen);
        if (problem.isPresent()) {
            message.set("Cannot fit: " + problem.get());
            return;
        }
        cancel();
        int mine = ++generation;
        running.set(true);
        message.set("Fitting " + chosen.size() + " laws…");
        FitJob job = new FitJob(chosen, setup.options(chosen), chart.fitData(), null, setup.resamplesProperty().get(), 42L);
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
        drag.drag(x);
    }

    /** The drag ended at {@code x}: one cold refit there; the whole drag is one undoable move. */
    public void endDrag(double x) {
        drag.end(x);
    }

    /** A warm re-rank of the fitted laws on the current points, dropped if a newer fit or file came; empty when none can run. */
    private Optional<CutOffDrag.Rerank> warmRerank() {
        List<ScalingLaw> fitted = setup.chosenOn(chart.boardProperty().get());
        if (fitted.isEmpty() || setup.problem(fitted).isPresent()) {
            return Optional.empty();
        }
        int mine = generation;
        FitJob job = new FitJob(fitted, setup.options(fitted), chart.fitData(), chart.boardProperty().get(), 0, 42L);
        return Optional.of(new CutOffDrag.Rerank(job, out -> {
            if (mine == generation) {
                accept(out, fitted);
            }
        }));
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
        results.prepare(out.bootstraps(), out.rows());
        setup.parameters().showFitted(out.board());
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

    /** The laws the next fit will fit: the ticked ones, plus the custom formula when it parses. */
    public List<ScalingLaw> chosenLaws() {
        return setup.chosenLaws();
    }

    /** What is wrong with {@code text} as a custom formula, naming the column; empty when it parses (or is empty). */
    public String formulaProblem(String text) {
        return setup.offer().problem(text);
    }

    /**
     * Each law's options for the next fit: the chosen objective plus the law's parameter table.
     *
     * @throws IllegalArgumentException naming the law and parameter when a table has a problem
     */
    public Map<String, FitOptions> lawOptions(List<ScalingLaw> chosen) {
        setup.problem(chosen).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return Map.copyOf(setup.options(chosen));
    }

    /** The fit options the next fit will use (the chosen objective). */
    public FitOptions options() {
        return setup.options();
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
        columns.offer(s);
        showCurve(); // with no file, nothing on the chart
    }

    private void showCurve() {
        PlotData data = columns.plotted(sweep.get());
        cancel();
        generation++;
        message.set("");
        setup.offer(data);
        chart.show(data);
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

    public StringProperty objectiveProperty() {
        return setup.objectiveProperty();
    }

    public IntegerProperty resamplesProperty() {
        return setup.resamplesProperty();
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
        generation++;
        results.prepare(Map.of(), ResultRows.of(board, Map.of()));
        chart.showFits(board, byId);
        message.set(note);
    }
}
