package org.scalingworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.ui.chart.ChartView;
import org.scalingworkbench.ui.fit.ChartViewModel;

/** The window's menu bar: File (open, recent, export, quit), Edit (undo, redo) and View. */
final class WorkbenchMenu {

    private WorkbenchMenu() {
    }

    static MenuBar build(Stage stage, DialogService dialogs, RecentFiles recent, Consumer<List<Path>> open,
            ExportViewModel export, ChartViewModel chart, ChartView chartView) {
        MenuItem openItem = item("Open…", "Shortcut+O", () -> open.accept(dialogs.chooseFilesToOpen()));
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setOnShowing(e -> recentMenu.getItems().setAll(recent.list().stream()
                .map(p -> item(p.toString(), null, () -> open.accept(List.of(p)))).toList()));
        recentMenu.getItems().add(new MenuItem("(none)"));
        MenuItem exportItem = item("Export figure…", "Shortcut+E", export::export);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, openItem, recentMenu, new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo exclusion", "Shortcut+Z", chart::undo);
        MenuItem redo = item("Redo exclusion", "Shortcut+Shift+Z", chart::redo);
        MenuItem redoY = item("Redo exclusion", "Shortcut+Y", chart::redo);
        Menu edit = new Menu("Edit", null, undo, redo, redoY);

        MenuItem reset = item("Reset zoom", "Shortcut+0", chartView::resetZoom);
        CheckMenuItem dark = new CheckMenuItem("Dark figure theme");
        dark.setOnAction(e -> chartView.themeProperty().set(dark.isSelected() ? FigureTheme.dark() : FigureTheme.paper()));
        Menu view = new Menu("View", null, reset, dark);
        return new MenuBar(file, edit, view);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
