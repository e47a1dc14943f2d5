package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.frontier.FrontierApproach;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.LatestTask;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.fit.RefusedCurve;
import org.scalingworkbench.app.frontier.CurveFrontier;
import org.scalingworkbench.app.frontier.CurveFrontiers;
import org.scalingworkbench.app.frontier.FrontierOptions;
import org.scalingworkbench.app.frontier.SweepFrontier;
import org.scalingworkbench.app.frontier.SweepFrontierReport;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.ImportedSweep;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.figure.FrontierPlotSpec;
import org.scalingworkbench.ui.common.WindowNumbers;
import org.scalingworkbench.ui.fit.FitViewModel;

/**
 * State of the Frontier tab: the compute-optimal frontier of the selected file by every approach
 * its rows allow (as the {@code frontier} command computes it, through the same use case), read off
 * at a budget (empty: the largest C in the file). The frontier takes the fit panel's request: its
 * target as the loss, its excluded rows and hold-out, its objective and bootstrap, and Chinchilla's
 * parameter table for the parametric fit; so the tab and the fit panel's read-offs agree.
 * Recomputed in the background when the file, the budget or the panel's request changes; only the
 * latest computation's result is shown.
 */
public final class FrontierViewModel {

    /** Points along each approach's frontier line in the plot. */
    private static final int LINE_POINTS = 32;
    /** The law the parametric approach fits. */
    private static final String PARAMETRIC_LAW = "chinchilla";

    private final LatestTask frontiers;
    private final ObservableValue<ImportedSweep> selected;
    private final FitViewModel fits;
    private final StringProperty budget = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<FrontierPlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FrontierRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetUsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lossUsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper curveShown = new ReadOnlyStringWrapper("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private boolean stale;
    private ImportedSweep shownSweep;
    /** What the latest computation was asked for, so that one change seen twice starts it once. */
    private List<Object> requested;
    /** With a curve key, every curve's frontier of the latest computation and its request (the chosen curve's is shown); else null. */
    private CurveFrontiers curves;
    private FitRequest curvesRequest;

    /**
     * @param selected the file whose frontier is shown (null for none): the files on the chart
     * @param fits     the fit panel, whose request (target, exclusions, hold-out, objective,
     *                 bootstrap, Chinchilla's parameter table) the frontier takes
     */
    public FrontierViewModel(TaskRunner tasks, ObservableValue<ImportedSweep> selected, FitViewModel fits) {
        this.frontiers = new LatestTask(Objects.requireNonNull(tasks));
        this.selected = Objects.requireNonNull(selected);
        this.fits = Objects.requireNonNull(fits);
        selected.addListener((o, old, now) -> refresh());
        budget.addListener((o, old, now) -> refresh());
        // not the x column: a new x always shows a new curve, and a new file sets x before y (no half-set request)
        List.<ObservableValue<?>>of(fits.yColumnProperty(), fits.objectiveProperty(), fits.bootstrapProperty(),
                fits.chart().cutOffProperty(), fits.chart().exclusionsChangedProperty(), fits.chart().curveProperty())
                .forEach(v -> v.addListener((o, old, now) -> refresh()));
        fits.chart().perCurveProperty().addListener((o, old, now) -> refresh());
        fits.curveKey().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        fits.chosenCurveProperty().addListener((o, old, now) -> showChosen());
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
            if (frontiers.cancel()) {
                running.set(false);
            }
            return;
        }
        stale = false;
        ImportedSweep imported = selected.getValue();
        Curve panel = fits.chart().curveProperty().get();
        if (imported != null && panel != null && panel.sweep() != imported.sweep()) {
            return; // the fit panel is still on the file before; its own change refreshes once it shows this one
        }
        String loss = imported == null ? null : loss(imported.sweep());
        FitRequest request = request(loss);
        List<Object> asked = Arrays.asList(imported, budget.get(), request);
        if (asked.equals(requested)) {
            return;
        }
        requested = asked;
        frontiers.cancel();
        String why = imported == null ? "Load a file to see its compute-optimal frontier." : unsuited(imported.sweep(), loss);
        double flops = parseBudget();
        if (why == null && Double.isNaN(flops) && !budget.get().isBlank()) {
            why = "The budget must be a positive number of FLOPs such as 1e24, got '" + budget.get().strip() + "'.";
        }
        if (why != null) {
            running.set(false);
            shownSweep = null;
            curves = null;
            show(null, List.of(), why, "");
            return;
        }
        FrontierOptions options = FrontierOptions.defaults().withBudget(flops);
        running.set(true);
        if (imported != shownSweep) {
            show(null, List.of(), "", "");
            shownSweep = imported;
        }
        placeholder.set("Computing the compute-optimal frontier of " + imported.sweep().sourceName() + "…");
        curves = null;
        if (!request.data().curveKey().isEmpty()) {
            startEveryCurve(imported, request, options);
            return;
        }
        frontiers.start("Compute-optimal frontier", context -> SweepFrontier.standard().run(request, options, imported.sweep(),
                context), report -> {
                    running.set(false);
                    accept(report, request);
                }, e -> {
                    running.set(false);
                    show(null, List.of(), "The frontier could not be computed: " + e.getMessage(), "");
                });
    }

