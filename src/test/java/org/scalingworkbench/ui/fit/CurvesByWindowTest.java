package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.ui.NoDialogs;
import org.scalingworkbench.ui.WindowSteps;
import org.scalingworkbench.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless: ticking "curves by" columns, fitting, and choosing a curve in the curve chooser. */
@ExtendWith(ApplicationExtension.class)
class CurvesByWindowTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-curves-by-test");
    private Workbench bench;

    @Start
    void start(Stage stage) {
        bench = WindowSteps.show(stage, new NoDialogs(), prefs);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void tickingTaskAndModelAndFittingListsEveryCurveAndChoosingOneShowsItsBoardAndHighlightsIt(FxRobot robot) throws Exception {
        WindowSteps.open(robot, bench, ManyCurvesCsv.write(dir.resolve("curves.csv")));
        robot.clickOn("#curves-by");
        robot.clickOn("#curves-by-Task");
        robot.clickOn("#curves-by-Model");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(bench.fits().curveKey()).containsExactly("Task", "Model");

        robot.clickOn("#fit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !bench.fits().curves().isEmpty() && !bench.fits().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<CurveRow> chooser = robot.lookup("#curves").queryComboBox();
        assertThat(chooser.isVisible()).isTrue();
        assertThat(chooser.getItems()).extracting(CurveRow::name).contains(ManyCurvesCsv.LAWS.get(2).name(), ManyCurvesCsv.SINGLE);
        assertThat(chooser.getItems()).filteredOn(r -> !r.fitted()).extracting(CurveRow::name).containsExactly(ManyCurvesCsv.SINGLE);

        robot.interact(() -> chooser.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.fits().chart().fitProperty().get().curve().name()).isEqualTo(ManyCurvesCsv.LAWS.get(2).name());
        TableView<LeaderboardEntry> board = robot.lookup("#leaderboard").queryTableView();
        assertThat(board.getItems()).isEqualTo(bench.fits().curves().get(2).fit().board().entries());
        List<PointSeries> series = bench.fits().chart().specProperty().get().points();
        assertThat(series.stream().filter(s -> !s.state().dimmed()).mapToInt(PointSeries::size).sum())
                .isEqualTo(ManyCurvesCsv.SIZES);
    }
}
