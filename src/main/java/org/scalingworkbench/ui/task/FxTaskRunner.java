package org.scalingworkbench.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.TaskCancelledException;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;

/**
 * Runs background tasks on daemon worker threads through {@link javafx.concurrent.Task}, so that the
 * FX thread only ever receives finished, immutable results. The most recent task's title and
 * progress are exposed for the status bar.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService workers;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "workbench-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle run(String title, BackgroundTask<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        Task<T> task = new Task<>() {
            {
                updateTitle(title);
                updateMessage(title);
            }

            @Override
            protected T call() throws Exception {
                return work.run(new TaskContext() {
                    @Override
                    public void progress(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(title + ": " + message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        running.add(task);
        follow(task);
        task.setOnSucceeded(e -> {
            finished(task, "Done: " + title);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof TaskCancelledException) {
                finished(task, "Cancelled: " + title);
                return;
            }
            finished(task, "Failed: " + title);
            onFailure.accept(t instanceof Exception ex ? ex : new RuntimeException(t));
        });
        task.setOnCancelled(e -> finished(task, "Cancelled: " + title));
        workers.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    /** The status bar follows {@code task}'s message and progress. */
    private void follow(Task<?> task) {
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    /**
     * {@code task} ended: the status bar follows the latest task still running, or says how this
     * one ended when none is.
     */
    private void finished(Task<?> task, String finalStatus) {
        running.remove(task);
        status.unbind();
        progress.unbind();
        if (running.isEmpty()) {
            status.set(finalStatus);
            progress.set(0);
        } else {
            follow(running.get(running.size() - 1));
        }
    }

    /** The tasks running now, oldest first (for a task list with progress and cancel). */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /** What is running, or what last finished. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Progress of the running task in [0, 1], or -1 when indeterminate. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