    /**
     * With a curve key, one frontier per curve as {@code frontier --group-by} computes it
     * ({@link SweepFrontier#runCurves}); the curve chosen in the Fit tab is shown (the first when none is).
     */
    private void startEveryCurve(ImportedSweep imported, FitRequest request, FrontierOptions options) {
        frontiers.start("Compute-optimal frontier of every curve", context -> SweepFrontier.standard().runCurves(request, options,
                imported.sweep(), context), every -> {
                    running.set(false);
                    curves = every;
                    curvesRequest = request;
                    showChosen();
                }, e -> {
                    running.set(false);
                    show(null, List.of(), "The frontier could not be computed: " + e.getMessage(), "");
                });
    }

    /** Shows the chosen curve's frontier of the latest computation with a curve key, or why it has none. */
    private void showChosen() {
        if (curves == null) {
            return;
        }
        String name = fits.chosenCurveProperty().get() == null ? null : fits.chosenCurveProperty().get().name();
        Optional<RefusedCurve> refused = curves.refused().stream().filter(r -> r.name().equals(name)).findFirst();
        Optional<CurveFrontier> chosen = curves.curve(name).or(() -> refused.isPresent() ? Optional.empty()
                : curves.curves().stream().findFirst());
        if (chosen.isEmpty()) {
            String why = refused.map(r -> r.name() + ": " + r.reason()).orElse(curves.refused().stream()
                    .map(r -> r.name() + ": " + r.reason()).collect(Collectors.joining("; ")));
            curveShown.set(refused.map(RefusedCurve::name).orElse(""));
            show(null, List.of(), "No compute-optimal frontier for " + why, "");
            return;
        }
        curveShown.set(chosen.get().curve());
        accept(chosen.get().report(), curvesRequest);
    }

    /** The curve whose frontier is shown, with a curve key; empty without one. */
    public ReadOnlyStringProperty curveShownProperty() {
        return curveShown.getReadOnlyProperty();
    }

    /** Every curve's frontier of the latest computation with a curve key, or null. */
    public CurveFrontiers curveFrontiers() {
        return curves;
    }

    /**
     * The fit panel's request on the frontier's loss ({@code loss}: null for the only metric),
     * with Chinchilla's law as the panel sets it (its parameter table) for the parametric fit.
     */
    private FitRequest request(String loss) {
        FitRequest panel = fits.currentRequest();
        LawSpec chinchilla = panel.laws().stream().filter(l -> l.lawId().equals(PARAMETRIC_LAW)).findFirst()
                .orElse(LawSpec.builtIn(PARAMETRIC_LAW));
        return panel.withData(panel.data().withColumns(panel.data().x(), loss)).withLaws(List.of(chinchilla));
    }

    private void accept(SweepFrontierReport report, FitRequest request) {
        List<FrontierEstimate> estimates = report.comparison().estimates();
        List<String> lines = new ArrayList<>();
        if (!request.holdOut().equals(HoldOutSplit.NONE)) {
            String held = request.holdOut() instanceof HoldOutSplit.CutOff c ? "the points right of x = "
                    + WindowNumbers.format(c.x()) : request.holdOut().description();
            lines.add(FrontierRow.name(FrontierApproach.PARAMETRIC) + ": fitted without " + held
                    + ", which the fit panel holds out (move the cut-off past the last point to fit them all)");
        }
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
        String chosen = fits.yColumnProperty().get();
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

    /** The budget C for the read-offs in FLOPs, as typed; empty for the largest C in the file. */
    public StringProperty budgetProperty() {
        return budget;
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
