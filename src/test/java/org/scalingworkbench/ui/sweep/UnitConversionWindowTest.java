package org.scalingworkbench.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.data.UnitFixtures;
import org.scalingworkbench.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table of published models in the (headless) window: the report names the scaled columns; a click keeps one raw. */
@ExtendWith(ApplicationExtension.class)
class UnitConversionWindowTest {

    private SweepOverviewViewModel model;

    @Start
    void start(Stage stage) {
        model = new SweepOverviewViewModel(new SweepImporter()::importFile, new FxTaskRunner());
        stage.setScene(new Scene(new SweepOverviewView(model).node(), 1400, 700));
        stage.show();
    }

    private ColumnRow row(String name) {
        return model.columns().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theReportShowsAScaledColumnAndUntickingItKeepsTheValuesAsRead(FxRobot robot) throws Exception {
        robot.interact(() -> model.load(List.of(UnitFixtures.publishedModels())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.files().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> notes = robot.lookup("#notes").queryAs(ListView.class);
        assertThat(notes.getItems()).anyMatch(n -> n.toString().startsWith("column \"Model Size (B)\" scaled by 1e9"));
        assertThat(row("Model Size (B)").unit()).isEqualTo("(B) ×1e9");
        assertThat(row("Model Size (B)").range()).isEqualTo("1.600e+08 .. 1.185e+10");

        CheckBox tick = robot.lookup("#columns .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getParent() instanceof TableCell<?, ?> cell && "(B) ×1e9".equals(cell.getText()))
                .findFirst().orElseThrow();
        assertThat(tick.isSelected()).isTrue();
        Object report = model.selectedProperty().get().report();
        robot.clickOn(tick);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row("Model Size (B)").unit()).isEqualTo("(B) as read");
        assertThat(row("Model Size (B)").range()).isEqualTo("0.1600 .. 11.85");
        assertThat(model.selectedProperty().get().sweep().column("Model Size (B)").orElseThrow().number(0)).isEqualTo(0.16);
        assertThat(notes.getItems()).anyMatch(n -> n.toString().equals("column \"Model Size (B)\" kept as read (set by user)"));
        assertThat(row("Pretraining Data Size (T)").converted()).isTrue();
        assertThat(model.selectedProperty().get().report()).as("the report a saved session knows the file by").isSameAs(report);

        robot.interact(() -> model.convertUnit("Model Size (B)", true));
        assertThat(model.selectedProperty().get().sweep().column("Model Size (B)").orElseThrow().number(0)).isEqualTo(0.16e9);
    }
}
