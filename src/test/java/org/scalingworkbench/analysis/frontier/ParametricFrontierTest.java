package org.scalingworkbench.analysis.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.laws.ChinchillaLaw;
import org.scalingworkbench.fit.solve.MultiStartFitter;

class ParametricFrontierTest {

    private static final double[] P = SimulatedSweeps.BESIROGLU;
    private final ChinchillaLaw law = new ChinchillaLaw();

    @Test
    void closedFormOptimumMinimisesLossAlongTheBudget() {
        FrontierLine line = ParametricFrontier.line(P[1], P[2], P[3], P[4]);
        for (double c : new double[] {1e18, 1e21, 5.76e23}) {
            double lnN = Math.log(line.optimalParameters(c));
            double best = lossAtBudget(lnN, c);
            assertThat(lossAtBudget(lnN + 1e-3, c)).isGreaterThan(best);
            assertThat(lossAtBudget(lnN - 1e-3, c)).isGreaterThan(best);
            assertThat(line.optimalParameters(c) * line.optimalTokens(c) * 6).isCloseTo(c, within(c * 1e-12));
        }
        assertThat(line.a()).isCloseTo(P[4] / (P[3] + P[4]), within(1e-15));
    }

    @Test
    void frontierOfNoiselessFitHasExponentBetaOverAlphaPlusBeta() {
        double[][] x = new double[60][];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = new double[] {Math.pow(10, 7 + (i % 10) * 0.3), Math.pow(10, 9 + (i / 10) * 0.5)};
            y[i] = law.value(x[i], P);
        }
        FitResult fit = new MultiStartFitter().fit(new FitProblem(law, x, y), FitOptions.defaults());
        FrontierEstimate e = new ParametricFrontier().estimate(fit, null, 5.76e23, 60, List.of());
        assertThat(e.a()).isCloseTo(SimulatedSweeps.EXPONENT_A, within(1e-6));
        assertThat(e.b()).isCloseTo(1 - SimulatedSweeps.EXPONENT_A, within(1e-6));
        assertThat(e.resamples()).isZero();
        assertThat(e.aInterval().lower()).isNaN();
    }

    @Test
    void rejectsLawsOtherThanChinchilla() {
        FitResult fit = new MultiStartFitter().fit(new FitProblem(new org.scalingworkbench.fit.laws.PowerLaw(),
                new double[][] {{1}, {2}, {4}}, new double[] {3, 2, 1.5}), FitOptions.defaults());
        assertThatThrownBy(() -> new ParametricFrontier().estimate(fit, null, 1e20, 3, List.of()))
                .hasMessageContaining("chinchilla");
    }

    private double lossAtBudget(double lnN, double c) {
        double n = Math.exp(lnN);
        return law.value(new double[] {n, c / (6 * n)}, P);
    }
}
