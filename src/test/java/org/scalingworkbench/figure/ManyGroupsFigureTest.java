package org.scalingworkbench.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.figure.export.FigureExporter;
import org.scalingworkbench.figure.export.FigureSize;

/** The figure of many groups: colour scale and bar, a line style per law, small multiples, and their export. */
class ManyGroupsFigureTest {

    @TempDir
    Path dir;

    private static final FigureTheme PAPER = FigureTheme.paper();

    /** {@code n} compute budgets 1e18·3^g, each with 5 points and the laws' curves along it. */
    private static ScalingPlotSpec spec(int n, List<String> laws) {
        List<PointSeries> points = new ArrayList<>();
        List<CurveSpec> curves = new ArrayList<>();
        List<String> order = new ArrayList<>();
        double[] values = new double[n];
        for (int g = 0; g < n; g++) {
            String group = "C = " + g;
            order.add(group);
            values[g] = 1e18 * Math.pow(3, g);
            double shift = 0.1 * g;
            points.add(new PointSeries(group, PointState.FITTED, new double[] {1e7, 1e8, 1e9, 1e10, 1e11},
                    new double[] {4 - shift, 3.5 - shift, 3.2 - shift, 3.1 - shift, 3.05 - shift}));
            for (int l = 0; l < laws.size(); l++) {
                double k = 1 + 0.01 * l;
                curves.add(new CurveSpec(laws.get(l), x -> k * (3 - shift + 30 * Math.pow(x, -0.2)), null, 1e7, 1e11, group));
            }
        }
        return new ScalingPlotSpec(AxisSpec.log("parameters N"), AxisSpec.log("loss"), points, curves, Double.NaN, false,
                GroupKey.of("Training FLOP", order, values));
    }

    @Test
    void theColourScaleRunsMonotonicallyFromTheSmallestToTheLargestValue() {
        ScalingPlotSpec spec = spec(12, List.of("chinchilla"));
        GroupKey key = spec.groupKey();
        assertThat(key.scaled()).isTrue();
        assertThat(key.log()).isTrue();
        ScalingFigure figure = new ScalingFigure(PAPER);
        double previous = -1;
        double previousLuminance = -1;
        for (String g : key.order()) {
            double position = key.positionOf(g);
            double luminance = Contrast.luminance(figure.colourOf(spec, g));
            assertThat(position).isGreaterThan(previous);
            assertThat(luminance).as(g).isGreaterThan(previousLuminance);
            previous = position;
            previousLuminance = luminance;
        }
        assertThat(figure.colourOf(spec, "C = 0")).isEqualTo(PAPER.sequentialAt(0));
        assertThat(figure.colourOf(spec, "C = 11")).isEqualTo(PAPER.sequentialAt(1));
    }

    @Test
    void aColourBarReplacesTheLegendEntryPerGroup() {
        ScalingPlotSpec spec = spec(12, List.of("chinchilla"));
        Legend legend = new ScalingFigure(PAPER).legend(spec);
        assertThat(legend.size()).as("the law's line alone").isEqualTo(1);
        ScalingPlotSpec few = spec(3, List.of("chinchilla"));
        assertThat(new ScalingFigure(PAPER).legend(few).size()).as("three groups and the law").isEqualTo(4);
    }

    @Test
    void severalLawsPerGroupGetOneLegendLineEachInDistinctLineStyles() {
        List<String> laws = List.of("kaplan", "chinchilla", "m3", "m4");
        ScalingPlotSpec spec = spec(12, laws);
        assertThat(new ScalingFigure(PAPER).legend(spec).size()).isEqualTo(4);
        ChartStyle style = new ChartStyle(PAPER);
        List<String> dashes = IntStream.range(0, laws.size())
                .mapToObj(i -> java.util.Arrays.toString(style.lawStroke(i).getDashArray())).toList();
        assertThat(dashes).doesNotHaveDuplicates();
        assertThat(style.lawStroke(0).getDashArray()).as("the first law solid").isNull();
    }

