package org.scalingworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;

/**
 * A runner that keeps every task until the test finishes it: in order ({@link #runNext()}), to see
 * what is in flight at once, or in any order ({@link #finish(int)}), so that a late result can be
 * delivered late. Cancelling does nothing: the test decides when, and whether, a task finishes.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final CurrentThreadTaskRunner inPlace = new CurrentThreadTaskRunner();
    private final List<Runnable> held = new ArrayList<>();
    private final List<boolean[]> finished = new ArrayList<>();

    @Override
    public <T> TaskHandle run(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        boolean[] done = {false};
        finished.add(done);
        held.add(() -> {
            done[0] = true;
            inPlace.run(title, task, onSuccess, onFailure);
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
    }

    /** Number of tasks started so far. */
    public int started() {
        return held.size();
    }

    /** Number of tasks started and not finished yet. */
    public int pending() {
        return (int) finished.stream().filter(d -> !d[0]).count();
    }

    /** Finishes task {@code i} (0-based, in order of starting). */
    public void finish(int i) {
        held.get(i).run();
    }

    /** Finishes the oldest task not finished yet. */
    public void runNext() {
        for (int i = 0; i < held.size(); i++) {
            if (!finished.get(i)[0]) {
                finish(i);
                return;
            }
        }
        throw new IllegalStateException("no task is pending");
    }
}
