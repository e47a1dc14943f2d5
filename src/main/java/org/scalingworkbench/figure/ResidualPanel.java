package org.scalingworkbench.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * The residual panel: ln y − ln f(x) (natural log; positive where the data lie above the law) at
 * every point. With one law the residuals keep their groups' colours; with several, each law's
 * residuals take the colour of the law's curve; with several laws drawn per group (each curve its
 * own fit, the laws told apart by line style) only the first law's residuals are shown, in the
 * groups' colours, the panel titled by that law.
 */
final class ResidualPanel {

    private final ChartStyle style;

    ResidualPanel(ChartStyle style) {
        this.style = style;
    }

    XYPlot plot(ScalingPlotSpec spec, List<String> groups) {
        List<PointSeries> residuals = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        ScalingFigure figure = new ScalingFigure(style.theme());
        List<String> laws = lawLabels(spec);
        List<String> grouped = spec.groupedLaws();
        boolean byGroup = laws.size() == 1 || grouped.size() > 1;
        for (int c = 0; c < spec.curves().size(); c++) {
            CurveSpec curve = spec.curves().get(c);
            if (grouped.size() > 1 && !curve.label().equals(grouped.get(0))) {
                continue;
            }
            for (int s = 0; s < spec.points().size(); s++) {
                PointSeries points = spec.points().get(s);
                if (!curve.grouped() || curve.group().equals(points.group())) {
                    residuals.add(residuals(points, curve));
                    colours.add(byGroup ? figure.groupColour(spec, groups, s) : lawColour(figure, spec, groups, c));
                }
            }
        }
        ValueRange range = ValueRange.of(residuals.stream().flatMapToDouble(p -> DoubleStream.of(p.y())),
                AxisScale.LINEAR, 0.12);
        double half = Math.max(Math.abs(range.lower()), Math.abs(range.upper()));
        double unit = niceStep(half / 1.6);
        NumberAxis yAxis = (NumberAxis) style.axis(AxisSpec.linear(grouped.size() > 1 ? "ln(y / " + grouped.get(0) + ")" : "ln(y / fit)"));
        yAxis.setRange(-1.15 * Math.max(half, unit), 1.15 * Math.max(half, unit));
        yAxis.setTickUnit(new NumberTickUnit(unit, residualFormat()));
        yAxis.setMinorTickCount(1);
        XYPlot plot = style.plot(null, yAxis);
        plot.setDomainMinorGridlinesVisible(true);
        plot.setRangeMinorGridlinesVisible(false);
        new PointLayer(style).add(plot, 0, residuals, colours::get);
        plot.addRangeMarker(new ValueMarker(0, style.theme().foreground(), style.hairline(0.6f)));
        return plot;
    }

    /**
     * The laws drawn, each once: a law of N and D is drawn as one curve per group, all with its
     * label. With one law its residuals keep their groups' colours; with several, each law's
     * residuals take its curve's colour ({@link #lawColour}).
     */
    static List<String> lawLabels(ScalingPlotSpec spec) {
        return spec.curves().stream().map(CurveSpec::label).distinct().toList();
    }

    /**
     * With several laws, the colour of law curve c's residuals: the colour the curve is drawn in,
     * so the legend's line identifies them; a law drawn per group (in its groups' colours) takes
     * palette colour i for the i-th law instead.
     */
    private Color lawColour(ScalingFigure figure, ScalingPlotSpec spec, List<String> groups, int c) {
        CurveSpec curve = spec.curves().get(c);
        return curve.grouped() ? style.theme().colour(lawLabels(spec).indexOf(curve.label())) : figure.curveColour(spec, groups, c);
    }

    /** Up to three decimals, with a true minus sign. */
    private static java.text.DecimalFormat residualFormat() {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setMinusSign('\u2212');
        return new java.text.DecimalFormat("0.###", symbols);
    }

    /** The smallest 1, 2 or 5 × 10^k at or above {@code v} (v &gt; 0). */
    static double niceStep(double v) {
        double positive = v > 0 && Double.isFinite(v) ? v : 0.01;
        double magnitude = Math.pow(10, Math.floor(Math.log10(positive)));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * magnitude >= positive * (1 - 1e-12)) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static PointSeries residuals(PointSeries points, CurveSpec curve) {
        double[] x = points.x();
        double[] y = points.y();
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = Math.log(y[i]) - Math.log(curve.value().applyAsDouble(x[i]));
        }
        return new PointSeries(points.group(), points.state(), x, r);
    }
}
