package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.ui.NoDialogs;
import org.scalingworkbench.ui.WindowSteps;
import org.scalingworkbench.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless: a curve key sets the hold-out to each curve's last points (the
 * panel's hold-out picker and K follow), and "Draw all curves" draws every curve's own fit.
 */
@ExtendWith(ApplicationExtension.class)
class AllCurvesWindowTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-all-curves-test");
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
    void aCurveKeyHoldsOutEachCurvesLastPointsAndAllCurvesAreDrawnWithTheirOwnFits(FxRobot robot) throws Exception {
        WindowSteps.open(robot, bench, ManyCurvesCsv.write(dir.resolve("curves.csv")));
        robot.clickOn("#curves-by");
        robot.clickOn("#curves-by-Task");
        robot.clickOn("#curves-by-Model");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        ComboBox<HoldOutChoice.Form> form = robot.lookup("#hold-out").queryComboBox();
        Spinner<?> last = robot.lookup("#hold-out-last").queryAs(Spinner.class);
        assertThat(form.getValue()).isEqualTo(HoldOutChoice.Form.LAST_POINTS);
        assertThat(last.isVisible()).isTrue();
        assertThat(last.getValue()).isEqualTo(3);

        robot.clickOn("#fit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !bench.fits().curves().isEmpty() && !bench.fits().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int ticked = bench.fits().chosenLaws().size();
        assertThat(bench.fits().chart().specProperty().get().curves()).hasSize(ticked);
        CheckBox all = robot.lookup("#all-curves").queryAs(CheckBox.class);
        robot.clickOn(all);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.fits().chart().specProperty().get().curves()).as("each law on each of the four fitted curves")
                .hasSize(4 * ticked);
        assertThat(bench.fits().chart().specProperty().get().curves().stream().map(CurveSpec::group).distinct()).hasSize(4);

        robot.interact(() -> form.setValue(HoldOutChoice.Form.UP_TO));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !bench.fits().runningProperty().get()
                && bench.fits().curves().get(0).fitted() && bench.fits().curves().get(0).fit().board().split().startsWith("upto:"));
        assertThat(bench.fits().currentRequest().holdOut()).isEqualTo(new HoldOutSplit.UpTo(50));
    }
}
