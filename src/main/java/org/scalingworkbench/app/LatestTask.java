package org.scalingworkbench.app;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Background work where the latest choice wins: starting a task cancels the one before, and only
 * the newest task's result (or failure) is delivered; a result that arrives after a newer start,
 * or after {@link #cancel()}, is dropped. One per kind of work a view shows (the fit, the frontier,
 * the backtest), so that a slow old answer never overwrites the answer to the user's last choice.
 * Call it from one thread (the FX thread in the window); the runner delivers on that thread.
 */
public final class LatestTask {

    private final TaskRunner runner;
    private TaskHandle handle;
    private long generation;

    public LatestTask(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner);
    }

    /**
     * Cancels the task running, if any, and starts {@code task}; {@code onSuccess} or
     * {@code onFailure} is called only if no task was started (and nothing cancelled) since.
     *
     * @param title what is running, shown in the status bar
     */
    public <T> void start(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        cancel();
        long mine = generation;
        TaskHandle started = runner.run(title, task, result -> {
            if (mine == generation) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (mine == generation) {
                onFailure.accept(failure);
            }
        });
        if (mine == generation) {
            handle = started;
        }
    }

    /**
     * Cancels the task running, if any, and drops its result; true when one was running. Callbacks
     * wrapped by {@link #whileLatest(Consumer)} before this call are dropped too.
     */
    public boolean cancel() {
        generation++;
        boolean wasRunning = isRunning();
        if (wasRunning) {
            handle.cancel();
        }
        handle = null;
        return wasRunning;
    }

    /** Whether the latest task started has not ended (nor been cancelled). */
    public boolean isRunning() {
        return handle != null && !handle.isDone();
    }

    /**
     * {@code callback}, called only while nothing was started or cancelled since this call: for
     * follow-up work (a warm re-rank while the cut-off is dragged) whose result must not overwrite
     * a newer choice, though it does not cancel the task running.
     */
    public <T> Consumer<T> whileLatest(Consumer<T> callback) {
        long mine = generation;
        return value -> {
            if (mine == generation) {
                callback.accept(value);
            }
        };
    }
}
