package org.scalingworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.ui.WindowSteps;
import org.scalingworkbench.ui.Workbench;
import org.scalingworkbench.ui.common.DialogService.UnsavedChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window: a session saved through the File menu comes back when opened again. */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-session-window-test");
    private final FakeDialogs dialogs = new FakeDialogs();
    private Workbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bench = WindowSteps.show(stage, dialogs, prefs);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void sessionSavedThroughTheMenuBringsBackTheOldStateWhenOpenedAfterChanges(FxRobot robot) throws Exception {
        Path data = SweepFiles.write(dir.resolve("runs.csv"), "flops", 16);
        WindowSteps.open(robot, bench, data);
        robot.interact(() -> {
            bench.fits().chart().toggle(2);
            bench.fits().chart().cutOffProperty().set(1e8);
            bench.fits().formulaProperty().set("E + A*x^(-a)");
        });
        assertThat(stage.getTitle()).isEqualTo("*Untitled.swb.json — Scaling Workbench");

        Path saved = dir.resolve("window.swb.json");
        dialogs.sessionToSave = saved;
        robot.clickOn("File").clickOn("Save Session As…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(saved) && !bench.session().dirtyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("window.swb.json — Scaling Workbench");

        robot.interact(() -> {
            bench.fits().chart().toggle(5);
            bench.fits().chart().cutOffProperty().set(1e9);
            bench.fits().formulaProperty().set("");
        });
        assertThat(stage.getTitle()).startsWith("*window.swb.json");

        dialogs.sessionToOpen = saved;
        dialogs.unsaved = UnsavedChoice.DISCARD;
        robot.clickOn("File").clickOn("Open Session…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.fits().chart().cutOffProperty().get() == 1e8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).contains("unsaved window.swb.json");
        assertThat(bench.fits().chart().excludedRows()).containsExactly(2);
        assertThat(bench.fits().formulaProperty().get()).isEqualTo("E + A*x^(-a)");
        assertThat(stage.getTitle()).isEqualTo("window.swb.json — Scaling Workbench");
    }

    @Test
    void aWindowShowingOnlyTheSampleItOpenedAtStartClosesWithoutAQuestionUntilAPointIsExcluded(FxRobot robot) throws Exception {
        Path sample = Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv").toAbsolutePath();
        robot.interact(() -> bench.session().openAtStart(List.of(sample), bench::open));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.fits().chart().curveProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Untitled.swb.json — Scaling Workbench");
        AtomicBoolean closes = new AtomicBoolean();
        robot.interact(() -> closes.set(bench.session().requestClose(() -> { })));
        assertThat(closes).isTrue();
        assertThat(dialogs.asked).isEmpty();

        robot.interact(() -> bench.fits().chart().toggle(0));
        assertThat(stage.getTitle()).isEqualTo("*Untitled.swb.json — Scaling Workbench");
        robot.interact(() -> closes.set(bench.session().requestClose(() -> { })));
        assertThat(closes).isFalse();
        assertThat(dialogs.asked).containsExactly("unsaved Untitled.swb.json");
    }
}
