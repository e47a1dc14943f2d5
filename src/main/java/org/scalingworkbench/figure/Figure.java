package org.scalingworkbench.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A drawable chart. The window, the PNG, the SVG and the PDF all come from {@link #draw}, so what
 * is exported is what is shown. The view (the x and y ranges) can be zoomed; everything else is fixed
 * when the figure is built. Not thread-safe: draw from one thread at a time.
 */
public final class Figure {

    static {
        // JFreeChart draws rotated text (the y axis title) through TextLayout by default, a work-around
        // for a JDK 1.4 bug; SVG and PDF would then get outlines instead of text. Same value always.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final JFreeChart chart;
    private final FacetGrid grid;
    private final String description;
    private Rectangle2D lastDataArea;

    Figure(JFreeChart chart, String description) {
        this.chart = chart;
        this.grid = null;
        this.description = description;
    }

    /** A grid of panels; positions, values and zoom refer to the first panel (zoom applies to all). */
    Figure(FacetGrid grid, String description) {
        this.chart = null;
        this.grid = grid;
        this.description = description;
    }

    /** A one-line description for file metadata, for example "scaling plot: plc on loss vs N". */
    public String description() {
        return description;
    }

    /**
     * Draws the figure into {@code area}, in the units of {@code g2}'s user space (points when a
     * PNG is rasterized at a DPI, or pixels on a screen).
     */
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (grid != null) {
            lastDataArea = grid.draw(g2, area);
            return;
        }
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        chart.draw(g2, area, info);
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        lastDataArea = plotInfo.getSubplotCount() > 0 ? plotInfo.getSubplotInfo(0).getDataArea() : plotInfo.getDataArea();
    }

    /**
     * Where the data point (x, y) of the main (top) plot fell in the last {@link #draw}, in that
     * draw's user-space units; empty before the first draw.
     */
    public Optional<Point2D> position(double x, double y) {
        if (lastDataArea == null) {
            return Optional.empty();
        }
        XYPlot main = mainPlot();
        double px = domainAxis().valueToJava2D(x, lastDataArea, main.getDomainAxisEdge());
        double py = main.getRangeAxis().valueToJava2D(y, lastDataArea, main.getRangeAxisEdge());
        return Optional.of(new Point2D.Double(px, py));
    }

    /**
     * The data (x, y) of the main plot under the point (px, py) of the last {@link #draw}, in that
     * draw's user-space units; points outside the data area map to values outside the view. Empty
     * before the first draw.
     */
    public Optional<Point2D> valueAt(double px, double py) {
        if (lastDataArea == null) {
            return Optional.empty();
        }
        XYPlot main = mainPlot();
        double x = domainAxis().java2DToValue(px, lastDataArea, main.getDomainAxisEdge());
        double y = main.getRangeAxis().java2DToValue(py, lastDataArea, main.getRangeAxisEdge());
        return Optional.of(new Point2D.Double(x, y));
    }

    /** The main plot's data area in the last {@link #draw}, in its user-space units; empty before. */
    public Optional<Rectangle2D> dataArea() {
        return Optional.ofNullable(lastDataArea).map(r -> (Rectangle2D) r.clone());
    }

    private XYPlot mainPlot() {
        if (grid != null) {
            return grid.plots().get(0);
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        if (plot instanceof CombinedDomainXYPlot combined) {
            return (XYPlot) combined.getSubplots().get(0);
        }
        return plot;
    }

    /** Sets the x range in view (the x axis' units); draws after this re-decimate large series. */
    public void zoomX(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("zoom range is empty: [" + lower + ", " + upper + "]");
        }
        if (grid != null) {
            grid.plots().forEach(p -> p.getDomainAxis().setRange(lower, upper));
            return;
        }
        domainAxis().setRange(lower, upper);
    }

    /**
     * Sets the y range in view of the main (top) plot, in the y axis' units; a residual panel
     * below keeps its own range.
     */
    public void zoomY(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("zoom range is empty: [" + lower + ", " + upper + "]");
        }
        if (grid != null) {
            grid.plots().forEach(p -> p.getRangeAxis().setRange(lower, upper));
            return;
        }
        mainPlot().getRangeAxis().setRange(lower, upper);
    }

    /** The y range in view of the main plot, {lower, upper}. */
    public double[] viewY() {
        ValueAxis axis = mainPlot().getRangeAxis();
        return new double[] {axis.getLowerBound(), axis.getUpperBound()};
    }

    /** The x range in view, {lower, upper}. */
    public double[] viewX() {
        ValueAxis axis = domainAxis();
        return new double[] {axis.getLowerBound(), axis.getUpperBound()};
    }

    private ValueAxis domainAxis() {
        return grid != null ? mainPlot().getDomainAxis() : ((XYPlot) chart.getPlot()).getDomainAxis();
    }
}
