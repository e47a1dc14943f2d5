package org.scalingworkbench.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.fit.CurveFit;
import org.scalingworkbench.app.fit.SweepFitting;
import org.scalingworkbench.app.request.DataSelection;
import org.scalingworkbench.app.request.FitRequest;
import org.scalingworkbench.app.request.LawSpec;
import org.scalingworkbench.app.request.Resampling;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.data.Column;
import org.scalingworkbench.data.ColumnRole;
import org.scalingworkbench.data.Sweep;
import org.scalingworkbench.figure.CurveSpec;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;

class ScalingPlotsTest {

    /** loss = 1.7 + (3e7/N)^0.3 at 12 sizes N = 10^6..10^10, ±1% alternating, so a bootstrap has spread. */
    private static Sweep sweep() {
        int n = 12;
        double[] params = IntStream.range(0, n).mapToDouble(i -> Math.pow(10, 6 + 4.0 * i / (n - 1))).toArray();
        double[] loss = IntStream.range(0, n).mapToDouble(i -> (1.7 + Math.pow(3e7 / params[i], 0.3)) * (i % 2 == 0 ? 1.01 : 0.99))
                .toArray();
        return Sweep.of("s.csv", List.of(Column.numeric("params", ColumnRole.PARAMETERS, "test", params),
                Column.numeric("loss", ColumnRole.METRIC, "test", loss)), IntStream.range(2, 2 + n).toArray());
    }

    private static CurveFit fit(HoldOutSplit split, int resamples) {
        FitRequest request = new FitRequest(DataSelection.loaded(), List.of(LawSpec.builtIn("plc")),
                org.scalingworkbench.fit.Objective.logLeastSquares(), split, Resampling.of(resamples));
        return SweepFitting.standard().fit(request, sweep(), TaskContext.none()).only();
    }

    private static PlotData plot() {
        return fit(HoldOutSplit.NONE, 0).curve().points();
    }

    @Test
    void pointsAreFittedHeldOutAboveTheCutOffOrExcludedByTheUser() {
        boolean[] excluded = new boolean[12];
        excluded[1] = true;
        ScalingPlotSpec spec = ScalingPlots.of(plot(), excluded, 3e9, (CurveFit) null, false);
        assertThat(series(spec, PointState.FITTED).size()).isEqualTo(9);
        assertThat(series(spec, PointState.HELD_OUT).x()).containsExactly(plot().curve().xAt(10), plot().curve().xAt(11));
        assertThat(series(spec, PointState.EXCLUDED).x()).containsExactly(plot().curve().xAt(1));
        assertThat(spec.cutOff()).isEqualTo(3e9);
        assertThat(spec.curves()).isEmpty();
    }

    @Test
    void everyBootstrappedLawGetsABandAroundItsCurveAndAnUnbootstrappedOneNone() {
        CurveFit boot = fit(HoldOutSplit.NONE, 60);
        CurveSpec banded = ScalingPlots.of(boot.curve().points(), boot.curve().excluded(), Double.NaN, boot, false).curves().get(0);
        double x = 1e8;
        assertThat(banded.band()).isNotNull();
        assertThat(banded.band().lower().applyAsDouble(x)).isLessThan(banded.value().applyAsDouble(x));
        assertThat(banded.band().upper().applyAsDouble(x)).isGreaterThan(banded.value().applyAsDouble(x));
        org.scalingworkbench.fit.Interval direct = boot.bootstrap("plc").orElseThrow()
                .interval(p -> org.scalingworkbench.fit.laws.LawCatalog.builtIn().get("plc").value(new double[] {x}, p), 0.95);
        assertThat(banded.band().lower().applyAsDouble(x)).isCloseTo(direct.lower(), within(1e-3 * direct.lower()));
        assertThat(banded.band().upper().applyAsDouble(x)).isCloseTo(direct.upper(), within(1e-3 * direct.upper()));
        CurveFit plain = fit(HoldOutSplit.NONE, 0);
        assertThat(ScalingPlots.of(plain, HoldOutSplit.NONE, false).curves()).singleElement()
                .satisfies(c -> assertThat(c.band()).isNull());
    }

    @Test
    void residualPanelIsDrawnOnlyWhenAskedFor() {
        CurveFit plain = fit(HoldOutSplit.NONE, 0);
        assertThat(ScalingPlots.of(plain, HoldOutSplit.NONE, true).residuals()).isTrue();
        assertThat(ScalingPlots.of(plain, HoldOutSplit.NONE, false).residuals()).isFalse();
    }

