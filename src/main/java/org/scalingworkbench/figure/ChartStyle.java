package org.scalingworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.scalingworkbench.figure.chart.DecadeLogAxis;

/** Applies a {@link FigureTheme} to JFreeChart axes, plots and charts. */
public final class ChartStyle {

    private final FigureTheme theme;

    public ChartStyle(FigureTheme theme) {
        this.theme = theme;
    }

    public FigureTheme theme() {
        return theme;
    }

    /** A log (base 10, {@link DecadeLogAxis}) or linear axis in the theme's fonts and colours. */
    public ValueAxis axis(AxisSpec spec) {
        ValueAxis axis;
        if (spec.scale() == AxisScale.LOG) {
            axis = new DecadeLogAxis(spec.title());
        } else {
            NumberAxis linear = new NumberAxis(spec.title());
            linear.setAutoRangeIncludesZero(false);
            linear.setMinorTickCount(2);
            linear.setMinorTickMarksVisible(true);
            axis = linear;
        }
        axis.setLabelFont(theme.font(theme.labelSize()));
        axis.setTickLabelFont(theme.font(theme.tickSize()));
        axis.setLabelPaint(theme.foreground());
        axis.setTickLabelPaint(theme.foreground());
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(theme.foreground());
        axis.setAxisLineStroke(hairline(0.6f));
        axis.setTickMarkStroke(hairline(0.6f));
        axis.setTickMarkOutsideLength(3.5f * theme.scale());
        axis.setMinorTickMarkOutsideLength(2f * theme.scale());
        axis.setTickLabelInsets(insets(1.5, 1.5, 1.5, 2.5));
        axis.setLabelInsets(insets(2, 2, 2, 2));
        return axis;
    }

    /** A plot with the theme's background, a frame and a thin light grid (major and minor). */
    public XYPlot plot(ValueAxis x, ValueAxis y) {
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.foreground());
        plot.setOutlineStroke(hairline(0.6f));
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(hairline(0.5f));
        plot.setRangeGridlineStroke(hairline(0.5f));
        plot.setDomainMinorGridlinesVisible(true);
        plot.setRangeMinorGridlinesVisible(true);
        plot.setDomainMinorGridlinePaint(theme.minorGrid());
        plot.setRangeMinorGridlinePaint(theme.minorGrid());
        plot.setDomainMinorGridlineStroke(hairline(0.4f));
        plot.setRangeMinorGridlineStroke(hairline(0.4f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(insets(3, 2, 2, 6));
        return plot;
    }

    /** A chart without title, legend, border or gradient on the theme's background. */
    public JFreeChart chart(Plot plot) {
        JFreeChart chart = new JFreeChart(null, theme.font(theme.labelSize()), plot, false);
        chart.setBackgroundPaint(theme.background());
        chart.setBorderVisible(false);
        chart.setPadding(insets(2, 2, 2, 2));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** A solid stroke {@code width} points wide. */
    public static BasicStroke thin(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    /** A solid stroke {@code width} points wide at print size, widened by the theme's scale. */
    public BasicStroke hairline(float width) {
        return thin(width * theme.scale());
    }

    /** Insets in points at print size, enlarged by the theme's scale. */
    public RectangleInsets insets(double top, double left, double bottom, double right) {
        double k = theme.scale();
        return new RectangleInsets(top * k, left * k, bottom * k, right * k);
    }

    /** The curve stroke, solid or dashed. */
    public BasicStroke curveStroke(boolean dashed) {
        float w = theme.lineWidth();
        return dashed ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4 * w, 2.5f * w}, 0f)
                : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * The line style of law {@code i} when several laws are drawn per group, so that laws are told
     * apart by their line (solid, dashed, dotted, dash-dot, long dash, long dash-dot, then again)
     * while colour tells the groups apart.
     */
    public BasicStroke lawStroke(int i) {
        float w = theme.lineWidth();
        float dot = 0.01f;
        float[][] dashes = {null, {4 * w, 2.5f * w}, {dot, 2.2f * w}, {4.5f * w, 1.8f * w, dot, 1.8f * w},
            {8 * w, 2.5f * w}, {8 * w, 1.8f * w, dot, 1.8f * w, dot, 1.8f * w}};
        float[] dash = dashes[Math.floorMod(i, dashes.length)];
        return dash == null ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** A circular marker of the theme's size, centred on the point. */
    public Shape marker() {
        double d = theme.markerSize();
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    /** {@code colour} with {@code alpha} in [0, 1]. */
    public static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(alpha * 255));
    }
}
