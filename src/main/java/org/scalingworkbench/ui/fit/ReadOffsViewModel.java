package org.scalingworkbench.ui.fit;

import java.util.Arrays;
import java.util.function.DoubleFunction;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.analysis.LossReadOffs;
import org.scalingworkbench.analysis.ReadOff;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.ui.common.WindowNumbers;

/**
 * The read-offs of the best-ranked law: L∞ (in the target's units, and in bits when the target is
 * a loss in nats; E for Chinchilla's law), the reducible loss at a chosen x, and the forecast calculator (a target loss, or
 * a target reducible loss, to the x needed). Recomputed when the board or an input changes. The
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
    private final ComputeOptimalViewModel computeOptimal;

    /** @param tasks where the compute-optimal read-offs with bootstrap intervals run */
    public ReadOffsViewModel(FitViewModel fits, TaskRunner tasks) {
        this.fits = fits;
        this.computeOptimal = new ComputeOptimalViewModel(fits, tasks);
        fits.chart().boardProperty().addListener(o -> update());
        atX.addListener(o -> update());
        targetLoss.addListener(o -> update());
        targetReducible.addListener(o -> update());
    }

    private void update() {
        Leaderboard board = fits.chart().boardProperty().get();
        LeaderboardEntry best = board == null ? null : board.best().orElse(null);
        ScalingLaw law = best == null ? null : fits.chart().fittedLaws().get(best.lawId());
        if (law == null) {
            limit.set("");
            reducible.set("");
            forecast.set("");
            return;
        }
        LossReadOffs r = readOffs(best, law);
        limit.set(r.irreducibleLoss().map(l -> String.format("%s: L∞ = %s nats = %s bits", law.id(), text(l), text(l.inBits())))
                .orElse(law.id() + " has no irreducible term: L∞ = 0"));
        updateAlongX(board);
    }

    /**
     * The read-offs along x, from the best law of x alone: a law of N and D (Chinchilla's) gives
     * no loss at an x by itself, so with such a law on top the next law of x answers, named.
     */
    private void updateAlongX(Leaderboard board) {
        LeaderboardEntry best = board.entries().stream().filter(e -> e.fit() != null)
                .filter(e -> lawOf(e).map(l -> l.variables().size() == 1).orElse(false)).findFirst().orElse(null);
        if (best == null) {
            String none = "read-offs along x need a law of x alone (tick plc, say)";
            reducible.set(blank(atX.get()) ? "" : none);
            forecast.set(blank(targetLoss.get()) && blank(targetReducible.get()) ? "" : none);
            return;
        }
        LossReadOffs r = readOffs(best, lawOf(best).orElseThrow());
        String by = best == board.best().orElse(null) ? "" : " (" + best.lawId() + ")";
        reducible.set(compute(atX.get(), x -> "L − L∞ at x = " + atX.get().strip() + by + ": " + text(r.reducibleLossAt(x))));
        String byLoss = compute(targetLoss.get(), t -> "x for L = " + t + by + ": " + text(r.xForLoss(t)));
        String byReducible = compute(targetReducible.get(), t -> "x for L − L∞ = " + t + by + ": " + text(r.xForReducibleLoss(t)));
        forecast.set(String.join("\n", byLoss, byReducible).strip());
    }

    private java.util.Optional<ScalingLaw> lawOf(LeaderboardEntry e) {
        return java.util.Optional.ofNullable(fits.chart().fittedLaws().get(e.lawId()));
    }

    private LossReadOffs readOffs(LeaderboardEntry entry, ScalingLaw law) {
        double ref = Arrays.stream(fits.chart().partition().trainX()).max().orElse(1);
        return new LossReadOffs(law, entry.fit(), fits.bootstraps().get(law.id()), 0.95, ref);
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
            return "never reached (at or below L∞)";
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
