package org.scalingworkbench.ui.fit;

import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.forecast.ForecastReport;
import org.scalingworkbench.app.forecast.ForecastTarget;
import org.scalingworkbench.app.forecast.SweepForecasting;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * The read-offs of the best-ranked law: L∞ (in the target's units, and in bits when the target is
 * a loss in nats; E for Chinchilla's law), the reducible loss at a chosen x, and the forecast calculator (a target loss, or
 * a target reducible loss, to the x needed), read off the fit panel's latest fit by the forecast
 * use case. Recomputed when the fit or an input changes. The
 * compute-optimal read-offs of a law of N and D are {@link #computeOptimal()}.
 */
public final class ReadOffsViewModel {

    private final FitViewModel fits;
    private final StringProperty atX = new SimpleStringProperty("");
    private final StringProperty targetLoss = new SimpleStringProperty("");
    private final StringProperty targetReducible = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper limit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reducible = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forecast = new ReadOnlyStringWrapper("");
    private final StringProperty yAtX = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper valueAt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ComputeOptimalViewModel computeOptimal;

    /** @param tasks where the compute-optimal read-offs with bootstrap intervals run */
    public ReadOffsViewModel(FitViewModel fits, TaskRunner tasks) {
        this.fits = fits;
        this.computeOptimal = new ComputeOptimalViewModel(fits, tasks);
        fits.chart().fitProperty().addListener(o -> update());
        atX.addListener(o -> update());
        targetLoss.addListener(o -> update());
        targetReducible.addListener(o -> update());
        yAtX.addListener(o -> update());
    }

    private void update() {
        CurveFit fit = fits.chart().fitProperty().get();
        LeaderboardEntry best = fit == null ? null : fit.board().best().orElse(null);
        if (best == null || !fit.laws().containsKey(best.lawId())) {
            limit.set("");
            reducible.set("");
            forecast.set("");
            valueAt.set("");
            warnings.set("");
            return;
        }
        String id = best.lawId();
        warnings.set(best.fit() == null ? "" : String.join("\n", best.fit().warnings().stream().map(w -> "warning: " + w.message())
                .toList()));
        limit.set(irreducibleLoss(fit, id).map(l -> String.format("%s: L∞ = %s nats = %s bits", id, text(l), text(l.inBits())))
                .orElse(id + " has no irreducible term: L∞ = 0"));
        updateAlongX(fit);
    }

    /**
     * The read-offs along x, from the best law of x alone: a law of N and D (Chinchilla's) gives
     * no loss at an x by itself, so with such a law on top the next law of x answers, named.
     */
    private void updateAlongX(CurveFit fit) {
        LeaderboardEntry best = fit.board().entries().stream().filter(e -> e.fit() != null)
                .filter(e -> fit.laws().containsKey(e.lawId()) && fit.laws().get(e.lawId()).variables().size() == 1)
                .findFirst().orElse(null);
        if (best == null) {
            String none = "read-offs along x need a law of x alone (tick plc, say)";
            reducible.set(blank(atX.get()) ? "" : none);
            forecast.set(blank(targetLoss.get()) && blank(targetReducible.get()) ? "" : none);
            return;
        }
        String id = best.lawId();
        String by = best == fit.board().best().orElse(null) ? "" : " (" + id + ")";
        ForecastReport base = readOff(fit, id, Double.NaN, Double.NaN, Double.NaN);
        valueAt.set(compute(yAtX.get(), x -> "y at x = " + yAtX.get().strip() + by + ": " + text(SweepForecasting.readOffs(fit, id,
                new ForecastTarget(Double.NaN, Double.NaN, Double.NaN).withYAt(java.util.List.of(x))).valuesAt().get(0))
                + units(base)));
        if (!base.metric().units().isLoss()) {
            updateScore(fit, id, by, base);
            return;
        }
        reducible.set(compute(atX.get(), x -> "L − L∞ at x = " + atX.get().strip() + by + ": "
                + text(readOff(fit, id, Double.NaN, Double.NaN, x).reducibleAtX())));
        String byLoss = compute(targetLoss.get(), t -> "x for L = " + t + by + ": "
                + text(readOff(fit, id, t, Double.NaN, Double.NaN).xNeeded()));
        String byReducible = compute(targetReducible.get(), t -> "x for L − L∞ = " + t + by + ": "
                + text(readOff(fit, id, Double.NaN, t, Double.NaN).xNeeded()));
        forecast.set(String.join("\n", byLoss, byReducible).strip());
    }

    /**
     * A score's read-offs (no L∞, no nats): what the metric is taken to be, its limit as x grows,
     * and the x reaching a target score typed into the "x needed for" field.
     */
    private void updateScore(CurveFit fit, String id, String by, ForecastReport base) {
        String statement = base.metric().statement("x");
        limit.set(statement + "\n" + base.scoreLimit().map(l -> id + ": limit as x grows, " + l.quantity().replace("limit ", "")
                + " = " + text(l) + units(base)).orElse(id + " has no limit parameter"));
        reducible.set(blank(atX.get()) ? "" : "a score has no reducible loss; read y at x instead");
        String byScore = compute(targetLoss.get(), t -> "x for y = " + t + by + ": "
                + text(readOff(fit, id, t, Double.NaN, Double.NaN).xNeeded()));
        forecast.set(byScore + (blank(targetReducible.get()) ? "" : "\na score has no reducible loss"));
    }

    private static String units(ForecastReport r) {
        String label = r.metric().units().label();
        return label.isEmpty() ? "" : " (" + label + ")";
    }

    /** The forecast use case's read-offs of law {@code id} (NaN: not asked). */
    private static ForecastReport readOff(CurveFit fit, String id, double loss, double reducibleLoss, double x) {
        return SweepForecasting.readOffs(fit, id, new ForecastTarget(loss, reducibleLoss, x));
    }

    /** L∞ of law {@code id}, of x or of N and D, as the forecast use case reads it. */
    private static Optional<ReadOff> irreducibleLoss(CurveFit fit, String id) {
        return SweepForecasting.irreducibleLoss(fit, id);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String compute(String input, DoubleFunction<String> f) {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return "";
        }
        try {
            return f.apply(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return "'" + s + "' is not a number";
        } catch (IllegalArgumentException | ArithmeticException e) {
            return e.getMessage();
        }
    }

    private static String text(ReadOff r) {
        if (Double.isInfinite(r.value())) {
            return "never reached";
        }
        String v = WindowNumbers.format(r.value());
        return r.bootstrapInterval().map(i -> v + " " + WindowNumbers.interval(i.lower(), i.upper())).orElse(v);
    }

    /** The compute-optimal frontier's read-offs. */
    public ComputeOptimalViewModel computeOptimal() {
        return computeOptimal;
    }

    public StringProperty atXProperty() {
        return atX;
    }

    /** The x at which y is read off, as typed. */
    public StringProperty yAtXProperty() {
        return yAtX;
    }

    /** y at the typed x with its interval, in the metric's units. */
    public ReadOnlyStringProperty valueAtProperty() {
        return valueAt.getReadOnlyProperty();
    }

    /** The warnings of the fit the read-offs come from (a parameter on its bound, say), one a line. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public StringProperty targetLossProperty() {
        return targetLoss;
    }

    public StringProperty targetReducibleProperty() {
        return targetReducible;
    }

    public ReadOnlyStringProperty limitProperty() {
        return limit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reducibleProperty() {
        return reducible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty forecastProperty() {
        return forecast.getReadOnlyProperty();
    }
}
