package org.scalingworkbench.figure;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * Builds the residual plot on its own: the residual panel of the scaling plot (ln y − ln f(x),
 * natural log, with its zero line) on the spec's x axis, the cut-off line and a legend of the laws.
 * The same panel as under {@link ScalingFigure}, so both show the same residuals.
 */
public final class ResidualFigure {

    private final ChartStyle style;
    private final FigureTheme theme;

    public ResidualFigure(FigureTheme theme) {
        this.theme = theme;
        this.style = new ChartStyle(theme);
    }

    /** The residual figure of {@code spec}'s points against each of its curves (at least one). */
    public Figure build(ScalingPlotSpec spec) {
        if (spec.curves().isEmpty()) {
            throw new IllegalArgumentException("a residual plot needs at least one law");
        }
        List<String> groups = spec.groups();
        XYPlot plot = new ResidualPanel(style).plot(spec, groups);
        ValueAxis xAxis = style.axis(spec.x());
        ValueRange x = ValueRange.of(spec.points().stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(p.x())),
                spec.x().scale(), 0.06);
        xAxis.setRange(x.lower(), x.upper());
        plot.setDomainAxis(xAxis);
        spec.cutOffIfAny().ifPresent(c -> plot.addDomainMarker(cutOff(c), Layer.FOREGROUND));
        JFreeChart chart = style.chart(plot);
        Legend legend = new Legend(style);
        ScalingFigure colours = new ScalingFigure(theme);
        List<String> laws = ResidualPanel.lawLabels(spec);
        for (int i = 0; i < laws.size(); i++) {
            legend.marker(laws.get(i), laws.size() == 1 ? colours.colourOfGroup(groups, 0) : theme.colour(i), true);
        }
        if (spec.points().stream().anyMatch(p -> p.state() == PointState.HELD_OUT)) {
            legend.marker("held out", theme.foreground(), false);
        }
        chart.addSubtitle(legend.above());
        return new Figure(chart, "ln residuals of " + spec.y().title() + " against " + spec.x().title());
    }

    private org.jfree.chart.plot.ValueMarker cutOff(double x) {
        var marker = new org.jfree.chart.plot.ValueMarker(x, theme.foreground(), new java.awt.BasicStroke(0.8f,
                java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {1.5f, 2f}, 0f));
        marker.setLabel("cut-off");
        marker.setLabelFont(theme.font(theme.legendSize()));
        marker.setLabelPaint(theme.foreground());
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        marker.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        return marker;
    }
}
