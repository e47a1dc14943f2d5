package org.scalingworkbench.analysis.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.laws.ChinchillaLaw;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;
import org.scalingworkbench.fit.solve.Bootstrap;
import org.scalingworkbench.fit.solve.MultiStartFitter;

class LossGapAnalysisTest {

    /** Without conditioning: Linf, x0, alpha. */
    private static final double[] PLAIN = {2.0, 3e6, 0.3};
    /** With conditioning: a lower floor and a smaller scale. */
    private static final double[] CONDITIONED = {1.8, 1e6, 0.3};

    private final PowerLawPlusConstant law = new PowerLawPlusConstant();

    @Test
    void gapOfNoiselessSeriesEqualsAnalyticDifference() {
        LossGapAnalysis gap = analysis(0.0, 0);
        for (GapPoint p : gap.curve(new double[] {1e5, 1e7, 1e9, 1e11})) {
            double expected = law.valueAt(p.x(), PLAIN) - law.valueAt(p.x(), CONDITIONED);
            assertThat(p.nats()).isCloseTo(expected, within(1e-6));
            assertThat(p.bits()).isCloseTo(expected / Math.log(2), within(1e-6));
        }
    }

    @Test
    void multiplierMatchesLossOfFirstSeriesAtScaledX() {
        LossGapAnalysis gap = analysis(0.0, 0);
        double x = 1e8;
        double target = law.valueAt(x, PLAIN);
        double analytic = CONDITIONED[1] * Math.pow(target - CONDITIONED[0], -1 / CONDITIONED[2]) / x;
        assertThat(gap.readOff(x).multiplier()).isCloseTo(analytic, within(analytic * 1e-5));
    }

    @Test
    void multiplierIsUndefinedWhereSecondSeriesCannotReachTheLoss() {
        LossGapAnalysis reversed = new LossGapAnalysis(law, series("conditioned", CONDITIONED, 0, 0),
                series("plain", PLAIN, 0, 0));
        assertThat(reversed.readOff(1e12).multiplier()).isNaN();
    }

    @Test
    void bootstrapIntervalOfNoisyGapContainsTrueGap() {
        LossGapAnalysis gap = analysis(0.01, 300);
        GapPoint p = gap.curve(new double[] {1e8}).get(0);
        double truth = law.valueAt(1e8, PLAIN) - law.valueAt(1e8, CONDITIONED);
        assertThat(p.interval().contains(truth)).isTrue();
        assertThat(p.interval().upper() - p.interval().lower()).isPositive().isLessThan(0.1);
    }

    @Test
    void rejectsJointLaws() {
        assertThatThrownBy(() -> new LossGapAnalysis(new ChinchillaLaw(), series("a", PLAIN, 0, 0),
                series("b", CONDITIONED, 0, 0))).hasMessageContaining("single-variable");
    }

    private LossGapAnalysis analysis(double sigma, int resamples) {
        return new LossGapAnalysis(law, series("plain", PLAIN, sigma, resamples),
                series("conditioned", CONDITIONED, sigma, resamples));
    }

    private FittedSeries series(String name, double[] p, double sigma, int resamples) {
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        double[][] x = new double[25][];
        double[] y = new double[25];
        for (int i = 0; i < 25; i++) {
            x[i] = new double[] {Math.pow(10, 5 + i * 0.25)};
            y[i] = law.valueAt(x[i][0], p) * Math.exp(sigma * rng.nextGaussian());
        }
        FitProblem problem = new FitProblem(law, x, y);
        FitResult fit = new MultiStartFitter().fit(problem, FitOptions.defaults());
        BootstrapResult boot = resamples == 0 ? null : new Bootstrap().run(problem, FitOptions.defaults(), fit, resamples, 3);
        return new FittedSeries(name, fit, boot);
    }
}
