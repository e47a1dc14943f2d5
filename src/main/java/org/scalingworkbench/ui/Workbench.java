package org.scalingworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.scalingworkbench.app.importing.SweepLoading;
import org.scalingworkbench.ui.analysis.AnalysisTabs;
import org.scalingworkbench.ui.chart.ChartView;
import org.scalingworkbench.ui.common.DialogService;
import org.scalingworkbench.ui.edit.UndoHistory;
import org.scalingworkbench.ui.export.ExportDialog;
import org.scalingworkbench.ui.export.ExportViewModel;
import org.scalingworkbench.ui.fit.ChartViewModel;
import org.scalingworkbench.ui.fit.FitPanelView;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.fit.LeaderboardView;
import org.scalingworkbench.ui.fit.PointGroupsView;
import org.scalingworkbench.ui.fit.ReadOffsViewModel;
import org.scalingworkbench.ui.session.SessionMenu;
import org.scalingworkbench.ui.session.SessionViewModel;
import org.scalingworkbench.ui.session.SessionWindow;
import org.scalingworkbench.ui.session.SourcePaths;
import org.scalingworkbench.ui.sweep.ShownFiles;
import org.scalingworkbench.ui.sweep.SweepOverviewView;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;
import org.scalingworkbench.ui.task.FxTaskRunner;
import org.scalingworkbench.ui.task.RunningTasksView;
import org.scalingworkbench.ui.theme.ThemeView;
import org.scalingworkbench.ui.theme.ThemeViewModel;

/**
 * The whole window, wired: files on the left, the chart and the leaderboard in the middle, the fit
 * panel on the right, the menu on top and the status bar below; files dropped anywhere are opened.
 */
public final class Workbench {

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final SourcePaths paths = new SourcePaths(SweepLoading.standard()::load);
    private final SweepOverviewViewModel sweeps = new SweepOverviewViewModel(paths, tasks);
    private final UndoHistory history = new UndoHistory();
    private final ChartViewModel chart = new ChartViewModel(history);
    private final FitViewModel fits = new FitViewModel(tasks, chart);
    private final ChartView chartView = new ChartView(fits);
    private final AnalysisTabs analysis;
    private final ExportViewModel export;
    private final ThemeView theme;
    private final Stage stage;
    private ExportDialog exportDialog;
    private final ReportViewModel report;
    private final RecentFiles recent;
    private final SessionViewModel session;
    private final Scene scene;

    /**
     * @param stage   the window's stage (owner of dialogs)
     * @param dialogs the dialogs to use (the real ones, or a fake in tests)
     * @param prefs   where recent files, the theme and the export choices are kept
     */
    public Workbench(Stage stage, DialogService dialogs, Preferences prefs) {
        this.stage = stage;
        sweeps.chartedProperty().addListener((o, old, now) -> ShownFiles.show(now, old, fits));
        export = new ExportViewModel(tasks, new FxTaskRunner(), dialogs, prefs.node("export"), chart.specProperty()::get,
                chartView::zoom);
        export.offerFacets(fits.curveKey(), fits::facets);
        theme = new ThemeView(new ThemeViewModel(prefs));
        theme.style(chartView.themeProperty());
        report = new ReportViewModel(tasks, dialogs, fits, shown -> paths.reportSources(shown, sweeps.chartedProperty().get(), sweeps.files()));
        recent = new RecentFiles(prefs);
        session = new SessionViewModel(new SessionWindow(paths, sweeps, fits, chartView.themeProperty(), SessionMenu.viewPortOf(chartView)),
                SessionViewModel.defaultRecoveryFolder(), tasks, new FxTaskRunner(), dialogs, prefs);
        analysis = new AnalysisTabs(tasks, chartView.node(), fits, sweeps, chartView.themeProperty());
        SplitPane middle = new SplitPane(analysis.node(), new LeaderboardView(fits, new ReadOffsViewModel(fits, tasks)).node());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.7);
        SplitPane main = new SplitPane(left(), middle, new FitPanelView(fits).node());
        main.setDividerPositions(0.2, 0.69);
        BorderPane root = new BorderPane(main);
        MenuBar menu = WorkbenchMenu.build(stage, dialogs, recent, this::open, this::exportFigure, chart, chartView, theme.menu());
        WorkbenchMenu.addExportReport(menu, report::export);
        SessionMenu.install(stage, menu, session);
        root.setTop(menu);
        root.setBottom(statusBar());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(940, screen.getHeight()));
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        theme.style(scene);
        acceptDroppedFiles();
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), history::redo);
    }

    /** File &gt; Export figure: opens the export dialog (made on first use). */
    public void exportFigure() {
        if (exportDialog == null) {
            exportDialog = new ExportDialog(export, stage, theme::style);
        }
        exportDialog.show();
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

    /** The centre tabs: Fit, Residuals, Frontier, Backtest. */
    public AnalysisTabs analysis() {
        return analysis;
    }

    public ExportViewModel export() {
        return export;
    }

    public SessionViewModel session() {
        return session;
    }

    /** The files and their columns, and below them the point groups on the chart. */
    private Node left() {
        SplitPane left = new SplitPane(new SweepOverviewView(sweeps).node(), new PointGroupsView(chart, chartView.themeProperty()).node());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.78);
        return left;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        StringProperty latest = new SimpleStringProperty(tasks.statusProperty().get());
        List.of(tasks.statusProperty(), export.messageProperty(), report.messageProperty()).forEach(m -> m.addListener((o, old, now) -> {
            if (!now.isEmpty()) {
                latest.set(now); // an export's message comes after its task's "Done: …", so it stays
            }
        }));
        bar.textProperty().bind(latest);
        bar.progressProperty().bind(tasks.progressProperty());
        bar.getRightItems().add(new RunningTasksView(tasks).node());
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
