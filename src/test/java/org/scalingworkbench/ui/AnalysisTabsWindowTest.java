package org.scalingworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.ui.analysis.FrontierRow;
import org.scalingworkbench.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The centre tabs in a headless window: they are there, and the Frontier tab shows the IsoFLOP sample's numbers. */
@ExtendWith(ApplicationExtension.class)
class AnalysisTabsWindowTest {

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-tabs-test");
    private Workbench bench;

    @Start
    void start(Stage stage) {
        DialogService dialogs = new NoDialogs();
        bench = WindowSteps.show(stage, dialogs, prefs);
    }

    @AfterEach
    void forgetRecentFiles() throws Exception {
        prefs.removeNode();
    }

    @Test
    void centreHasFitResidualsFrontierAndBacktestTabsAndTheFrontierTabShowsTheIsoFlopSample(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getText).containsExactly("Fit", "Residuals", "Frontier", "Backtest");

        robot.interact(() -> bench.open(List.of(Path.of("sample-runs/isoflop-chinchilla/isoflop_sweep.csv"))));
        robot.interact(() -> bench.fits().bootstrapProperty().set(Resampling.of(40))); // the tab takes the fit panel's bootstrap
        robot.clickOn("Frontier");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Frontier");
        TableView<FrontierRow> table = robot.lookup("#frontier-table").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        FrontierRow iso = table.getItems().get(0);
        assertThat(iso.approach()).isEqualTo("IsoFLOP (approach 2)");
        assertThat(iso.a()).startsWith("0.5").contains("[");
        assertThat(iso.estimate().budget()).isGreaterThan(1e21);
        assertThat(robot.lookup("#frontier-placeholder").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#frontier-canvas").query().isVisible()).isTrue();

        robot.clickOn("Backtest");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backtest-placeholder").queryAs(Label.class).getText()).startsWith("Press Run backtest");
    }
}
