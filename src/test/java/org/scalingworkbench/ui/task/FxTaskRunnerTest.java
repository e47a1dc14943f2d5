package org.scalingworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.TaskHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The runner's task list and status line with two tasks in flight, finishing out of order. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @Test
    void theStatusFollowsTheLatestRunningTaskAndTheListEmptiesAsTasksEnd(FxRobot robot) throws Exception {
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        AtomicReference<String> results = new AtomicReference<>("");
        robot.interact(() -> {
            runner.run("Fitting", waitFor(releaseFirst, "fit"), r -> results.updateAndGet(s -> s + r), e -> { });
            runner.run("Importing", waitFor(releaseSecond, "import"), r -> results.updateAndGet(s -> s + r), e -> { });
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = new ArrayList<>();
        robot.interact(() -> runner.running().forEach(t -> titles.add(t.getTitle())));
        assertThat(titles).containsExactly("Fitting", "Importing");
        assertThat(runner.statusProperty().get()).isEqualTo("Importing");

        releaseSecond.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.running().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.statusProperty().get()).isEqualTo("Fitting");

        releaseFirst.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.statusProperty().get()).isEqualTo("Done: Fitting");
        assertThat(results.get()).isEqualTo("importfit");
    }

    @Test
    void aCancelledTaskLeavesTheListAndSaysSo(FxRobot robot) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        robot.interact(() -> handle.set(runner.run("Bootstrapping", ctx -> {
            while (!ctx.isCancelled()) {
                never.await(5, TimeUnit.MILLISECONDS);
            }
            return "stopped";
        }, r -> { }, e -> { })));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.running()).hasSize(1);
        robot.interact(() -> handle.get().cancel());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.statusProperty().get()).isEqualTo("Cancelled: Bootstrapping");
    }

    private static BackgroundTask<String> waitFor(CountDownLatch latch, String result) {
        return ctx -> {
            latch.await(10, TimeUnit.SECONDS);
            return result;
        };
    }
}
