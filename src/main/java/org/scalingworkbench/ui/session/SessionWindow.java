package org.scalingworkbench.ui.session;

import javafx.beans.property.ObjectProperty;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.ui.fit.FitViewModel;
import org.scalingworkbench.ui.sweep.SweepOverviewViewModel;

/**
 * The parts of the window a session captures and restores.
 *
 * @param paths    the reader that knows each loaded file's path
 * @param sweeps   the loaded files and their column roles
 * @param fits     the fit panel (with the chart's state: exclusions, cut-off, results)
 * @param theme    the figure theme
 * @param viewPort the chart's visible range
 */
public record SessionWindow(SourcePaths paths, SweepOverviewViewModel sweeps, FitViewModel fits,
        ObjectProperty<FigureTheme> theme, ViewPort viewPort) {
}
