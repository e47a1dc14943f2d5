package org.scalingworkbench.figure;

import java.util.stream.DoubleStream;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the leaderboard/backtest plot: each law's extrapolation error against the orders of
 * magnitude it extrapolated, a line with markers per law, legend above.
 */
public final class BacktestFigure {

    private final ChartStyle style;

    public BacktestFigure(FigureTheme theme) {
        this.style = new ChartStyle(theme);
    }

    public Figure build(BacktestPlotSpec spec) {
        ValueRange x = ValueRange.of(spec.series().stream().flatMapToDouble(s -> DoubleStream.of(s.orders())), AxisScale.LINEAR, 0.05);
        ValueRange y = ValueRange.of(spec.series().stream().flatMapToDouble(s -> DoubleStream.of(s.error())), spec.error().scale(), 0.08);
        ValueAxis xAxis = style.axis(AxisSpec.linear(spec.xTitle()));
        xAxis.setRange(x.lower(), x.upper());
        if (xAxis instanceof org.jfree.chart.axis.NumberAxis linear) {
            // about six ticks: the automatic choice fills a narrow range with a label every 0.005
            linear.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(ResidualPanel.niceStep((x.upper() - x.lower()) / 6)));
        }
        ValueAxis yAxis = style.axis(spec.error());
        yAxis.setRange(y.lower(), y.upper());
        XYPlot plot = style.plot(xAxis, yAxis);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Legend legend = new Legend(style);
        for (int i = 0; i < spec.series().size(); i++) {
            BacktestPlotSpec.Series s = spec.series().get(i);
            XYSeries series = new XYSeries(s.law() + " " + i, false, true);
            double[] orders = s.orders();
            double[] error = s.error();
            for (int k = 0; k < orders.length; k++) {
                series.add(orders[k], error[k]);
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, style.theme().colour(i));
            renderer.setSeriesStroke(i, style.curveStroke(false));
            renderer.setSeriesShape(i, style.marker());
            legend.line(s.law(), style.theme().colour(i), false);
        }
        plot.setDataset(0, data);
        plot.setRenderer(0, renderer);
        var chart = style.chart(plot);
        chart.addSubtitle(legend.above());
        return new Figure(chart, "backtest: " + spec.error().title() + " against orders of magnitude extrapolated");
    }
}
