package org.scalingworkbench.figure;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * Builds the figure of a loss gap ({@link GapPlotSpec}): two panels on one x axis, the losses (3
 * parts of the height) over the gap (2 parts), each with its own y axis and its legend in its
 * emptiest corner. The panels are drawn as the scaling plot draws its main plot, so points, curves
 * and bands look the same in every figure.
 */
public final class GapFigure {

    private static final int LOSS_WEIGHT = 3;
    private static final int GAP_WEIGHT = 2;

    private final ChartStyle style;
    private final ScalingFigure panels;

    public GapFigure(FigureTheme theme) {
        this.style = new ChartStyle(theme);
        this.panels = new ScalingFigure(theme);
    }

    /** The figure of {@code spec}. */
    public Figure build(GapPlotSpec spec) {
        ValueRange xView = ScalingFigure.xView(List.of(spec.losses(), spec.gap()));
        ValueAxis xAxis = style.axis(spec.losses().x());
        xAxis.setRange(xView.lower(), xView.upper());
        XYPlot top = panel(spec.losses(), xAxis, xView, panels.legend(spec.losses()), null);
        XYPlot bottom = panel(spec.gap(), xAxis, xView, gapLegend(spec), growing(spec.gap()));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
        combined.setGap(6 * style.theme().scale());
        combined.add(top, LOSS_WEIGHT);
        combined.add(bottom, GAP_WEIGHT);
        JFreeChart chart = style.chart(combined);
        return new Figure(chart, "loss gap: " + spec.losses().y().title() + " of two series and their gap against "
                + spec.losses().x().title());
    }

    /**
     * One panel with its legend: in the top corner away from the data when {@code growing} says
     * which way the points rise (top left for a rising gap), else in the emptiest corner.
     */
    private XYPlot panel(ScalingPlotSpec spec, ValueAxis xAxis, ValueRange xView, Legend legend, Boolean growing) {
        ValueRange yView = ScalingFigure.yView(List.of(spec));
        XYPlot plot = panels.main(spec, xAxis, yView);
        boolean[] corner = growing != null ? new boolean[] {!growing, true} : EmptyCorner.of(spec, xView, yView);
        plot.addAnnotation(legend.annotation(corner[0], corner[1]));
        return plot;
    }

    /** Whether the panel's points rise from the smallest x to the largest, or null without two points. */
    private static Boolean growing(ScalingPlotSpec spec) {
        double[] x = spec.points().stream().flatMapToDouble(p -> java.util.Arrays.stream(p.x())).toArray();
        double[] y = spec.points().stream().flatMapToDouble(p -> java.util.Arrays.stream(p.y())).toArray();
        if (x.length < 2) {
            return null;
        }
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < x.length; i++) {
            lo = x[i] < x[lo] ? i : lo;
            hi = x[i] > x[hi] ? i : hi;
        }
        return y[hi] > y[lo];
    }

    /** The gap panel's legend: its points by the given label, each curve by its own. */
    private Legend gapLegend(GapPlotSpec spec) {
        ScalingPlotSpec gap = spec.gap();
        Legend legend = new Legend(style);
        List<String> groups = gap.groups();
        if (!groups.isEmpty()) {
            legend.marker(spec.gapLabel(), panels.colourOf(gap, groups.get(0)), true);
        }
        for (int c = 0; c < gap.curves().size(); c++) {
            legend.line(gap.curves().get(c).label(), panels.curveColour(gap, groups, c), false);
        }
        return legend;
    }
}
