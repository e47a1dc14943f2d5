package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * The sigmoid laws in ln x recover the parameters of simulated benchmark curves (accuracy against
 * compute from 1e18 to 1e24 FLOPs, 1% multiplicative noise, fixed seed), with the chance floor
 * fitted or fixed, and their analytic gradients agree with numerical ones.
 */
class SigmoidLawsTest {

    /** floor 0.25 (four-way choice), ceiling 0.85, k 0.9 per unit of ln C, midpoint at C = 1e21. */
    private static final double[] SCORE = {0.25, 0.85, 0.9, Math.log(1e21)};

    @Test
    void fitsAScoreCurveItWasSimulatedFromWithTheFloorFitted() {
        FitResult fit = fit(new SigmoidScoreLaw(), SCORE, FitOptions.defaults());
        assertThat(fit.value("floor")).isCloseTo(0.25, within(0.02));
        assertThat(fit.value("ceil")).isCloseTo(0.85, within(0.03));
        assertThat(fit.value("k")).isCloseTo(0.9, within(0.12));
        assertThat(fit.value("m")).isCloseTo(Math.log(1e21), within(0.3));
    }

    @Test
    void fitsAScoreCurveWithTheFloorFixedAtChance() {
        FitResult fit = fit(new SigmoidScoreLaw(), SCORE, FitOptions.defaults().withFixed("floor", 0.25));
        assertThat(fit.value("floor")).isEqualTo(0.25);
        assertThat(fit.value("ceil")).isCloseTo(0.85, within(0.02));
        assertThat(fit.value("k")).isCloseTo(0.9, within(0.08));
        assertThat(fit.value("m")).isCloseTo(Math.log(1e21), within(0.2));
    }

    @Test
    void fitsTheErrorOfTheSameCurve() {
        double[] error = {0.75, 0.15, 0.9, Math.log(1e21)};
        FitResult fit = fit(new SigmoidErrorLaw(), error, FitOptions.defaults());
        assertThat(fit.value("E0")).isCloseTo(0.75, within(0.03));
        assertThat(fit.value("Einf")).isCloseTo(0.15, within(0.03));
        assertThat(fit.value("k")).isCloseTo(0.9, within(0.12));
        assertThat(fit.value("m")).isCloseTo(Math.log(1e21), within(0.3));
    }

    @Test
    void scoreAndErrorLawsAreOneCurveMirrored() {
        double[] error = {1 - SCORE[0], 1 - SCORE[1], SCORE[2], SCORE[3]};
        for (double x : new double[] {1e15, 1e21, 3e23, 1e30}) {
            assertThat(new SigmoidErrorLaw().valueAt(x, error)).isCloseTo(1 - new SigmoidScoreLaw().valueAt(x, SCORE),
                    within(1e-14));
        }
        assertThat(new SigmoidScoreLaw().valueAt(1e21, SCORE)).isCloseTo(0.55, within(1e-14));
    }

    @Test
    void analyticGradientMatchesRiddersDerivative() {
        SigmoidScoreLaw law = new SigmoidScoreLaw();
        for (double x : new double[] {1e18, 1e21, 1e24}) {
            double[] gradient = new double[4];
            law.valueAndGradientAt(x, SCORE, gradient);
            for (int j = 0; j < 4; j++) {
                int jj = j;
                RiddersDerivative d = RiddersDerivative.of(t -> {
                    double[] p = SCORE.clone();
                    p[jj] = t;
                    return law.valueAt(x, p);
                }, SCORE[j], 0.01);
                assertThat(gradient[j]).as("d/d%s at %s", law.parameters().get(j).name(), x)
                        .isCloseTo(d.value(), within(1e-8 + 10 * d.error()));
            }
        }
    }

    private static FitResult fit(SingleVariableLaw law, double[] truth, FitOptions options) {
        Random noise = new Random(15);
        int n = 25;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {Math.pow(10, 18 + 6.0 * i / (n - 1))};
            y[i] = law.valueAt(x[i][0], truth) * Math.exp(0.01 * noise.nextGaussian());
        }
        return new MultiStartFitter().fit(new FitProblem(law, x, y), options);
    }
}
