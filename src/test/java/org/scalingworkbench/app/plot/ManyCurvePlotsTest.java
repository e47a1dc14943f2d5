package org.scalingworkbench.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.FitOutcome;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.FacetedPlotSpec;
import org.scalingworkbench.figure.GroupKey;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.fit.Objective;

/** Plots of a fit of several curves, on sweeps made from known parameters per curve. */
class ManyCurvePlotsTest {

    /** Model size (the key), and loss = L∞ + A·step^−α per curve; in file order 300, 20, 1000. */
    private static final double[][] TRUTH = {{300, 2.0, 3.0, 0.30}, {20, 2.5, 4.0, 0.45}, {1000, 1.8, 2.5, 0.25}};
    private static final int POINTS = 12;

    private static double loss(double[] truth, double step) {
        return truth[1] + truth[2] * Math.pow(step, -truth[3]);
    }

    /** Each curve of TRUTH at steps 10..10^4, noiseless, then {@code extra} curves of two points each, keys 5, 6, .... */
    private static Sweep sweep(double[][] truth, int extra, String task) {
        List<double[]> rows = new ArrayList<>();
        for (double[] t : truth) {
            for (int i = 0; i < POINTS; i++) {
                double step = Math.pow(10, 1 + 3.0 * i / (POINTS - 1));
                rows.add(new double[] {t[0], step, loss(t, step)});
            }
        }
        for (int e = 0; e < extra; e++) {
            rows.add(new double[] {5 + e, 10, 3});
            rows.add(new double[] {5 + e, 100, 2.9});
        }
        double[] model = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] step = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] y = rows.stream().mapToDouble(r -> r[2]).toArray();
        String[] tasks = rows.stream().map(r -> task).toArray(String[]::new);
        return Sweep.of("curves.csv", List.of(Column.numeric("Model", ColumnRole.OTHER, "test", model),
                Column.text("Task", ColumnRole.GROUP, "test", tasks),
                Column.numeric("step", ColumnRole.STEP, "test", step), Column.numeric("loss", ColumnRole.METRIC, "test", y)),
                IntStream.range(2, 2 + rows.size()).toArray());
    }

    private static FitOutcome fit(Sweep sweep, List<String> key, String... laws) {
        FitRequest request = new FitRequest(DataSelection.loaded().withCurveKey(key),
                java.util.Arrays.stream(laws).map(LawSpec::builtIn).toList(), Objective.logLeastSquares(), HoldOutSplit.NONE,
                Resampling.of(0));
        return SweepFitting.standard().fit(request, sweep, TaskContext.none());
    }

    private static ScalingPlotSpec plot(FitOutcome outcome) {
        return ScalingPlots.of(outcome, HoldOutSplit.NONE, PlotOptions.of(List.of("Model"), false));
    }

    @Test
    void everyCurveIsDrawnWithItsOwnFitInItsGroupNotOnePooledFit() {
        ScalingPlotSpec spec = plot(fit(sweep(TRUTH, 0, "a"), List.of("Model"), "plc"));
        assertThat(spec.curves()).hasSize(3);
        for (double[] t : TRUTH) {
            String group = "Model = " + (int) t[0];
            CurveSpec curve = spec.curves().stream().filter(c -> group.equals(c.group())).findFirst().orElseThrow();
            assertThat(curve.label()).isEqualTo("plc");
            for (double step : new double[] {10, 300, 1e4}) {
                assertThat(curve.value().applyAsDouble(step)).as(group + " at " + step).isCloseTo(loss(t, step),
                        within(1e-4 * loss(t, step)));
            }
        }
    }

    @Test
    void curvesAreOrderedByTheValueOfANumericKeyNotByFileOrder() {
        ScalingPlotSpec spec = plot(fit(sweep(TRUTH, 0, "a"), List.of("Model"), "plc"));
        assertThat(spec.groupKey().order()).containsExactly("Model = 20", "Model = 300", "Model = 1000");
        assertThat(spec.groups()).containsExactly("Model = 20", "Model = 300", "Model = 1000");
        assertThat(spec.groupKey().listed()).isTrue();
    }

    @Test
    void twoLawsGiveOneLegendLabelEachAndEveryCurveHasBoth() {
        ScalingPlotSpec spec = plot(fit(sweep(TRUTH, 0, "a"), List.of("Model"), "pl", "plc"));
        assertThat(spec.groupedLaws()).containsExactlyInAnyOrder("pl", "plc");
        assertThat(spec.curves()).hasSize(6);
        assertThat(spec.curves().stream().map(CurveSpec::group).distinct()).hasSize(3);
    }

    @Test
    void aCurveThatCouldNotBeFittedIsDrawnAsPointsWithoutAFit() {
        ScalingPlotSpec spec = plot(fit(sweep(TRUTH, 1, "a"), List.of("Model"), "plc"));
        assertThat(spec.points()).anyMatch(s -> s.group().equals("Model = 5") && s.size() == 2);
        assertThat(spec.curves()).noneMatch(c -> "Model = 5".equals(c.group()));
        assertThat(spec.curves()).hasSize(3);
        assertThat(spec.groupKey().order().get(0)).isEqualTo("Model = 5");
    }

    @Test
    void manyValuesOfANumericKeyGoOnALogColourScaleTitledByTheKey() {
        ScalingPlotSpec spec = plot(fit(sweep(TRUTH, 8, "a"), List.of("Model"), "plc"));
        GroupKey key = spec.groupKey();
        assertThat(key.order()).hasSize(11);
        assertThat(key.scaled()).isTrue();
        assertThat(key.log()).as("5 to 1000 spans two decades").isTrue();
        assertThat(key.title()).isEqualTo("Model");
        assertThat(key.positionOf("Model = 5")).isZero();
        assertThat(key.positionOf("Model = 1000")).isEqualTo(1.0);
        assertThat(key.positionOf("Model = 20")).isCloseTo(Math.log10(4) / Math.log10(200), within(1e-12));
    }

    @Test
    void facetsMakeAPanelPerValueInOrderWithOneKeyForAll() {
        Sweep a = sweep(TRUTH, 0, "b");
        Sweep both = Sweep.of("two.csv", List.of(merge(a, sweep(TRUTH, 0, "a"), "Model"), merge(a, sweep(TRUTH, 0, "a"), "Task"),
                merge(a, sweep(TRUTH, 0, "a"), "step"), merge(a, sweep(TRUTH, 0, "a"), "loss")),
                IntStream.range(2, 2 + 2 * a.rowCount()).toArray());
        FacetedPlotSpec facets = ScalingPlots.facets(fit(both, List.of("Task", "Model"), "plc"), HoldOutSplit.NONE,
                new PlotOptions(List.of("Task", "Model"), "Task", false));
        assertThat(facets.panels()).extracting(FacetedPlotSpec.Panel::title).containsExactly("Task = a", "Task = b");
        assertThat(facets.key().order()).containsExactly("Model = 20", "Model = 300", "Model = 1000");
        for (FacetedPlotSpec.Panel p : facets.panels()) {
            assertThat(p.plot().curves()).hasSize(3);
            assertThat(p.plot().points()).extracting(PointSeries::group).containsExactly("Model = 20", "Model = 300", "Model = 1000");
        }
    }

    /** Column {@code name} of {@code first} followed by that of {@code second}. */
    private static Column merge(Sweep first, Sweep second, String name) {
        Column a = first.column(name).orElseThrow();
        Column b = second.column(name).orElseThrow();
        if (a.isNumeric()) {
            double[] v = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(a.numbers()), java.util.Arrays.stream(b.numbers()))
                    .toArray();
            return Column.numeric(name, a.role(), "test", v);
        }
        String[] v = IntStream.range(0, a.size() + b.size()).mapToObj(i -> i < a.size() ? a.text(i) : b.text(i - a.size()))
                .toArray(String[]::new);
        return Column.text(name, a.role(), "test", v);
    }

    @Test
    void textKeysSortBySizeOrInNaturalOrder() {
        assertThat(KeyValues.compareText("262M", "1.3B")).isNegative();
        assertThat(KeyValues.compareText("6 Enc, 6 Dec", "6 Enc, 28 Dec")).isNegative();
        assertThat(KeyValues.compareText("6 Enc, 28 Dec", "28 Enc, 6 Dec")).isNegative();
        assertThat(KeyValues.compareText("arc", "Boolq")).isNegative();
    }

    @Test
    void manyBinsOfACurveReadTheirValuesBackFromTheirLabels() {
        List<String> bins = IntStream.range(36, 46).mapToObj(k -> "Training FLOP " + ColumnGroups.compact(Math.pow(10, k / 2.0))
                + "–" + ColumnGroups.compact(Math.pow(10, (k + 1) / 2.0))).toList();
        GroupKey key = LabelValues.key(bins);
        assertThat(key.scaled()).isTrue();
        assertThat(key.title()).isEqualTo("Training FLOP");
        assertThat(key.values()[0]).isCloseTo(Math.pow(10, 18.25), within(0.02 * Math.pow(10, 18.25)));
        assertThat(LabelValues.key(List.of("Family = a", "Family = b")).listed()).isTrue();
        List<String> families = IntStream.range(0, 41).mapToObj(i -> "Model Family = f" + i).toList();
        GroupKey many = LabelValues.key(families);
        assertThat(many.scaled()).isFalse();
        assertThat(many.listed()).isFalse();
        assertThat(many.title()).isEqualTo("Model Family");
    }
}
