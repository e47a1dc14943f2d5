package org.scalingworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.scalingworkbench.ui.chart.ChartView;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.fit.ChartViewModel;

/** The window's menu bar: File (open, recent, export, quit), Edit (undo, redo) and View. */
final class WorkbenchMenu {

    private WorkbenchMenu() {
    }

    static MenuBar build(Stage stage, DialogService dialogs, RecentFiles recent, Consumer<List<Path>> open,
            Runnable exportFigure, ChartViewModel chart, ChartView chartView, Menu themeMenu) {
        MenuItem openItem = item("Open…", "Shortcut+O", () -> open.accept(dialogs.chooseFilesToOpen()));
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setOnShowing(e -> recentMenu.getItems().setAll(recent.list().stream()
                .map(p -> item(p.toString(), null, () -> open.accept(List.of(p)))).toList()));
        recentMenu.getItems().add(new MenuItem("(none)"));
        MenuItem exportItem = item("Export figure…", "Shortcut+E", exportFigure);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, openItem, recentMenu, new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quit);

        Menu edit = editMenu(chart.history());

        MenuItem reset = item("Reset zoom", "Shortcut+0", chartView::resetZoom);
        Menu view = new Menu("View", null, reset, themeMenu);
        return new MenuBar(file, edit, view);
    }

    /** Adds File &gt; Export report… (Ctrl+Shift+E) below Export figure. */
    static void addExportReport(MenuBar bar, Runnable exportReport) {
        Menu file = bar.getMenus().get(0);
        int figure = file.getItems().stream().map(MenuItem::getText).toList().indexOf("Export figure…");
        file.getItems().add(figure + 1, item("Export report…", "Shortcut+Shift+E", exportReport));
    }

    /** Undo and Redo, named after the edit they would revert; Redo answers Ctrl+Shift+Z (Ctrl+Y is a scene accelerator). */
    private static Menu editMenu(UndoHistory history) {
        MenuItem undo = item("Undo", "Shortcut+Z", history::undo);
        undo.textProperty().bind(history.undoLabelProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", history::redo);
        redo.textProperty().bind(history.redoLabelProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        return new Menu("Edit", null, undo, redo);
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
