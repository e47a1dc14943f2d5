package org.scalingworkbench.ui.export;

import java.util.Optional;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.figure.Figure;
import org.scalingworkbench.figure.FigureTheme;
import org.scalingworkbench.figure.PlotZoom;
import org.scalingworkbench.figure.ScalingFigure;
import org.scalingworkbench.figure.ScalingPlotSpec;

/**
 * What an export draws: the chart's plot (with its residual panel), or the curves laid out one
 * panel per value of a key column (small multiples, as {@code plot --facet} draws them). The
 * chart's zoom applies to the single plot only; the panels share the full ranges.
 *
 * @param single the plot, when not faceted
 * @param facets the panels, or null
 */
record ExportedPlot(ScalingPlotSpec single, FacetedPlotSpec facets) {

    static ExportedPlot of(ScalingPlotSpec single) {
        return new ExportedPlot(single, null);
    }

    static ExportedPlot of(FacetedPlotSpec facets) {
        return new ExportedPlot(null, facets);
    }

    /** The figure in {@code theme}, zoomed to {@code zoom} when one plot is drawn. */
    Figure build(FigureTheme theme, Optional<PlotZoom> zoom) {
        if (facets != null) {
            return new ScalingFigure(theme).build(facets);
        }
        Figure figure = new ScalingFigure(theme).build(single);
        zoom.ifPresent(z -> z.applyTo(figure));
        return figure;
    }
}
