package org.scalingworkbench.ui.fit;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalingworkbench.analysis.ComputeOptimalReadOffs;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.LatestTask;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.frontier.ComputeOptimum;
import org.scalingworkbench.app.frontier.SweepFrontier;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * The compute-optimal read-offs of the best-ranked law of N and D of the fit panel's latest fit (Chinchilla's or
 * Kaplan's; read off by the frontier use case, {@link SweepFrontier#computeOptimum}, C = 6ND): the frontier exponents a and b, and at a budget
 * C typed by the user N_opt, D_opt, D/N and the loss at the optimum; and the C that reaches a target
 * loss along the frontier. An empty budget means the largest C in the file, as in the Frontier tab
 * and the {@code frontier} command: the edge of what was measured, where the read-off is least
 * extrapolated. Without a bootstrap the numbers cost well under a millisecond (0.2 to 0.4 ms
 * measured: a closed form and one root find) and are computed on the spot; with one they carry 95%
 * intervals and cost a root find per resample (16 to 100 ms for 1,000), so they run as a task.
 */
public final class ComputeOptimalViewModel {

    private final FitViewModel fits;
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty targetLoss = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper budgetPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper a = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper b = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper optimalParameters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper optimalTokens = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokensPerParameter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper optimalLoss = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper compute = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ComputeOptimum> result = new ReadOnlyObjectWrapper<>();
    private final LatestTask readOffs;

    public ComputeOptimalViewModel(FitViewModel fits, TaskRunner tasks) {
        this.fits = Objects.requireNonNull(fits);
        this.readOffs = new LatestTask(Objects.requireNonNull(tasks));
        fits.chart().fitProperty().addListener(o -> update());
        budget.addListener(o -> update());
        targetLoss.addListener(o -> update());
    }

    private void update() {
        readOffs.cancel();
        CurveFit fit = fits.chart().fitProperty().get();
        LeaderboardEntry entry = lawOfNAndD(fit);
        available.set(entry != null);
        if (entry == null) {
            show(null, "");
            return;
        }
        ScalingLaw law = fit.laws().get(entry.lawId());
        double largest = largestCompute();
        budgetPrompt.set(Double.isNaN(largest) ? "e.g. 5.76e23" : text(largest, null));
        heading.set("Compute-optimal (" + law.id() + ", C = 6ND)");
        double flops = blank(budget.get()) ? largest : positive(budget.get());
        double target = blank(targetLoss.get()) ? Double.NaN : number(targetLoss.get());
        if (Double.isNaN(flops)) {
            show(null, budgetProblem());
            return;
        }
        BackgroundTask<ComputeOptimum> job = context -> SweepFrontier.computeOptimum(fit, law.id(), flops, target);
        if (fit.bootstrap(law.id()).isEmpty()) {
            run(job);
        } else {
            readOffs.start("Compute-optimal read-offs with bootstrap intervals", job, this::accept, this::fail);
        }
    }

    private void run(BackgroundTask<ComputeOptimum> job) {
        try {
            accept(job.run(TaskContext.none()));
        } catch (Exception e) {
            fail(e);
        }
    }

    private void accept(ComputeOptimum o) {
        show(o, "");
        String typed = targetLoss.get() == null ? "" : targetLoss.get().strip();
        ReadOff c = o.compute();
        compute.set(c == null ? (typed.isEmpty() ? "" : "'" + typed + "' is not a number")
                : c.value() == Double.POSITIVE_INFINITY ? "never reached (at or below L∞)" : text(c.value(), c.interval()));
    }

