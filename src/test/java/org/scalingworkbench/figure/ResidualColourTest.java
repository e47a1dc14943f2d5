package org.scalingworkbench.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ResidualColourTest {

    @Test
    void withSeveralLawsEachLawsResidualsTakeTheColourOfItsCurve() {
        PointSeries runs = new PointSeries("runs", PointState.FITTED, new double[] {1e6, 1e7, 1e8}, new double[] {3.1, 2.6, 2.3});
        List<CurveSpec> laws = List.of(new CurveSpec("bnsl1", x -> 3.0 * Math.pow(x / 1e6, -0.1), null, 1e6, 1e8),
                new CurveSpec("plc", x -> 3.2 * Math.pow(x / 1e6, -0.12), null, 1e6, 1e8));
        ScalingPlotSpec spec = new ScalingPlotSpec(AxisSpec.log("params"), AxisSpec.log("loss"), List.of(runs), laws, Double.NaN,
                true);
        FigureTheme theme = FigureTheme.paper();
        XYPlot residuals = new ResidualPanel(new ChartStyle(theme)).plot(spec, spec.groups());
        ScalingFigure figure = new ScalingFigure(theme);
        for (int c = 0; c < laws.size(); c++) {
            assertThat(residuals.getRenderer(0).getSeriesPaint(c)).as("residuals of %s", laws.get(c).label())
                    .isEqualTo(figure.curveColour(spec, spec.groups(), c));
        }
        assertThat(figure.curveColour(spec, spec.groups(), 0)).isNotEqualTo(figure.groupColour(spec, spec.groups(), 0));
    }
}
