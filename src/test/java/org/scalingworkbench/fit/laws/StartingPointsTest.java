package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingworkbench.fit.LawParameter;
import org.scalingworkbench.fit.ScalingLaw;

/** Starting points are valid, and on clean data some of them already sit on or near the truth. */
class StartingPointsTest {

    static Stream<LawCase> laws() {
        return Stream.of(LawCase.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void startsAreFiniteInsideBoundsAndEvaluable(LawCase lawCase) {
        ScalingLaw law = lawCase.law();
        Random random = new Random(5);
        double[] truth = lawCase.parameters().apply(random);
        double[][] x = new double[25][];
        double[] y = new double[25];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[law.variables().size()];
            Arrays.fill(x[i], Math.pow(10.0, 3 + 0.25 * i));
            y[i] = law.value(x[i], truth);
        }
        List<double[]> starts = law.startingPoints(x, y);
        assertThat(starts).isNotEmpty().hasSizeLessThanOrEqualTo(3000);
        for (double[] start : starts) {
            assertThat(start).hasSize(law.parameterCount());
            for (int j = 0; j < start.length; j++) {
                LawParameter bound = law.parameters().get(j);
                assertThat(start[j]).as("%s %s", law.id(), bound.name()).isFinite()
                        .isBetween(bound.lower(), bound.upper());
            }
            for (double[] row : x) {
                assertThat(law.value(row, start)).as("%s at %s", law.id(), Arrays.toString(start)).isFinite();
            }
        }
    }

    @Test
    void powerLawStartsIncludeNoiselessTruth() {
        assertIncludesTruth(new PowerLaw(), new double[] {40.0, 0.27});
    }

    @Test
    void powerLawPlusConstantStartsIncludeNoiselessTruthWithoutFloor() {
        assertIncludesTruth(new PowerLawPlusConstant(), new double[] {0.0, 2e7, 0.34});
    }

    @Test
    void m3StartsIncludeNoiselessTruthWithoutFloor() {
        assertIncludesTruth(new M3Law(), new double[] {12.0, 0.0, 0.45});
    }

    @Test
    void kaplanStartsBeginWithPublishedFit() {
        double[][] x = {{1e8, 1e9}, {1e9, 1e10}};
        List<double[]> starts = new KaplanLaw().startingPoints(x, new double[] {3.0, 2.5});
        assertThat(starts.get(0)).containsExactly(8.8e13, 5.4e13, 0.076, 0.095);
    }

    @Test
    void bnslGridPlacesBreaksInsideAndJustBeyondTheData() {
        double[][] x = new double[20][];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {100.0 * (i + 1)};
            y[i] = 1.0 + 1.0 / (i + 1);
        }
        List<double[]> starts = new BrokenNeuralScalingLaw(1).startingPoints(x, y);
        double[] breaks = starts.stream().mapToDouble(p -> p[4]).distinct().sorted().toArray();
        assertThat(breaks).hasSize(5);
        assertThat(breaks[0]).isGreaterThan(100.0);
        assertThat(breaks[2]).isLessThan(2000.0);
        assertThat(breaks[3]).isGreaterThan(2000.0);
        assertThat(breaks[4]).isGreaterThan(breaks[3]).isLessThan(2000.0 * 5);
        assertThat(starts).hasSize(60);
        assertThat(new BrokenNeuralScalingLaw(2).startingPoints(x, y))
                .allMatch(p -> p[5] < p[6], "breaks in increasing order");
    }

    private static void assertIncludesTruth(SingleVariableLaw law, double[] truth) {
        double[][] x = new double[12][];
        double[] y = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {Math.pow(10.0, 2 + 0.5 * i)};
            y[i] = law.valueAt(x[i][0], truth);
        }
        double closest = law.startingPoints(x, y).stream()
                .mapToDouble(s -> relativeDistance(s, truth)).min().orElseThrow();
        assertThat(closest).isCloseTo(0.0, within(1e-9));
    }

    private static double relativeDistance(double[] a, double[] b) {
        double worst = 0.0;
        for (int j = 0; j < a.length; j++) {
            worst = Math.max(worst, Math.abs(a[j] - b[j]) / Math.max(Math.abs(b[j]), 1e-300));
        }
        return b.length == 0 ? 0.0 : worst;
    }
}
