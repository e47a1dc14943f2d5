package org.scalingworkbench.ui.fit;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;

/**
 * The cut-off drag and the warm re-ranking behind it. While the cut-off is dragged, or a point is
 * excluded after a fit, the board follows with warm starts: at most one re-rank is in flight, and
 * when it ends the latest state is re-ranked once more if anything moved meanwhile. The drag's end
 * refits cold where it stopped, and the whole drag is one undoable move.
 */
final class CutOffDrag {

    /**
     * A warm re-rank of the fitted laws on the current points.
     *
     * @param job    the background fit, warm from the board shown (from each curve's own board)
     * @param accept what to do with its outcome (the fit panel drops it when something newer came)
     * @param <T>    what the fit gives: one curve's fit, or a row per curve
     */
    record Rerank<T>(BackgroundTask<T> job, Consumer<T> accept) {
    }

    private final TaskRunner tasks;
    private final ChartViewModel chart;
    private final Supplier<Optional<Rerank<?>>> warm;
    private final Runnable coldFit;
    private final BooleanSupplier fitting;
    private final BooleanSupplier shown;
    private TaskHandle warmHandle;
    private boolean warmPending;
    private double dragStart = Double.NaN;

    /**
     * @param warm    the re-rank of the current points, empty when there is nothing to re-rank
     * @param coldFit fits the chosen laws from cold
     * @param fitting whether a cold fit is running (a point change then restarts it instead)
     * @param shown   whether a fit is shown (of the curve, or of any curve of several)
     */
    CutOffDrag(TaskRunner tasks, ChartViewModel chart, Supplier<Optional<Rerank<?>>> warm, Runnable coldFit, BooleanSupplier fitting,
            BooleanSupplier shown) {
        this.tasks = tasks;
        this.chart = chart;
        this.warm = warm;
        this.coldFit = coldFit;
        this.fitting = fitting;
        this.shown = shown;
        chart.exclusionsChangedProperty().addListener((obs, old, now) -> pointsChanged());
    }

    /** The cut-off was dragged to {@code x}: the board follows with a warm start. */
    void drag(double x) {
        if (Double.isNaN(dragStart)) {
            dragStart = chart.cutOffProperty().get();
        }
        chart.cutOffProperty().set(x);
        rerank();
    }

    /** The drag ended at {@code x}: one cold refit there; the whole drag is one undoable move. */
    void end(double x) {
        double from = Double.isNaN(dragStart) ? chart.cutOffProperty().get() : dragStart;
        dragStart = Double.NaN;
        moveCutOff(x);
        if (from != x) {
            chart.history().record("move cut-off", () -> moveCutOff(from), () -> moveCutOff(x));
        }
    }

    /** Re-ranks the fitted laws warm on the current points; at most one in flight, the latest state winning. */
    private void rerank() {
        if (!shown.getAsBoolean()) {
            return;
        }
        if (warmHandle != null && !warmHandle.isDone()) {
            warmPending = true;
            return;
        }
        warm.get().ifPresent(this::start);
    }

    private <T> void start(Rerank<T> r) {
        warmHandle = tasks.run("Re-ranking the fitted laws", r.job(), out -> {
            r.accept().accept(out);
            followPending();
        }, e -> followPending());
    }

    private void moveCutOff(double x) {
        warmPending = false;
        chart.cutOffProperty().set(x);
        if (shown.getAsBoolean()) {
            coldFit.run();
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
        if (fitting.getAsBoolean()) {
            coldFit.run();
        } else {
            rerank();
        }
    }
}
