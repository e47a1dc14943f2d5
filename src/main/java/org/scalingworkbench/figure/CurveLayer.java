package org.scalingworkbench.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link CurveSpec} on a plot: sampled on a grid across the x view, a solid series over the
 * fitted range and dashed series beyond it, and the band as a filled polygon behind everything.
 */
final class CurveLayer {

    private static final int SAMPLES = 240;

    private final ChartStyle style;
    private final AxisSpec yAxis;

    CurveLayer(ChartStyle style, AxisSpec yAxis) {
        this.style = style;
        this.yAxis = yAxis;
    }

    /** Adds the curve as dataset {@code index} of the plot, in {@code colour}: solid over its fitted range, dashed beyond. */
    void add(XYPlot plot, int index, CurveSpec curve, double[] grid, Color colour) {
        add(plot, index, curve, grid, colour, style.curveStroke(false), style.curveStroke(true), colour);
    }

    /**
     * Adds the curve as dataset {@code index} of the plot in {@code colour} and {@code fitted}
     * stroke over its fitted range, and in {@code beyond} stroke and {@code beyondColour} outside it.
     */
    void add(XYPlot plot, int index, CurveSpec curve, double[] grid, Color colour, java.awt.Stroke fitted,
            java.awt.Stroke beyond, Color beyondColour) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(segment(curve.label(), curve, grid, x -> x >= curve.fittedMin() && x <= curve.fittedMax()));
        data.addSeries(segment(curve.label() + " (below fit)", curve, grid, x -> x <= curve.fittedMin()));
        data.addSeries(segment(curve.label() + " (extrapolated)", curve, grid, x -> x >= curve.fittedMax()));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < 3; s++) {
            renderer.setSeriesPaint(s, s == 0 ? colour : beyondColour);
            renderer.setSeriesStroke(s, s == 0 ? fitted : beyond);
        }
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
        curve.bandIfAny().ifPresent(band -> renderer.addAnnotation(
                new XYPolygonAnnotation(bandPolygon(band, grid), null, null, ChartStyle.withAlpha(colour, 0.18)), Layer.BACKGROUND));
    }

    static double[] samples(ValueRange view, AxisScale scale) {
        return view.grid(SAMPLES, scale);
    }

    private XYSeries segment(String key, CurveSpec curve, double[] grid, java.util.function.DoublePredicate keep) {
        XYSeries series = new XYSeries(key, false, true);
        for (double x : grid) {
            double y = curve.value().applyAsDouble(x);
            if (keep.test(x) && drawable(y)) {
                series.add(x, y);
            }
        }
        return series;
    }

    private boolean drawable(double y) {
        return Double.isFinite(y) && (yAxis.scale() == AxisScale.LINEAR || y > 0);
    }

    /** The band as a polygon x0, y0, x1, y1... in data coordinates (the annotation maps each vertex). */
    private double[] bandPolygon(CurveSpec.Band band, double[] grid) {
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (double x : grid) {
            double lo = band.lower().applyAsDouble(x);
            double hi = band.upper().applyAsDouble(x);
            if (drawable(lo) && drawable(hi)) {
                upper.add(new double[] {x, hi});
                lower.add(0, new double[] {x, lo});
            }
        }
        upper.addAll(lower);
        return upper.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
