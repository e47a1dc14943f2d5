package org.scalingworkbench.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.figure.export.FigureSize;

/** The points of curves other than the one shown are drawn dimmed and named so in the legend, not as "excluded". */
class OtherCurvesLegendTest {

    @TempDir
    Path dir;

    @Test
    void otherCurvesAreNamedInTheLegendAndNotCalledExcluded() throws Exception {
        ScalingPlotSpec spec = new ScalingPlotSpec(AxisSpec.log("x"), AxisSpec.log("loss"), List.of(
                new PointSeries("runs", PointState.FITTED, new double[] {1e6, 1e7, 1e8}, new double[] {3, 2.5, 2.2}),
                new PointSeries("runs", PointState.OTHER_CURVE, new double[] {1e6, 1e7}, new double[] {4, 3.5})), List.of(),
                Double.NaN, false);
        Path svg = dir.resolve("other.svg");
        new FigureExporter().write(new ScalingFigure(FigureTheme.paper()).build(spec), new FigureSize(234, 187, 300), svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("other curves").doesNotContain(">excluded<");
        assertThat(PointState.OTHER_CURVE.dimmed()).isTrue();
        assertThat(PointState.HELD_OUT.dimmed()).isFalse();
    }
}
