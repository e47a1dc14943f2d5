package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.VerticalDirection;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.theme.WindowTheme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File &gt; Export figure through the dialog, the theme switch and y zoom, in a headless stage. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchLookAndExportTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-export-window-test");
    private Workbench bench;

    @Start
    void start(Stage stage) {
        DialogService dialogs = new NoDialogs() {
            @Override
            public Optional<Path> chooseExportFile(ExportFormat format, Path suggested) {
                return Optional.of(dir.resolve("chosen." + format.name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
        bench = WindowSteps.show(stage, dialogs, prefs);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void controlEOpensTheDialogAndExportWritesTheChosenSvg(FxRobot robot) throws Exception {
        load(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#format-pdf").clickOn("#format-svg");
        robot.clickOn("#export-browse");
        WaitForAsyncUtils.waitForFxEvents();
        Path svg = dir.resolve("chosen.svg");
        assertThat(robot.lookup("#export-path").queryAs(TextField.class).getText()).isEqualTo(svg.toString());
        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText()).isEqualTo("3.25 × 2.6 in SVG (234 × 187 pt)");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#export-preview").queryAs(ImageView.class).getImage() != null);

        robot.clickOn("#export-write");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(svg) && Files.size(svg) > 0
                && bench.export().messageProperty().get().startsWith("Wrote"));
        assertThat(Files.readString(svg)).contains("<svg").contains("width=\"234.00pt\"");
        assertThat(robot.lookup("#export-write").tryQuery()).isEmpty();
    }

    @Test
    void invalidWidthDisablesExportAndSaysWhy(FxRobot robot) throws Exception {
        load(robot);
        robot.interact(bench::exportFigure);
        robot.doubleClickOn("#export-width").eraseText(4).write("50");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-error").queryAs(Label.class).getText()).isEqualTo("Width must be between 1 and 40 in");
        assertThat(robot.lookup("#export-write").query().isDisabled()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void darkThemeStylesTheWindowAndTheChartAndIsRemembered(FxRobot robot) {
        robot.clickOn("View").clickOn("Theme").clickOn("#theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        // the window's own classes first, the theme after them so that it wins
        assertThat(bench.scene().getStylesheets()).hasSize(2).endsWith(WindowTheme.DARK.stylesheetUrl());
        assertThat(bench.chartView().themeProperty().get().name()).isEqualTo("screen-dark");
        assertThat(prefs.get("window.theme", "")).isEqualTo("DARK");
    }

    @Test
    void controlWheelZoomsOnlyYAroundTheCursorAndDoubleClickResetsBothAxes(FxRobot robot) throws Exception {
        load(robot);
        Figure figure = bench.chartView().figure();
        double[] x0 = figure.viewX();
        double[] y0 = figure.viewY();
        Canvas canvas = robot.lookup("#chart-canvas").queryAs(Canvas.class);
        java.awt.geom.Rectangle2D area = figure.dataArea().orElseThrow();
        double cursorY = area.getMinY() + 0.3 * area.getHeight();
        double underCursor = figure.valueAt(area.getCenterX(), cursorY).orElseThrow().getY();
        robot.moveTo(canvas.localToScreen(area.getCenterX(), cursorY));
        // which way the robot's wheel turns differs between robots; either way only y may change
        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Figure zoomed = bench.chartView().figure();
        double[] y1 = zoomed.viewY();
        assertThat(zoomed.viewX()).containsExactly(x0);
        assertThat(Math.abs(Math.log(y1[1] / y1[0]) / Math.log(y0[1] / y0[0]) - 1)).isGreaterThan(0.2);
        double stillUnderCursor = zoomed.valueAt(area.getCenterX(), cursorY).orElseThrow().getY();
        assertThat(stillUnderCursor).as("the robot moves in whole pixels").isCloseTo(underCursor, within(2e-3 * underCursor));

        robot.doubleClickOn(canvas.localToScreen(area.getCenterX(), area.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.chartView().figure().viewY()).containsExactly(y0);
        assertThat(bench.chartView().figure().viewX()).containsExactly(x0);
    }

    @Test
    void exportOfAZoomedChartShowsTheZoomUnlessFullExtentIsChosen(FxRobot robot) throws Exception {
        load(robot);
        Canvas canvas = robot.lookup("#chart-canvas").queryAs(Canvas.class);
        java.awt.geom.Rectangle2D area = bench.chartView().figure().dataArea().orElseThrow();
        robot.moveTo(canvas.localToScreen(area.getCenterX(), area.getCenterY())).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double[] shown = bench.chartView().figure().viewX();
        assertThat(bench.chartView().zoom()).hasValueSatisfying(z -> {
            assertThat(new double[] {z.xLower(), z.xUpper()}).containsExactly(shown);
            assertThat(z.hasY()).isFalse();
        });

        Path zoomed = exportThroughTheDialog(robot, "zoomed.svg", null);
        Path full = exportThroughTheDialog(robot, "full.svg", "#export-view-full");
        assertThat(Files.readString(zoomed)).isNotEqualTo(Files.readString(full));
        assertThat(bench.export().useZoomProperty().get()).isFalse();
    }

    /** Opens the dialog, clicks {@code choice} (if any; the zoom choice must be offered), writes {@code name}. */
    private Path exportThroughTheDialog(FxRobot robot, String name, String choice) throws Exception {
        robot.interact(bench::exportFigure);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-view-zoom").query().isDisabled()).isFalse();
        if (choice != null) {
            robot.clickOn(choice);
        }
        Path file = dir.resolve(name);
        robot.interact(() -> bench.export().pathProperty().set(file.toString()));
        robot.clickOn("#export-write");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 0
                && bench.export().messageProperty().get().startsWith("Wrote " + file));
        return file;
    }

    private void load(FxRobot robot) throws Exception {
        WindowSteps.open(robot, bench, WindowSteps.powerLawSweep(dir, 12));
    }
}
