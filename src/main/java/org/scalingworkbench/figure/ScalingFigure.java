package org.scalingworkbench.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Builds the scaling plot: runs as markers coloured by group, each law as a curve (dashed beyond
 * its fitted range) with its band, the cut-off, a legend in the emptiest corner, and below it a
 * residual panel, ln(y / f(x)) in natural log, sharing the x axis.
 */
public final class ScalingFigure {

    /** Legends with an entry longer than this go above the plot, where they cannot hide data. */
    private static final int INSIDE_LEGEND_CHARS = 26;
    /** Legends with more entries than this go above the plot. */
    private static final int INSIDE_LEGEND_ENTRIES = 6;
    /** From this many groups on, groups are coloured on a sequential scale. */
    private static final int SEQUENTIAL_FROM = 7;

    private final ChartStyle style;

    public ScalingFigure(FigureTheme theme) {
        this.style = new ChartStyle(theme);
    }

    /** The figure for {@code spec}. */
    public Figure build(ScalingPlotSpec spec) {
        ValueRange xView = ValueRange.of(xValues(spec), spec.x().scale(), 0.06);
        ValueRange yView = ValueRange.of(spec.points().stream().flatMapToDouble(p -> DoubleStream.of(p.y())),
                spec.y().scale(), 0.08);
        ValueAxis xAxis = style.axis(spec.x());
        xAxis.setRange(xView.lower(), xView.upper());
        ValueAxis yAxis = style.axis(spec.y());
        yAxis.setRange(yView.lower(), yView.upper());
        XYPlot main = style.plot(xAxis, yAxis);
        List<String> groups = spec.groups();
        new PointLayer(style).add(main, 0, spec.points(), s -> groupColour(spec, groups, s));
        double[] grid = CurveLayer.samples(xView, spec.x().scale());
        CurveLayer curves = new CurveLayer(style, spec.y());
        for (int c = 0; c < spec.curves().size(); c++) {
            curves.add(main, c + 1, spec.curves().get(c), grid, curveColour(spec, groups, c));
        }
        Legend legend = legend(spec, groups);
        boolean inside = !legend.isEmpty() && legend.longestLabel() <= INSIDE_LEGEND_CHARS
                && legend.size() <= INSIDE_LEGEND_ENTRIES;
        boolean legendOnTop = false;
        if (inside) {
            boolean[] corner = EmptyCorner.of(spec, xView, yView);
            legendOnTop = corner[1];
            main.addAnnotation(legend.annotation(corner[0], corner[1]));
        }
        boolean labelAtBottom = legendOnTop;
        spec.cutOffIfAny().ifPresent(x -> main.addDomainMarker(cutOff(x, labelAtBottom), Layer.FOREGROUND));
        String description = "scaling plot of " + spec.y().title() + " against " + spec.x().title();
        JFreeChart chart;
        if (!spec.residuals() || spec.curves().isEmpty()) {
            chart = style.chart(main);
        } else {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
            combined.setGap(4 * style.theme().scale());
            combined.add(main, 3);
            combined.add(new ResidualPanel(style).plot(spec, groups), 1);
            chart = style.chart(combined);
            description += " with ln residuals";
        }
        if (!inside && !legend.isEmpty()) {
            chart.addSubtitle(legend.above());
        }
        return new Figure(chart, description);
    }

    private static DoubleStream xValues(ScalingPlotSpec spec) {
        DoubleStream points = spec.points().stream().flatMapToDouble(p -> DoubleStream.of(p.x()));
        DoubleStream fitted = spec.curves().stream().flatMapToDouble(c -> DoubleStream.of(c.fittedMin(), c.fittedMax()));
        return Stream.of(points, fitted, spec.cutOffIfAny().stream()).flatMapToDouble(s -> s);
    }

    /** Colour of point series s: its group's colour. */
    Color groupColour(ScalingPlotSpec spec, List<String> groups, int s) {
        return colourOfGroup(groups, groups.indexOf(spec.points().get(s).group()));
    }

    /** Group g's colour (see {@link FigureTheme#groupColour}). */
    Color colourOfGroup(List<String> groups, int g) {
        return style.theme().groupColour(g, groups.size());
    }

    /**
     * A grouped curve takes its group's colour; other laws take the palette colours after the
     * groups', so a law never shares a group's colour.
     */
    Color curveColour(ScalingPlotSpec spec, List<String> groups, int c) {
        CurveSpec curve = spec.curves().get(c);
        if (curve.grouped()) {
            return colourOfGroup(groups, Math.max(0, groups.indexOf(curve.group())));
        }
        return groups.size() >= SEQUENTIAL_FROM ? style.theme().colour(1 + c) : style.theme().colour(groups.size() + c);
    }

    private ValueMarker cutOff(double x, boolean labelAtBottom) {
        ValueMarker marker = new ValueMarker(x, style.theme().foreground(), style.curveStroke(true));
        float k = style.theme().scale();
        marker.setStroke(new java.awt.BasicStroke(0.8f * k, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                10f, new float[] {1.5f * k, 2f * k}, 0f));
        marker.setLabel("cut-off");
        marker.setLabelFont(style.theme().font(style.theme().legendSize()));
        marker.setLabelPaint(style.theme().foreground());
        marker.setLabelAnchor(labelAtBottom ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(labelAtBottom ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        marker.setLabelOffset(style.insets(2, 2, 2, 2));
        return marker;
    }

    private Legend legend(ScalingPlotSpec spec, List<String> groups) {
        Legend legend = new Legend(style);
        boolean oneGroup = groups.size() == 1;
        for (int g = 0; g < groups.size(); g++) {
            legend.marker(oneGroup ? "runs" : groups.get(g), colourOfGroup(groups, g), true);
        }
        List<PointState> states = new ArrayList<>();
        spec.points().forEach(p -> states.add(p.state()));
        if (states.contains(PointState.HELD_OUT)) {
            legend.marker("held out", oneGroup ? style.theme().colour(0) : style.theme().foreground(), false);
        }
        if (states.contains(PointState.EXCLUDED)) {
            legend.marker("excluded", style.theme().excluded(), true);
        }
        List<String> groupedLabels = new ArrayList<>();
        for (int c = 0; c < spec.curves().size(); c++) {
            CurveSpec curve = spec.curves().get(c);
            if (!curve.grouped()) {
                legend.line(curve.label(), curveColour(spec, groups, c), false);
            } else if (!groupedLabels.contains(curve.label())) {
                groupedLabels.add(curve.label());
                legend.line(curve.label(), style.theme().foreground(), false);
            }
        }
        return legend;
    }
}
