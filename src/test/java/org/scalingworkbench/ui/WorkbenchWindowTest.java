package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.LeaderboardEntry;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.common.DialogService;
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
        DialogService dialogs = new NoDialogs() {
            @Override
            public Optional<Path> chooseExportFile(ExportFormat format, Path suggested) {
                return Optional.of(dir.resolve("figure.svg"));
            }

        };
        bench = WindowSteps.show(stage, dialogs, prefs);
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

    @Test
    void filesDroppedOnTheChartAreOpenedAndTheirRunsListed(FxRobot robot) throws Exception {
        Path first = Files.writeString(dir.resolve("small.csv"), "params,loss\n1e6,3.1\n1e7,2.6\n1e8,2.3\n");
        Path second = Files.writeString(dir.resolve("large.csv"), "params,loss\n1e6,3.0\n1e7,2.5\n1e8,2.2\n1e9,2.05\n");
        Canvas canvas = robot.lookup("#chart-canvas").queryAs(Canvas.class);
        DragEvent[] events = new DragEvent[2];
        robot.interact(() -> {
            Dragboard board = DroppedFiles.dragboard(List.of(first, second));
            events[0] = drag(DragEvent.DRAG_OVER, board, canvas);
            Event.fireEvent(canvas, events[0]);
            events[1] = drag(DragEvent.DRAG_DROPPED, board, canvas);
            Event.fireEvent(canvas, events[1]);
        });
        assertThat(events[0].isAccepted()).isTrue();
        assertThat(events[1].isDropCompleted()).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bench.sweeps().files().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.sweeps().files()).extracting(f -> f.sweep().sourceName()).containsExactlyInAnyOrder("small.csv", "large.csv");
        assertThat(bench.sweeps().files()).extracting(f -> f.sweep().rowCount()).containsExactlyInAnyOrder(3, 4);
        assertThat(bench.fits().chart().curveProperty().get().size()).as("both files on one chart").isEqualTo(7);
        assertThat(bench.fits().chart().groups()).extracting(g -> g.name()).containsExactlyInAnyOrder("small.csv", "large.csv");
        assertThat(ticks(robot)).containsExactly(true, true);

        robot.clickOn(tickOf(robot, bench.sweeps().files().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        int left = bench.sweeps().files().get(1).sweep().rowCount();
        assertThat(ticks(robot)).containsExactly(false, true);
        assertThat(bench.fits().chart().curveProperty().get().size()).as("the unticked file leaves the chart").isEqualTo(left);

        robot.clickOn(tickOf(robot, bench.sweeps().files().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ticks(robot)).containsExactly(true, true);
        assertThat(bench.fits().chart().curveProperty().get().size()).isEqualTo(7);
    }

    /** The check box of {@code file}'s row in the file list. */
    private static CheckBox tickOf(FxRobot robot, org.scalingworkbench.data.ImportedSweep file) {
        return robot.lookup("#files .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getParent() instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() == file && c.isVisible())
                .findFirst().orElseThrow();
    }

    /** The ticks of the loaded files, in the list's order. */
    private static List<Boolean> ticks(FxRobot robot) {
        return robot.lookup("#files .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getParent() != null && c.isVisible() && ((javafx.scene.control.ListCell<?>) c.getParent()).getItem() != null)
                .sorted(java.util.Comparator.comparingDouble(c -> c.localToScene(0, 0).getY())).map(CheckBox::isSelected).toList();
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board, Canvas target) {
        Point2D at = target.localToScene(target.getWidth() / 2, target.getHeight() / 2);
        Point2D screen = target.localToScreen(target.getWidth() / 2, target.getHeight() / 2);
        return new DragEvent(target, target, type, board, at.getX(), at.getY(), screen.getX(), screen.getY(),
                TransferMode.COPY, null, null, null);
    }

    @Test
    void isoFlopSampleOffersChinchillaAndFittingItFillsTheResultsWithE(FxRobot robot) throws Exception {
        Path sample = Path.of("sample-runs", "isoflop-chinchilla", "isoflop_sweep.csv");
        WindowSteps.open(robot, bench, sample);
        robot.interact(() -> bench.fits().laws().forEach(c -> c.selectedProperty().set(false)));
        CheckBox chinchilla = robot.lookup("#law-chinchilla").queryAs(CheckBox.class);
        assertThat(chinchilla.isVisible()).isTrue();
        robot.clickOn(chinchilla);
        assertThat(chinchilla.isSelected()).isTrue();

        robot.clickOn("#fit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !bench.fits().results().isEmpty() && !bench.fits().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ParameterRow> results = robot.lookup("#results").queryTableView();
        ParameterRow e = results.getItems().stream().filter(r -> r.law().equals("chinchilla") && r.parameter().equals("E"))
                .findFirst().orElseThrow();
        assertThat(e.value()).isCloseTo(1.8172, within(0.1));
        assertThat(e.standardError()).isPositive();
        TableView<LeaderboardEntry> board = robot.lookup("#leaderboard").queryTableView();
        assertThat(board.getItems()).singleElement().satisfies(entry -> assertThat(entry.detail()).startsWith("fitted on loss vs params, tokens"));
        Label a = robot.lookup("#frontier-a").queryAs(Label.class);
        assertThat(a.isVisible()).isTrue();
        assertThat(Double.parseDouble(a.getText())).as("a = β/(α+β) of the sample's generating law").isCloseTo(0.514, within(0.02));
    }

    private void load(FxRobot robot) throws Exception {
        WindowSteps.open(robot, bench, WindowSteps.powerLawSweep(dir, 16));
    }

    private long points(PointState state) {
        return bench.fits().chart().specProperty().get().points().stream().filter(s -> s.state() == state)
                .mapToInt(PointSeries::size).sum();
    }
}
