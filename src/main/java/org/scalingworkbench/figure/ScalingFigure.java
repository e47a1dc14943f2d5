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
    /** Opacity of a law's line beyond its fitted range when several laws are drawn per group, each in its own line style. */
    private static final double BEYOND_ALPHA = 0.45;
    /**
     * Groups too many to list cycle through the first six palette colours: not black, kept for
     * the laws drawn over all groups, nor yellow, weak on white.
     */
    private static final int UNLISTED_COLOURS = 6;

    private final ChartStyle style;

    public ScalingFigure(FigureTheme theme) {
        this.style = new ChartStyle(theme);
    }

    /** The figure for {@code spec}. */
    public Figure build(ScalingPlotSpec spec) {
        ValueRange xView = xView(java.util.List.of(spec));
        ValueRange yView = yView(java.util.List.of(spec));
        ValueAxis xAxis = style.axis(spec.x());
        xAxis.setRange(xView.lower(), xView.upper());
        XYPlot main = main(spec, xAxis, yView);
        Legend legend = legend(spec);
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
            combined.add(new ResidualPanel(style).plot(spec, spec.groups()), 1);
            chart = style.chart(combined);
            description += " with ln residuals";
        }
        if (spec.groupKey().scaled()) {
            chart.addSubtitle(new ColourBar(style, spec.groupKey()));
            description += ", coloured by " + spec.groupKey().title();
        }
        if (!inside && !legend.isEmpty()) {
            chart.addSubtitle(legend.above());
        }
        return new Figure(chart, description);
    }

    /**
     * The small multiples of {@code facets}: every panel on the same x and y ranges, each with its
     * points, curves and cut-off, under one colour bar (a key on a colour scale) and one legend,
     * above the grid or in its first empty cell ({@link FacetGrid}).
     */
    public Figure build(FacetedPlotSpec facets) {
        List<ScalingPlotSpec> specs = facets.panels().stream().map(p -> p.plot().withKey(facets.key())).toList();
        ValueRange xView = xView(specs);
        ValueRange yView = yView(specs);
        List<XYPlot> plots = new ArrayList<>();
        for (ScalingPlotSpec spec : specs) {
            ValueAxis xAxis = style.axis(spec.x());
            xAxis.setRange(xView.lower(), xView.upper());
            XYPlot plot = main(spec, xAxis, yView);
            spec.cutOffIfAny().ifPresent(x -> plot.addDomainMarker(cutOff(x, false), Layer.FOREGROUND));
            plots.add(plot);
        }
        List<org.jfree.chart.title.Title> header = new ArrayList<>();
        if (facets.key().scaled()) {
            header.add(new ColourBar(style, facets.key()));
        }
        Legend legend = legend(facets.merged());
        ScalingPlotSpec first = specs.get(0);
        FacetGrid grid = new FacetGrid(style, facets.panels().stream().map(FacetedPlotSpec.Panel::title).toList(), plots, header,
                legend.isEmpty() ? null : legend.above(), first.x().title(), first.y().title());
        return new Figure(grid, "small multiples of " + first.y().title() + " against " + first.x().title() + " by "
                + facets.title());
    }

    /** The x view of plots drawn on one x axis: every point, fitted range and cut-off, padded. */
    static ValueRange xView(List<ScalingPlotSpec> specs) {
        return ValueRange.of(specs.stream().flatMapToDouble(ScalingFigure::xValues), specs.get(0).x().scale(), 0.06);
    }

    /** The y view of plots drawn on one y axis: every point, padded. */
    static ValueRange yView(List<ScalingPlotSpec> specs) {
        return ValueRange.of(specs.stream().flatMap(s -> s.points().stream()).flatMapToDouble(p -> DoubleStream.of(p.y())),
                specs.get(0).y().scale(), 0.08);
    }

    /** The main plot of {@code spec}, points and curves, on {@code xAxis} (its range set) and a y axis over {@code yView}. */
    XYPlot main(ScalingPlotSpec spec, ValueAxis xAxis, ValueRange yView) {
        ValueAxis yAxis = style.axis(spec.y());
        yAxis.setRange(yView.lower(), yView.upper());
        XYPlot main = style.plot(xAxis, yAxis);
        new PointLayer(style).add(main, 0, spec.points(), s -> colourOf(spec, spec.points().get(s).group()));
        ValueRange xView = new ValueRange(xAxis.getLowerBound(), xAxis.getUpperBound());
        double[] grid = CurveLayer.samples(xView, spec.x().scale());
        CurveLayer curves = new CurveLayer(style, spec.y());
        List<String> groups = spec.groups();
        List<String> laws = spec.groupedLaws();
        for (int c = 0; c < spec.curves().size(); c++) {
            CurveSpec curve = spec.curves().get(c);
            Color colour = curveColour(spec, groups, c);
            if (curve.grouped() && laws.size() > 1) {
                java.awt.BasicStroke stroke = style.lawStroke(laws.indexOf(curve.label()));
                curves.add(main, c + 1, curve, grid, colour, stroke, stroke, ChartStyle.withAlpha(colour, BEYOND_ALPHA));
            } else {
                curves.add(main, c + 1, curve, grid, colour);
            }
        }
        return main;
    }

    static DoubleStream xValues(ScalingPlotSpec spec) {
        DoubleStream points = spec.points().stream().flatMapToDouble(p -> DoubleStream.of(p.x()));
        DoubleStream fitted = spec.curves().stream().flatMapToDouble(c -> DoubleStream.of(c.fittedMin(), c.fittedMax()));
        return Stream.of(points, fitted, spec.cutOffIfAny().stream()).flatMapToDouble(s -> s);
    }

    /** Colour of point series s: its group's colour. */
    Color groupColour(ScalingPlotSpec spec, List<String> groups, int s) {
        return colourOf(spec, spec.points().get(s).group());
    }

    /**
     * The colour of {@code group} under the spec's {@link GroupKey}: its value's colour on a colour
     * scale; else by its place in the key's order, on the palette or (more than six groups listed)
     * the sequential scale, the palette cycling for groups too many to list.
     */
    Color colourOf(ScalingPlotSpec spec, String group) {
        GroupKey key = spec.groupKey();
        if (key.scaled()) {
            return style.theme().sequentialAt(key.positionOf(group));
        }
        int i = key.order().indexOf(group);
        int g = i >= 0 ? i : Math.max(0, spec.groups().indexOf(group));
        return key.listed() ? style.theme().groupColour(g, key.order().size()) : style.theme().colour(g % UNLISTED_COLOURS);
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
            return colourOf(spec, curve.group());
        }
        if (!spec.groupKey().listed() && !spec.groupKey().scaled()) {
            return c == 0 ? style.theme().foreground() : style.theme().colour(UNLISTED_COLOURS + c - 1);
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

    /**
     * The legend: a marker per group when the key lists them (else nothing, or a line naming how
     * many groups there are), held-out and excluded markers, and a line per law: a law of its own
     * colour in that colour; a law drawn per group in the foreground colour, in its line style
     * when several such laws are drawn.
     */
    Legend legend(ScalingPlotSpec spec) {
        Legend legend = new Legend(style);
        GroupKey key = spec.groupKey();
        List<String> groups = spec.groups();
        boolean oneGroup = groups.size() == 1 && key.order().size() <= 1;
        if (key.listed()) {
            for (String g : key.order()) {
                legend.marker(oneGroup ? "runs" : g, colourOf(spec, g), true);
            }
        } else if (!key.scaled()) {
            legend.note(key.order().size() + " " + (key.title() == null ? "groups" : key.title() + " values"));
        }
        List<PointState> states = new ArrayList<>();
        spec.points().forEach(p -> states.add(p.state()));
        if (states.contains(PointState.HELD_OUT)) {
            legend.marker("held out", oneGroup ? style.theme().colour(0) : style.theme().foreground(), false);
        }
        if (states.contains(PointState.EXCLUDED)) {
            legend.marker("excluded", style.theme().excluded(), true);
        }
        if (states.contains(PointState.OTHER_CURVE)) {
            legend.marker("other curves", style.theme().excluded(), true);
        }
        List<String> laws = spec.groupedLaws();
        for (int c = 0; c < spec.curves().size(); c++) {
            CurveSpec curve = spec.curves().get(c);
            if (!curve.grouped()) {
                legend.line(curve.label(), curveColour(spec, groups, c), false);
            }
        }
        for (int i = 0; i < laws.size(); i++) {
            legend.line(laws.get(i), style.theme().foreground(), laws.size() > 1 ? style.lawStroke(i) : style.curveStroke(false));
        }
        return legend;
    }
}
