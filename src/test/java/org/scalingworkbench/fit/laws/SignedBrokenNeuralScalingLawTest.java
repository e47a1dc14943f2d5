package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * The signed BNSL on double-descent curves simulated from known parameters with 1% log-normal noise:
 * it falls as x^(-0.4), rises after d1 = 100 (segment exponent 0.4 - 1.2 = -0.8) and falls again
 * after d2 = 3000 (segment exponent -0.8 + 1.6 = 0.8).
 */
class SignedBrokenNeuralScalingLawTest {

    static final double[] DOUBLE_DESCENT = {1.0, 30.0, 0.4, -1.2, 1.6, 100.0, 3000.0, 0.2, 0.3};

    private final SignedBrokenNeuralScalingLaw law = new SignedBrokenNeuralScalingLaw(2);

    @Test
    void fitsADoubleDescentCurveItWasSimulatedFrom() {
        double[][] curve = simulate(DOUBLE_DESCENT, 0.01, 7);
        FitResult fit = fit(law, curve);
        double[] p = law.inBreakOrder(fit.values());
        assertThat(p[2]).as("c0").isCloseTo(0.4, within(0.1));
        assertThat(p[3]).as("c1").isCloseTo(-1.2, within(0.3));
        assertThat(p[4]).as("c2").isCloseTo(1.6, within(0.4));
        assertThat(p[5]).as("d1").isCloseTo(100.0, within(25.0));
        assertThat(p[6]).as("d2").isCloseTo(3000.0, within(750.0));
        // the noise alone: 60 rows x 0.01^2
        assertThat(fit.objectiveValue()).isLessThan(60 * 1.5e-4);
    }

    @Test
    void theMonotoneLawCannotFollowTheRise() {
        double[][] curve = simulate(DOUBLE_DESCENT, 0.01, 7);
        double signed = fit(law, curve).objectiveValue();
        double monotone = fit(new BrokenNeuralScalingLaw(2), curve).objectiveValue();
        assertThat(monotone).isGreaterThan(10 * signed);
    }

    @Test
    void recoversADescentThatStartsWithARise() {
        double[] truth = {0.0, 2.0, -0.3, 0.8, 100.0, 0.1};
        SignedBrokenNeuralScalingLaw oneBreak = new SignedBrokenNeuralScalingLaw(1);
        double[][] curve = simulate(oneBreak, truth, 0.01, 11);
        FitResult fit = fit(oneBreak, curve);
        assertThat(fit.value("c0")).isCloseTo(-0.3, within(0.05));
        assertThat(fit.value("c1")).isCloseTo(0.8, within(0.1));
        assertThat(fit.value("d1")).isCloseTo(100.0, within(15.0));
    }

    @Test
    void signedIdsAndNamesSayWhichVariantTheyAre() {
        assertThat(law.id()).isEqualTo("bnsl2-signed");
        assertThat(law.displayName()).contains("signed");
        assertThat(LawCatalog.builtIn().get("bnsl1-signed")).isInstanceOf(SignedBrokenNeuralScalingLaw.class);
        assertThat(LawCatalog.builtIn().get("bnsl3-signed").parameterCount()).isEqualTo(12);
    }

    @Test
    void evaluatesTheSameFormulaAsTheMonotoneLaw() {
        double[] p = DOUBLE_DESCENT;
        BrokenNeuralScalingLaw form = new BrokenNeuralScalingLaw(2);
        for (double x : new double[] {1.0, 50.0, 1e3, 1e6}) {
            assertThat(law.valueAt(x, p)).isEqualTo(form.valueAt(x, p));
        }
    }

    private double[][] simulate(double[] truth, double noise, long seed) {
        return simulate(law, truth, noise, seed);
    }

    /** 60 points log-spaced over x = 10 .. 1e5, y times exp(noise·N(0, 1)); rows {x, y}. */
    static double[][] simulate(SingleVariableLaw law, double[] truth, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] curve = new double[60][];
        for (int i = 0; i < curve.length; i++) {
            double x = Math.pow(10.0, 1.0 + 4.0 * i / (curve.length - 1));
            curve[i] = new double[] {x, law.valueAt(x, truth) * Math.exp(noise * gaussian(random))};
        }
        return curve;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble())) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }

    static FitResult fit(ScalingLaw law, double[][] curve) {
        double[][] x = Arrays.stream(curve).map(r -> new double[] {r[0]}).toArray(double[][]::new);
        double[] y = Arrays.stream(curve).mapToDouble(r -> r[1]).toArray();
        return new MultiStartFitter().fit(new FitProblem(law, x, y), FitOptions.defaults());
    }
}