    private void fail(Exception e) {
        show(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Shows the numbers of {@code o} (none for null) and {@code why} there are none. */
    private void show(ComputeOptimum o, String why) {
        result.set(o);
        problem.set(why);
        FrontierEstimate f = o == null ? null : o.frontier();
        a.set(f == null ? "" : text(f.a(), f.aInterval()));
        b.set(f == null ? "" : text(f.b(), f.bInterval()));
        optimalParameters.set(f == null ? "" : text(f.optimalParameters(), f.nOptInterval()));
        optimalTokens.set(f == null ? "" : text(f.optimalTokens(), f.dOptInterval()));
        tokensPerParameter.set(f == null ? "" : text(f.tokensPerParameter(), f.ratioInterval()));
        optimalLoss.set(o == null ? "" : text(o.optimalLoss().value(), o.optimalLoss().interval()));
        compute.set("");
    }

    /** The value as the window writes numbers, and its interval on a line of its own (the value column is narrow). */
    private static String text(double v, Interval i) {
        String value = WindowNumbers.format(v);
        if (i == null || Double.isNaN(i.lower())) {
            return value;
        }
        return value + "\n" + WindowNumbers.interval(i.lower(), i.upper());
    }

    /** The best-ranked law of {@code fit} (null: none) with a closed-form frontier, or null. */
    private static LeaderboardEntry lawOfNAndD(CurveFit fit) {
        if (fit == null) {
            return null;
        }
        return fit.board().entries().stream().filter(e -> e.fit() != null).filter(e -> {
            ScalingLaw law = fit.laws().get(e.lawId());
            return law != null && ComputeOptimalReadOffs.covers(law);
        }).findFirst().orElse(null);
    }

    /** The largest C of the points on the chart, FLOPs; NaN when the file has no compute column. */
    private double largestCompute() {
        Curve curve = fits.chart().curveProperty().get();
        return curve == null ? Double.NaN : curve.sweep().column(ColumnRole.COMPUTE)
                .map(c -> Arrays.stream(curve.rows()).mapToDouble(c::number).filter(v -> v > 0).max().orElse(Double.NaN))
                .orElse(Double.NaN);
    }

    private String budgetProblem() {
        return blank(budget.get()) ? "type a budget C in FLOPs (the file has no compute column)"
                : "'" + budget.get().strip() + "' is not a positive number of FLOPs";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double positive(String s) {
        double v = number(s);
        return v > 0 && Double.isFinite(v) ? v : Double.NaN;
    }

    /** The budget C in FLOPs as typed; empty for the largest C in the file. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** A loss (target units) whose compute along the frontier is read off; empty for none. */
    public StringProperty targetLossProperty() {
        return targetLoss;
    }

    /** Whether a law of N and D with a frontier is on the board. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** What an empty budget means: the largest C in the file ("3.000e21"). */
    public ReadOnlyStringProperty budgetPromptProperty() {
        return budgetPrompt.getReadOnlyProperty();
    }

    /** Which law the read-offs come from. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why there are no numbers (an input that is not a budget, a fit without a frontier); empty when there are. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Exponent a of N_opt ∝ C^a, with interval. */
    public ReadOnlyStringProperty aProperty() {
        return a.getReadOnlyProperty();
    }

    /** Exponent b of D_opt ∝ C^b, with interval. */
    public ReadOnlyStringProperty bProperty() {
        return b.getReadOnlyProperty();
    }

    /** N_opt at the budget in parameters, with interval. */
    public ReadOnlyStringProperty optimalParametersProperty() {
        return optimalParameters.getReadOnlyProperty();
    }

    /** D_opt at the budget in tokens, with interval. */
    public ReadOnlyStringProperty optimalTokensProperty() {
        return optimalTokens.getReadOnlyProperty();
    }

    /** D_opt/N_opt at the budget in tokens per parameter, with interval. */
    public ReadOnlyStringProperty tokensPerParameterProperty() {
        return tokensPerParameter.getReadOnlyProperty();
    }

    /** The loss at the optimum of the budget, target units, with interval. */
    public ReadOnlyStringProperty optimalLossProperty() {
        return optimalLoss.getReadOnlyProperty();
    }

    /** The compute for the target loss along the frontier in FLOPs, with interval. */
    public ReadOnlyStringProperty computeProperty() {
        return compute.getReadOnlyProperty();
    }

    /** The numbers shown, or null. */
    public ReadOnlyObjectProperty<ComputeOptimum> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
