package org.scalingworkbench.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;

/** Keeps every task until the test finishes it, in any order, so late results can be delivered late. */
final class HeldTaskRunner implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> TaskHandle run(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        boolean[] finished = {false};
        held.add(() -> {
            finished[0] = true;
            try {
                onSuccess.accept(task.run(TaskContext.none()));
            } catch (Exception e) {
                onFailure.accept(e);
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                // the test decides when (and whether) a held task finishes
            }

            @Override
            public boolean isDone() {
                return finished[0];
            }
        };
    }

    /** Number of tasks started so far. */
    int started() {
        return held.size();
    }

    /** Finishes task {@code i} (0-based, in order of starting). */
    void finish(int i) {
        held.get(i).run();
    }
}
