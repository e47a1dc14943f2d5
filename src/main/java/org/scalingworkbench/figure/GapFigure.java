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
        XYPlot top = panel(spec.losses(), xAxis, xView, panels.legend(spec.losses()));
        XYPlot bottom = panel(spec.gap(), xAxis, xView, gapLegend(spec));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
        combined.setGap(6 * style.theme().scale());
        combined.add(top, LOSS_WEIGHT);
        combined.add(bottom, GAP_WEIGHT);
        JFreeChart chart = style.chart(combined);
        return new Figure(chart, "loss gap: " + spec.losses().y().title() + " of two series and their gap against "
                + spec.losses().x().title());
    }

    private XYPlot panel(ScalingPlotSpec spec, ValueAxis xAxis, ValueRange xView, Legend legend) {
        ValueRange yView = ScalingFigure.yView(List.of(spec));
        XYPlot plot = panels.main(spec, xAxis, yView);
        boolean[] corner = EmptyCorner.of(spec, xView, yView);
        plot.addAnnotation(legend.annotation(corner[0], corner[1]));
        return plot;
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