    @Test
    void topKHoldsOutTheLargestRunsAndTheCutOffLiesBetweenThemAndTheFittedOnes() {
        CurveFit fit = fit(HoldOutSplit.parse("top:3"), 0);
        ScalingPlotSpec spec = ScalingPlots.of(fit, HoldOutSplit.parse("top:3"), true);
        double[] x = IntStream.range(0, 12).mapToDouble(fit.curve().points().curve()::xAt).sorted().toArray();
        assertThat(series(spec, PointState.HELD_OUT).x()).containsExactlyInAnyOrder(x[9], x[10], x[11]);
        assertThat(spec.cutOff()).isCloseTo(Math.sqrt(x[8] * x[9]), within(1e-6 * x[9]));
        assertThat(spec.curves().get(0).fittedMax()).isEqualTo(x[8]);
    }

    @Test
    void anXCutOffIsDrawnWhereTheUserPutIt() {
        ScalingPlotSpec spec = ScalingPlots.of(fit(HoldOutSplit.parse("x>2e9"), 0), HoldOutSplit.parse("x>2e9"), false);
        assertThat(spec.cutOff()).isEqualTo(2e9);
    }

    @Test
    void noCutOffLineWhenAHeldOutPointLiesLeftOfAFittedOne() {
        PlotData plot = plot();
        boolean[] held = new boolean[12];
        held[11] = true;
        held[3] = true;
        assertThat(CutOffLine.of(new HoldOutSplit.NamedRuns(java.util.Set.of("a")), plot.points(), new boolean[12], held)).isNaN();
        held[3] = false;
        double[] x = IntStream.range(0, 12).mapToDouble(plot.curve()::xAt).toArray();
        assertThat(CutOffLine.of(new HoldOutSplit.NamedRuns(java.util.Set.of("a")), plot.points(), new boolean[12], held))
                .isCloseTo(Math.sqrt(x[10] * x[11]), within(1e-6 * x[11]));
    }

    @Test
    void theWindowsOverloadDrawsTheSameCurvesAsTheCurveFit() {
        CurveFit boot = fit(HoldOutSplit.NONE, 40);
        boolean[] none = new boolean[12];
        ScalingPlotSpec a = ScalingPlots.of(boot.curve().points(), none, Double.NaN, boot, true);
        ScalingPlotSpec b = ScalingPlots.of(boot.curve().points(), none, Double.NaN, boot.board(), boot.laws(), boot.bootstraps(), true);
        CurveSpec ca = a.curves().get(0);
        CurveSpec cb = b.curves().get(0);
        assertThat(cb.label()).isEqualTo(ca.label());
        assertThat(cb.value().applyAsDouble(3e9)).isEqualTo(ca.value().applyAsDouble(3e9));
        assertThat(cb.band().upper().applyAsDouble(3e9)).isEqualTo(ca.band().upper().applyAsDouble(3e9));
        assertThat(ScalingPlots.of(boot.curve().points(), none, Double.NaN, null, Map.of(), Map.of(), false).curves()).isEmpty();
    }

    private static PointSeries series(ScalingPlotSpec spec, PointState state) {
        return spec.points().stream().filter(s -> s.state() == state).findFirst().orElseThrow();
    }

    @Test
    void aLawWhoseFitRanOffIsNotDrawn() {
        // the data's own law, written so that it fits only with A near 1.75e302: a run-away by its size
        LawSpec runAway = LawSpec.formula("L + A*1e-300*x^(-a)").withStart("L", 1.7).withStart("A", 1.75e302).withStart("a", 0.3);
        FitRequest request = new FitRequest(DataSelection.loaded(), List.of(LawSpec.builtIn("plc"), runAway),
                org.scalingworkbench.fit.Objective.logLeastSquares(), HoldOutSplit.NONE, Resampling.NONE);
        CurveFit fit = SweepFitting.standard().fit(request, sweep(), TaskContext.none()).only();
        assertThat(fit.board().entry("custom").orElseThrow().status()).isEqualTo(org.scalingworkbench.analysis.FitStatus.DIVERGED);
        ScalingPlotSpec spec = ScalingPlots.of(fit.curve().points(), fit, HoldOutSplit.NONE, false);
        assertThat(spec.curves()).extracting(CurveSpec::label).noneMatch(l -> l.startsWith("custom")).anyMatch(l -> l.startsWith("plc"));
    }
}
