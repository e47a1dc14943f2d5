package org.scalingworkbench.app.plot;

import java.util.Map;
import org.scalingworkbench.analysis.Leaderboard;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.ScalingLaw;

/** The scaling plot of selected points: the plain curve plot for one variable from one file, else the grouped plot. */
public final class PlotSpecs {

    private PlotSpecs() {
    }

    /**
     * @param plot     the points
     * @param excluded whether each point was excluded by the user
     * @param cutOff   points with x above it are held out; NaN for no hold-out
     * @param board    the fitted laws, or null before the first fit
     * @param laws     the laws on the board, by id
     */
    public static ScalingPlotSpec of(PlotData plot, boolean[] excluded, double cutOff, Leaderboard board,
            Map<String, ScalingLaw> laws) {
        return plot.joint() || plot.points().grouped() ? new GroupedPlot().spec(plot.points(), excluded, cutOff, board, laws)
                : new CurvePlot().spec(plot.curve(), excluded, cutOff, board, laws);
    }
}
