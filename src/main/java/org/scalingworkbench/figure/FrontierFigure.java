package org.scalingworkbench.figure;

import java.awt.Color;
import java.util.stream.DoubleStream;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the frontier plot: N_opt(C) above and D_opt(C) below on log axes sharing C, one colour
 * per approach (lines for fitted laws, markers for measured optima), legend above.
 */
public final class FrontierFigure {

    private final ChartStyle style;

    public FrontierFigure(FigureTheme theme) {
        this.style = new ChartStyle(theme);
    }

    public Figure build(FrontierPlotSpec spec) {
        ValueRange c = ValueRange.of(spec.series().stream().flatMapToDouble(s -> DoubleStream.of(s.compute())), AxisScale.LOG, 0.05);
        ValueAxis xAxis = style.axis(AxisSpec.log("compute C (FLOPs)"));
        xAxis.setRange(c.lower(), c.upper());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
        combined.setGap(6);
        combined.add(panel(spec, "N_opt (parameters)", true), 1);
        combined.add(panel(spec, "D_opt (tokens)", false), 1);
        Legend legend = new Legend(style);
        for (int i = 0; i < spec.series().size(); i++) {
            FrontierPlotSpec.Series s = spec.series().get(i);
            if (s.asLine()) {
                legend.line(s.approach(), style.theme().colour(i), false);
            } else {
                legend.marker(s.approach(), style.theme().colour(i), true);
            }
        }
        var chart = style.chart(combined);
        if (!legend.isEmpty()) {
            chart.addSubtitle(legend.above());
        }
        return new Figure(chart, "compute-optimal frontier N_opt(C), D_opt(C)");
    }

    private XYPlot panel(FrontierPlotSpec spec, String title, boolean parameters) {
        ValueRange y = ValueRange.of(spec.series().stream().flatMapToDouble(s -> DoubleStream.of(parameters ? s.nOpt() : s.dOpt())),
                AxisScale.LOG, 0.08);
        ValueAxis yAxis = style.axis(AxisSpec.log(title));
        yAxis.setRange(y.lower(), y.upper());
        XYPlot plot = style.plot(null, yAxis);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int i = 0; i < spec.series().size(); i++) {
            FrontierPlotSpec.Series s = spec.series().get(i);
            XYSeries series = new XYSeries(s.approach() + " " + i, false, true);
            double[] cs = s.compute();
            double[] v = parameters ? s.nOpt() : s.dOpt();
            for (int k = 0; k < cs.length; k++) {
                series.add(cs[k], v[k]);
            }
            data.addSeries(series);
            Color colour = style.theme().colour(i);
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesLinesVisible(i, s.asLine());
            renderer.setSeriesShapesVisible(i, !s.asLine());
            renderer.setSeriesShape(i, style.marker());
            renderer.setSeriesStroke(i, style.curveStroke(false));
        }
        plot.setDataset(0, data);
        plot.setRenderer(0, renderer);
        return plot;
    }
}
