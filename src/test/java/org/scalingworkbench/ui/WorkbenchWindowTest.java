package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.fit.ParameterRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window in a headless stage, driven the way a user drives it. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-window-test");
    private Workbench bench;

    @Start
    void start(Stage stage) {
        DialogService dialogs = new DialogService() {
            @Override
            public List<Path> chooseFilesToOpen() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseExportFile(ExportFormat format, Path suggested) {
                return Optional.of(dir.resolve("figure.svg"));
            }
        };
        bench = new Workbench(stage, dialogs, prefs);
        stage.setScene(bench.scene());
        stage.show();
    }

    @AfterEach
    void forgetRecentFiles() throws Exception {
        prefs.removeNode();
    }

    @Test
    void loadedFileIsPlottedAndFittingTwoLawsFillsTheTablesAndMovingTheCutOffReRanks(FxRobot robot) throws Exception {
        load(robot);
        assertThat(points(PointState.FITTED) + points(PointState.HELD_OUT)).isEqualTo(16);

        robot.clickOn("#fit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !bench.fits().results().isEmpty() && !bench.fits().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ParameterRow> results = robot.lookup("#results").queryTableView();
        ParameterRow linf = results.getItems().stream().filter(r -> r.parameter().equals("Linf")).findFirst().orElseThrow();
        assertThat(linf.value()).isCloseTo(2.0, within(1e-3));
        TableView<LeaderboardEntry> board = robot.lookup("#leaderboard").queryTableView();
        assertThat(board.getItems()).hasSize(2).allMatch(e -> e.heldOut().points() == 4);

        robot.interact(() -> bench.fits().endDrag(1e8));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !board.getItems().isEmpty() && board.getItems().get(0).heldOut().points() == 9);
    }

    @Test
    void clickingAPointExcludesItAndControlZBringsItBack(FxRobot robot) throws Exception {
        load(robot);
        Canvas canvas = robot.lookup("#chart-canvas").queryAs(Canvas.class);
        var curve = bench.fits().chart().curveProperty().get();
        java.awt.geom.Point2D onCanvas = bench.chartView().figure().position(curve.xAt(3), curve.yAt(3)).orElseThrow();
        Point2D screen = canvas.localToScreen(onCanvas.getX(), onCanvas.getY());
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#point-tip").queryAs(Label.class).getText()).startsWith("line 5: params = ");
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(points(PointState.EXCLUDED)).isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(points(PointState.EXCLUDED)).isZero();
    }

    @Test
    void brokenFormulaShowsWhereAndExportWritesTheSvg(FxRobot robot) throws Exception {
        load(robot);
        robot.clickOn("#formula").write("E + A * x^(-a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formula-error").queryAs(Label.class).getText()).startsWith("Column ");

        Path svg = dir.resolve("figure.svg");
        robot.interact(() -> {
            bench.export().formatProperty().set(ExportFormat.SVG);
            bench.export().pathProperty().set(svg.toString());
            bench.export().export();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(svg) && Files.size(svg) > 0
                && bench.export().messageProperty().get().startsWith("Wrote"));
        assertThat(Files.readString(svg)).contains("<svg");
    }

    private void load(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("params,loss\n");
        for (int i = 0; i < 16; i++) {
            double n = 1e6 * Math.pow(2, i);
            csv.append(n).append(',').append(2 + 50 * Math.pow(n, -0.3)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("sweep.csv"), csv);
        robot.interact(() -> bench.open(List.of(file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.fits().chart().specProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long points(PointState state) {
        return bench.fits().chart().specProperty().get().points().stream().filter(s -> s.state() == state)
                .mapToInt(PointSeries::size).sum();
    }
}
