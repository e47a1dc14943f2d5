package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingworkbench.data.ImportedSweep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tracker logs dropped on the window: a TensorBoard folder of runs, a Lightning log and a W&amp;B history export. */
@ExtendWith(ApplicationExtension.class)
class TrackerLogDropWindowTest {

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-tracker-drop-test");
    private Workbench bench;

    @Start
    void start(Stage stage) {
        bench = WindowSteps.show(stage, new NoDialogs(), prefs);
    }

    @AfterEach
    void forgetRecentFiles() throws Exception {
        prefs.removeNode();
    }

    private static Path fixture(String relative) throws Exception {
        return Path.of(TrackerLogDropWindowTest.class.getResource("/org/scalingworkbench/data/" + relative).toURI());
    }

    @Test
    void droppedTensorBoardFolderOfRunsOpensAsRunsBySteps(FxRobot robot) throws Exception {
        drop(robot, List.of(fixture("tensorboard/runs")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.sweeps().files().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        ImportedSweep runs = bench.sweeps().files().get(0);
        assertThat(runs.sweep().sourceName()).isEqualTo("runs");
        assertThat(runs.sweep().rowCount()).isEqualTo(10);
        assertThat(runs.sweep().column("train/loss")).isPresent();
    }

    @Test
    void droppedLightningLogAndWandbHistoryOpenSideBySide(FxRobot robot) throws Exception {
        drop(robot, List.of(fixture("lightning/version_0/metrics.csv"), fixture("wandb/history.csv")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.sweeps().files().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.sweeps().files()).extracting(f -> f.sweep().rowCount()).containsExactlyInAnyOrder(4, 5);
    }

    private static void drop(FxRobot robot, List<Path> paths) {
        Canvas canvas = robot.lookup("#chart-canvas").queryAs(Canvas.class);
        robot.interact(() -> {
            Dragboard board = DroppedFiles.dragboard(paths);
            Event.fireEvent(canvas, drag(DragEvent.DRAG_OVER, board, canvas));
            Event.fireEvent(canvas, drag(DragEvent.DRAG_DROPPED, board, canvas));
        });
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board, Canvas target) {
        Point2D at = target.localToScene(target.getWidth() / 2, target.getHeight() / 2);
        Point2D screen = target.localToScreen(target.getWidth() / 2, target.getHeight() / 2);
        return new DragEvent(target, target, type, board, at.getX(), at.getY(), screen.getX(), screen.getY(),
                TransferMode.COPY, null, null, null);
    }
}
