package org.scalingworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.scalingworkbench.data.SweepImporter;
import org.scalingworkbench.ui.chart.ChartView;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitPanelView;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.fit.LeaderboardView;
import org.scalingworkbench.ui.fit.ReadOffsViewModel;
import org.scalingworkbench.ui.session.SessionMenu;
import org.scalingworkbench.ui.session.SessionViewModel;
import org.scalingworkbench.ui.session.SessionWindow;
import org.scalingworkbench.ui.session.SourcePaths;
import org.scalingworkbench.ui.sweep.SweepOverviewView;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;
import org.scalingworkbench.ui.task.FxTaskRunner;

/**
 * The whole window, wired: files on the left, the chart and the leaderboard in the middle, the fit
 * panel on the right, the menu on top and the status bar below; files dropped anywhere are opened.
 */
public final class Workbench {

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final SourcePaths sources = new SourcePaths(new SweepImporter()::importFile);
    private final SweepOverviewViewModel sweeps = new SweepOverviewViewModel(sources, tasks);
    private final ChartViewModel chart = new ChartViewModel();
    private final FitViewModel fits = new FitViewModel(tasks, chart);
    private final ChartView chartView = new ChartView(fits);
    private final ExportViewModel export;
    private final RecentFiles recent;
    private final SessionViewModel session;
    private final Scene scene;

    /**
     * @param stage   the window's stage (owner of dialogs)
     * @param dialogs the dialogs to use (the real ones, or a fake in tests)
     * @param prefs   where recent files are kept
     */
    public Workbench(Stage stage, DialogService dialogs, Preferences prefs) {
        sweeps.selectedProperty().addListener((o, old, now) -> fits.show(now));
        export = new ExportViewModel(tasks, dialogs, chart.specProperty()::get, chartView.themeProperty()::get);
        recent = new RecentFiles(prefs);
        session = new SessionViewModel(new SessionWindow(sources, sweeps, fits, chartView.themeProperty(), SessionMenu.viewPortOf(chartView)),
                SessionViewModel.defaultRecoveryFolder(), tasks, new FxTaskRunner(), dialogs, prefs);
        SplitPane middle = new SplitPane(chartView.node(), new LeaderboardView(fits, new ReadOffsViewModel(fits)).node());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.7);
        SplitPane main = new SplitPane(new SweepOverviewView(sweeps).node(), middle, new FitPanelView(fits).node());
        main.setDividerPositions(0.17, 0.70);
        BorderPane root = new BorderPane(main);
        MenuBar menu = WorkbenchMenu.build(stage, dialogs, recent, this::open, export, chart, chartView);
        SessionMenu.install(stage, menu, session);
        root.setTop(menu);
        root.setBottom(statusBar());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(940, screen.getHeight()));
        acceptDroppedFiles();
    }

    /** Opens files in the background and remembers them as recent. */
    public void open(List<Path> paths) {
        recent.add(paths);
        sweeps.load(paths);
    }

    public Scene scene() {
        return scene;
    }

    public SweepOverviewViewModel sweeps() {
        return sweeps;
    }

    public FitViewModel fits() {
        return fits;
    }

    public ChartView chartView() {
        return chartView;
    }

    public ExportViewModel export() {
        return export;
    }

    public SessionViewModel session() {
        return session;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.textProperty().bind(Bindings.when(tasks.statusProperty().isEmpty())
                .then(export.messageProperty()).otherwise(tasks.statusProperty()));
        bar.progressProperty().bind(tasks.progressProperty());
        bar.getRightItems().add(SessionMenu.messageLabel(session));
        return bar;
    }

    private void acceptDroppedFiles() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
