package org.scalingworkbench.ui.analysis;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.sweep.ShownFiles;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;

/**
 * The centre of the window as tabs: the interactive chart ("Fit"), then Residuals, Frontier and
 * Backtest, each with its view-model wired to the fits and the selected file.
 */
public final class AnalysisTabs {

    private final ResidualsViewModel residuals;
    private final FrontierViewModel frontier;
    private final BacktestViewModel backtest;
    private final TabPane pane = new TabPane();

    /**
     * @param tasks  where the tabs' computations run
     * @param chart  the interactive chart's node, shown in the first tab
     * @param fits   the fits (curve, laws, leaderboard) the residuals and the backtest read; the frontier
     *               follows its target
     * @param sweeps the loaded files, whose files on the chart the frontier reads
     * @param theme  the chart theme the tabs' figures are drawn in (the window's, at screen sizes)
     */
    public AnalysisTabs(TaskRunner tasks, Node chart, FitViewModel fits, SweepOverviewViewModel sweeps,
            ObservableValue<FigureTheme> theme) {
        residuals = new ResidualsViewModel(fits.chart());
        frontier = new FrontierViewModel(tasks, sweeps.chartedProperty().map(ShownFiles::combined), fits);
        backtest = new BacktestViewModel(tasks, fits);
        pane.setId("analysis-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab frontierTab = lazyTab("Frontier", () -> new FrontierView(frontier, theme).node());
        pane.getTabs().addAll(tab("Fit", chart), lazyTab("Residuals", () -> new ResidualsView(residuals, theme).node()),
                frontierTab, lazyTab("Backtest", () -> new BacktestView(backtest, theme).node()));
        frontier.activeProperty().bind(frontierTab.selectedProperty());
    }

    /**
     * A tab whose view is built the first time it is shown: the window then starts with the
     * controls of the Fit tab only (their skins and first layout are most of the start-up time).
     */
    private static Tab lazyTab(String title, Supplier<Node> content) {
        Tab tab = tab(title, null);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    /** The tab pane, for the window's centre. */
    public TabPane node() {
        return pane;
    }

    public ResidualsViewModel residuals() {
        return residuals;
    }

    public FrontierViewModel frontier() {
        return frontier;
    }

    public BacktestViewModel backtest() {
        return backtest;
    }
}
