package org.scalingworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.ui.HeldTaskRunner;

class LatestTaskTest {

    /** Counts cancels of the tasks a held runner keeps, so that a test sees which were cancelled. */
    private static final class CountingRunner implements TaskRunner {
        final HeldTaskRunner held = new HeldTaskRunner();
        final List<Integer> cancelled = new ArrayList<>();

        @Override
        public <T> TaskHandle run(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
                Consumer<? super Exception> onFailure) {
            int index = held.started();
            TaskHandle inner = held.run(title, task, onSuccess, onFailure);
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancelled.add(index);
                }

                @Override
                public boolean isDone() {
                    return inner.isDone();
                }
            };
        }
    }

    private final CountingRunner runner = new CountingRunner();
    private final LatestTask latest = new LatestTask(runner);
    private final List<String> delivered = new ArrayList<>();

    private void start(String answer) {
        latest.start("task " + answer, ctx -> answer, delivered::add, e -> delivered.add("failed: " + e.getMessage()));
    }

    @Test
    void startingATaskCancelsTheOneRunning() {
        start("first");
        start("second");

        assertThat(runner.cancelled).containsExactly(0);
        assertThat(latest.isRunning()).isTrue();
    }

    @Test
    void onlyTheNewestResultIsDeliveredWhateverOrderTheyEndIn() {
        start("first");
        start("second");
        runner.held.finish(1);
        runner.held.finish(0);

        assertThat(delivered).containsExactly("second");
        assertThat(latest.isRunning()).isFalse();
    }

    @Test
    void aFailureOfAnOlderTaskIsDroppedToo() {
        latest.start("old", ctx -> {
            throw new IllegalStateException("too late");
        }, v -> delivered.add("old"), e -> delivered.add("failed: " + e.getMessage()));
        start("new");
        runner.held.finish(0);
        runner.held.finish(1);

        assertThat(delivered).containsExactly("new");
    }

    @Test
    void theNewestTasksFailureIsDelivered() {
        latest.start("only", ctx -> {
            throw new IllegalStateException("no rows");
        }, v -> delivered.add("only"), e -> delivered.add("failed: " + e.getMessage()));
        runner.held.runNext();

        assertThat(delivered).containsExactly("failed: no rows");
    }

    @Test
    void cancelStopsTheTaskAndDropsItsResult() {
        start("first");

        assertThat(latest.cancel()).isTrue();
        runner.held.finish(0);

        assertThat(runner.cancelled).containsExactly(0);
        assertThat(delivered).isEmpty();
        assertThat(latest.cancel()).isFalse();
    }

    @Test
    void aWrappedFollowUpIsDroppedOnceANewerTaskStarts() {
        Consumer<String> followUp = latest.whileLatest(delivered::add);
        followUp.accept("in time");
        start("newer");
        followUp.accept("too late");

        assertThat(delivered).containsExactly("in time");
    }

    @Test
    void inPlaceRunnerDeliversAtOnceAndLeavesNothingRunning() {
        LatestTask inPlace = new LatestTask(new CurrentThreadTaskRunner());
        inPlace.start("now", ctx -> 7, v -> delivered.add("got " + v), e -> delivered.add("failed"));

        assertThat(delivered).containsExactly("got 7");
        assertThat(inPlace.isRunning()).isFalse();
    }
}
