package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.frontier.SweepFrontier;
import org.scalingworkbench.app.frontier.SweepFrontierReport;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.figure.FrontierPlotSpec;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.ui.common.WindowNumbers;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * State of the Frontier tab: the compute-optimal frontier of the selected file by every approach
 * its rows allow (as the {@code frontier} command computes it), of the loss chosen as the fit
 * panel's target, read off at a budget (empty: the largest C in the file) with bootstrap intervals.
 * Recomputed in the background when the file, the target or a setting changes; only the latest
 * computation's result is shown.
 */
public final class FrontierViewModel {

    /** Points along each approach's frontier line in the plot. */
    private static final int LINE_POINTS = 32;

    private final TaskRunner tasks;
    private final ObservableValue<ImportedSweep> selected;
    private final ObservableValue<String> target;
    private final StringProperty budget = new SimpleStringProperty("");
    private final IntegerProperty resamples = new SimpleIntegerProperty(100);
    private final IntegerProperty excludeTop = new SimpleIntegerProperty(0);
    private final StringProperty objective = new SimpleStringProperty(FitViewModel.OBJECTIVES.get(0));
    private final ReadOnlyObjectWrapper<FrontierPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FrontierRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetUsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lossUsed = new ReadOnlyStringWrapper("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private boolean stale;
    private TaskHandle handle;
    private ImportedSweep shownSweep;
    private int generation;
    /** What the latest computation was asked for, so that one change seen twice starts it once. */
    private List<Object> requested;

    /**
     * @param selected the file whose frontier is shown (null for none)
     * @param target   the fit panel's target column, the loss of the frontier when the file has it
     */
    public FrontierViewModel(TaskRunner tasks, ObservableValue<ImportedSweep> selected, ObservableValue<String> target) {
        this.tasks = Objects.requireNonNull(tasks);
        this.selected = Objects.requireNonNull(selected);
        this.target = Objects.requireNonNull(target);
        selected.addListener((o, old, now) -> refresh());
        target.addListener((o, old, now) -> refresh());
        budget.addListener((o, old, now) -> refresh());
        resamples.addListener((o, old, now) -> refresh());
        excludeTop.addListener((o, old, now) -> refresh());
        objective.addListener((o, old, now) -> refresh());
        active.addListener((o, old, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * Whether the frontier is on screen. While it is not, changes only mark it stale, and it is
     * computed when it is shown again: a bootstrapped frontier costs seconds of CPU that nobody
     * looking at the Fit tab asked for.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    private void refresh() {
        if (!active.get()) {
            stale = true;
            requested = null;
            if (handle != null && !handle.isDone()) {
                handle.cancel();
                generation++;
                running.set(false);
            }
            return;
        }
        stale = false;
        ImportedSweep imported = selected.getValue();
        String loss = imported == null ? null : loss(imported.sweep());
        List<Object> request = Arrays.asList(imported, loss, budget.get(), resamples.get(), excludeTop.get(), objective.get());
        if (request.equals(requested)) {
            return;
        }
        requested = request;
        int mine = ++generation;
        if (handle != null && !handle.isDone()) {
            handle.cancel();
        }
        String why = imported == null ? "Load a file to see its compute-optimal frontier." : unsuited(imported.sweep(), loss);
        double flops = parseBudget();
        if (why == null && Double.isNaN(flops) && !budget.get().isBlank()) {
            why = "The budget must be a positive number of FLOPs such as 1e24, got '" + budget.get().strip() + "'.";
        }
        if (why != null) {
            running.set(false);
            shownSweep = null;
            show(null, List.of(), why, "");
            return;
        }
        org.scalingworkbench.app.request.FitRequest fitRequest = new org.scalingworkbench.app.request.FitRequest(
                org.scalingworkbench.app.request.DataSelection.loaded().withColumns(null, loss)
                        .withExcludeHighest(Math.max(0, excludeTop.get())),
                List.of(org.scalingworkbench.app.request.LawSpec.builtIn("chinchilla")), objective(),
                org.scalingworkbench.analysis.HoldOutSplit.NONE,
                org.scalingworkbench.app.request.Resampling.of(Math.max(0, resamples.get())));
        org.scalingworkbench.app.frontier.FrontierOptions options = org.scalingworkbench.app.frontier.FrontierOptions.defaults()
                .withBudget(flops);
        SweepFrontier frontier = SweepFrontier.standard();
        running.set(true);
        if (imported != shownSweep) {
            show(null, List.of(), "", "");
            shownSweep = imported;
        }
        placeholder.set("Computing the compute-optimal frontier of " + imported.sweep().sourceName() + "…");
        handle = tasks.run("Compute-optimal frontier", context -> frontier.run(fitRequest, options,
                imported.sweep(), context), report -> {
                    if (mine == generation) {
                        running.set(false);
                        accept(report);
                    }
                }, e -> {
                    if (mine == generation) {
                        running.set(false);
                        show(null, List.of(), "The frontier could not be computed: " + e.getMessage(), "");
                    }
                });
    }

    private void accept(SweepFrontierReport report) {
        List<FrontierEstimate> estimates = report.comparison().estimates();
        List<String> lines = new ArrayList<>();
        estimates.forEach(e -> e.notes().forEach(n -> lines.add(FrontierRow.name(e.approach()) + ": " + n)));
        report.comparison().skipped().forEach((a, why) -> lines.add(FrontierRow.name(a) + " not run: " + why));
        budgetUsed.set(WindowNumbers.format(report.budget()));
        lossUsed.set(report.lossName());
        String why = estimates.isEmpty() ? "No approach could run on " + report.source() + ": "
                + String.join("; ", lines) : "";
        show(estimates.isEmpty() ? null : plot(report), estimates.stream().map(FrontierRow::new).toList(), why,
                String.join("\n", lines));
    }

    private void show(FrontierPlotSpec s, List<FrontierRow> r, String why, String text) {
        spec.set(s);
        rows.setAll(r);
        placeholder.set(why);
        notes.set(text);
    }

    /** Each approach's N_opt(C) and D_opt(C) from the smallest C in the file to the budget (or beyond). */
    private static FrontierPlotSpec plot(SweepFrontierReport report) {
        double from = Double.isNaN(report.smallestCompute()) ? report.budget() / 1e3 : report.smallestCompute();
        double lo = Math.log(Math.min(from, report.budget()));
        double hi = Math.log(Math.max(from, report.budget()));
        hi = hi > lo ? hi : lo + Math.log(10);
        double[] c = new double[LINE_POINTS];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.exp(lo + (hi - lo) * i / (c.length - 1));
        }
        List<FrontierPlotSpec.Series> series = new ArrayList<>();
        for (FrontierEstimate e : report.comparison().estimates()) {
            double[] n = java.util.Arrays.stream(c).map(v -> e.line().optimalParameters(v)).toArray();
            double[] d = java.util.Arrays.stream(c).map(v -> e.line().optimalTokens(v)).toArray();
            series.add(new FrontierPlotSpec.Series(FrontierRow.name(e.approach()), c, n, d, true));
        }
        return new FrontierPlotSpec(series);
    }

    /** Why the frontier of {@code loss} (null: the file's only metric) cannot be computed on {@code sweep}, or null when it can. */
    private static String unsuited(Sweep sweep, String loss) {
        boolean n = sweep.column(ColumnRole.PARAMETERS).isPresent();
        boolean dOrC = sweep.column(ColumnRole.DATA).isPresent() || sweep.column(ColumnRole.COMPUTE).isPresent();
        boolean metric = loss != null || !sweep.columns(ColumnRole.METRIC).isEmpty();
        if (n && dOrC && metric) {
            return null;
        }
        String has = sweep.columns().stream().filter(c -> !c.isDerived())
                .map(c -> c.name() + " (" + c.role().symbol() + ")").collect(Collectors.joining(", "));
        return "The frontier needs columns for parameters N and tokens D (or compute C), and a loss: this file has "
                + has + ". Change the column roles on the left if one of them is N, D, C or the loss.";
    }

    /**
     * The loss column's name: the fit panel's target when the file has it as a number that is not
     * a size or a step, else null for the only metric column, else the first metric whose name says
     * loss, else the first metric (null when the file has none).
     */
    private String loss(Sweep sweep) {
        String chosen = target.getValue();
        boolean usable = chosen != null && sweep.column(chosen)
                .filter(c -> c.isNumeric() && !c.role().isSize() && c.role() != ColumnRole.STEP).isPresent();
        if (usable) {
            return chosen;
        }
        List<Column> metrics = sweep.columns(ColumnRole.METRIC);
        if (metrics.isEmpty()) {
            return null;
        }
        if (metrics.size() == 1) {
            return null;
        }
        return metrics.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains("loss")).findFirst()
                .orElse(metrics.get(0)).name();
    }

    private double parseBudget() {
        try {
            double v = Double.parseDouble(budget.get().strip());
            return v > 0 && Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private Objective objective() {
        return FitViewModel.objectiveOf(objective.get());
    }

    /** The budget C for the read-offs in FLOPs, as typed; empty for the largest C in the file. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** Bootstrap resamples for the 95% intervals (0 for none). */
    public IntegerProperty resamplesProperty() {
        return resamples;
    }

    /** Rows of highest loss the parametric fit leaves out (Besiroglu et al. leave out 5). */
    public IntegerProperty excludeTopProperty() {
        return excludeTop;
    }

    /** The parametric fit's objective, one of {@link FitViewModel#OBJECTIVES}. */
    public StringProperty objectiveProperty() {
        return objective;
    }

    /** The frontier plot, or null (see {@link #placeholderProperty()}). */
    public ReadOnlyObjectProperty<FrontierPlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** One row per approach that ran. */
    public ObservableList<FrontierRow> rows() {
        return rows;
    }

    /** Why there is no frontier, in plain words; empty when there is one. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What each approach left out, and the approaches that did not run with why, one per line. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** The loss column of the last frontier, by name. */
    public ReadOnlyStringProperty lossUsedProperty() {
        return lossUsed.getReadOnlyProperty();
    }

    /** The budget of the last read-offs in FLOPs, as text ("3.000e+21"). */
    public ReadOnlyStringProperty budgetUsedProperty() {
        return budgetUsed.getReadOnlyProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