    @Test
    void theSvgCarriesTheColourBarWithItsTitleAndDecadeTicks() throws Exception {
        Figure figure = new ScalingFigure(PAPER).build(spec(12, List.of("chinchilla")));
        Path svg = dir.resolve("bar.svg");
        new FigureExporter().write(figure, new FigureSize(234, 187, 300), svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Training FLOP");
        assertThat(text).contains(">10</text");
        assertThat(java.util.regex.Pattern.compile(">(1[89]|2[0-3])</text").matcher(text).find()).as("a decade's exponent").isTrue();
        assertThat(figure.description()).contains("coloured by Training FLOP");
    }

    @Test
    void theGridTakesTheShapeWhoseCellsAreClosestToTheirAspect() {
        assertThat(FacetGrid.shape(4, 600, 460)).containsExactly(2, 2);
        assertThat(FacetGrid.shape(3, 900, 230)).containsExactly(1, 3);
        assertThat(FacetGrid.shape(3, 300, 700)).containsExactly(3, 1);
        assertThat(FacetGrid.shape(10, 480, 380)).as("cells 160 × 95 beat 120 × 127").containsExactly(4, 3);
        assertThat(FacetGrid.shape(1, 200, 100)).containsExactly(1, 1);
    }

    @Test
    void aPanelHeadingTooLongForItsCellDropsTheColumnNameThenShortens() {
        java.awt.FontMetrics metrics = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(PAPER.font(PAPER.legendSize()));
        String title = "Task = ('date', '1-shot')";
        assertThat(FacetGrid.heading(title, metrics, 1000)).isEqualTo(title);
        assertThat(FacetGrid.heading(title, metrics, metrics.stringWidth("('date', '1-shot')"))).isEqualTo("('date', '1-shot')");
        String cut = FacetGrid.heading(title, metrics, 30);
        assertThat(cut).endsWith("…").startsWith("(");
        assertThat(metrics.stringWidth(cut)).isLessThanOrEqualTo(30);
    }

    @Test
    void smallMultiplesDrawInEveryFormatWithPanelTitlesAndOneColourBar() throws Exception {
        List<FacetedPlotSpec.Panel> panels = IntStream.range(0, 5)
                .mapToObj(i -> new FacetedPlotSpec.Panel("Task = t" + i, spec(12, List.of("pl", "plc")))).toList();
        GroupKey key = panels.get(0).plot().groupKey();
        Figure figure = new ScalingFigure(PAPER).build(new FacetedPlotSpec("Task", panels, key));
        FigureSize size = new FigureSize(486, 389, 150);
        for (String name : List.of("grid.png", "grid.svg", "grid.pdf")) {
            new FigureExporter().write(figure, size, dir.resolve(name));
            assertThat(Files.size(dir.resolve(name))).as(name).isGreaterThan(1000);
        }
        String svg = Files.readString(dir.resolve("grid.svg"), StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            assertThat(svg).contains("Task = t" + i);
        }
        assertThat(svg.split("Training FLOP", -1)).as("one colour bar").hasSize(2);
        assertThat(figure.dataArea()).isPresent();
        assertThat(figure.dataArea().orElseThrow().getWidth()).isGreaterThan(50);
    }

    @Test
    void manyUnorderedGroupsAreSummedUpInOneLegendLineAndCycleColours() {
        List<String> order = IntStream.range(0, 41).mapToObj(i -> "Model Family = f" + i).toList();
        List<PointSeries> points = order.stream().map(g -> new PointSeries(g, PointState.FITTED, new double[] {1e8, 1e9},
                new double[] {3, 2.5})).toList();
        ScalingPlotSpec spec = new ScalingPlotSpec(AxisSpec.log("N"), AxisSpec.log("loss"), points, List.of(), Double.NaN, false,
                GroupKey.of("Model Family", order, null));
        Legend legend = new ScalingFigure(PAPER).legend(spec);
        assertThat(legend.size()).isEqualTo(1);
        assertThat(legend.longestLabel()).isEqualTo("41 Model Family values".length());
        Color first = new ScalingFigure(PAPER).colourOf(spec, order.get(0));
        assertThat(new ScalingFigure(PAPER).colourOf(spec, order.get(6))).isEqualTo(first);
    }
}
