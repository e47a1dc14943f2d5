package org.scalingworkbench.figure;

import java.awt.Color;
import java.util.List;
import java.util.function.IntFunction;
import org.jfree.chart.plot.XYPlot;
import org.scalingworkbench.figure.chart.DecimatedXYDataset;
import org.scalingworkbench.figure.chart.DecimatingRenderer;

/**
 * Draws point series as markers: filled in the group's colour when fitted, hollow when held out,
 * grey when excluded; decimated per pixel column so large series stay fast.
 */
final class PointLayer {

    private final ChartStyle style;

    PointLayer(ChartStyle style) {
        this.style = style;
    }

    /**
     * Adds the series as dataset {@code index}; {@code colourOf} gives the colour of series i
     * (excluded points are grey whatever it says).
     */
    void add(XYPlot plot, int index, List<PointSeries> series, IntFunction<Color> colourOf) {
        DecimatedXYDataset data = new DecimatedXYDataset();
        DecimatingRenderer renderer = new DecimatingRenderer(false, true);
        for (int s = 0; s < series.size(); s++) {
            PointSeries p = series.get(s);
            data.addSeries(p.group() + " " + p.state() + " " + s, p.x(), p.y());
            Color colour = p.state().dimmed() ? style.theme().excluded() : colourOf.apply(s);
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesShape(s, style.marker());
            boolean hollow = p.state() == PointState.HELD_OUT;
            renderer.setSeriesShapesFilled(s, !hollow);
            renderer.setSeriesOutlinePaint(s, colour);
            renderer.setSeriesOutlineStroke(s, style.hairline(hollow ? 1.0f : 0.4f));
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(series.stream().anyMatch(p -> p.state() == PointState.HELD_OUT));
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
    }
}
