package org.scalingworkbench.fit.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.laws.PowerLawPlusConstant;

/** Fits of more rows than {@link ScreeningSample#ROWS}: screened on a sample, polished on all rows. */
class LargeProblemFitTest {

    private static final double[] TRUTH = {1.7, 4.5e7, 0.34};

    private static FitProblem plc(int rows, long seed) {
        PowerLawPlusConstant law = new PowerLawPlusConstant();
        Random rng = new Random(seed);
        double[][] x = new double[rows][];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = new double[] {Math.pow(10, 6 + 4 * rng.nextDouble())};
            y[i] = law.valueAt(x[i][0], TRUTH) * Math.exp(0.01 * rng.nextGaussian());
        }
        return new FitProblem(law, x, y);
    }

    @Test
    void sampleOfALargeProblemIsEvenlySpacedAndASmallProblemIsItsOwnSample() {
        FitProblem large = plc(3 * ScreeningSample.ROWS + 7, 1);
        FitProblem sample = ScreeningSample.of(large);
        assertThat(sample.rows()).isEqualTo(ScreeningSample.ROWS);
        assertThat(sample.y(1)).isEqualTo(large.y(3));
        FitProblem small = plc(ScreeningSample.ROWS, 1);
        assertThat(ScreeningSample.of(small)).isSameAs(small);
    }

    @Test
    void startsExploreASmallSampleOnlyAboveTheScreeningSize() {
        FitProblem large = plc(ScreeningSample.ROWS + 1, 1);
        assertThat(ScreeningSample.forExploration(large).rows()).isEqualTo(ScreeningSample.EXPLORATION_ROWS);
        FitProblem middle = plc(ScreeningSample.EXPLORATION_ROWS * 2, 1);
        assertThat(ScreeningSample.forExploration(middle)).isSameAs(middle);
        FitProblem atLimit = plc(ScreeningSample.ROWS, 1);
        assertThat(ScreeningSample.forExploration(atLimit)).isSameAs(atLimit);
    }

    @Test
    void normalEquationsReachTheSameOptimumAsCommonsMathLevenbergMarquardt() {
        FitProblem problem = plc(5_000, 2);
        ParameterSpace space = new ParameterSpace(problem.law(), FitOptions.defaults());
        ResidualModel model = new ResidualModel(problem, FitOptions.defaults().objective(), space);
        double[] start = space.toZ(new double[] {1.0, 1e8, 0.3});
        LocalOptimum qr = new LevenbergMarquardtRun(1000, LocalSolver.LM_TIGHT, new CancellationToken()).minimize(model, start);
        LocalOptimum normal = new NormalEquationsLm(1000, LocalSolver.LM_TIGHT, new CancellationToken()).minimize(model, start);
        assertThat(normal.converged()).isTrue();
        assertThat(normal.value()).isCloseTo(qr.value(), within(1e-10 * qr.value()));
        for (int f = 0; f < qr.z().length; f++) {
            assertThat(normal.z()[f]).isCloseTo(qr.z()[f], within(1e-5 * Math.max(1, Math.abs(qr.z()[f]))));
        }
    }

    @Test
    void largeProblemRecoversTheLawItWasDrawnFrom() {
        FitResult r = new MultiStartFitter().fit(plc(100_000, 3), FitOptions.defaults());
        assertThat(r.value("Linf")).isCloseTo(TRUTH[0], within(0.01));
        assertThat(r.value("alpha")).isCloseTo(TRUTH[2], within(0.01));
        assertThat(r.value("x0")).isCloseTo(TRUTH[1], within(0.05 * TRUTH[1]));
        assertThat(r.warnings()).isEmpty();
    }

    /**
     * M4 on data that follow a power law plus constant has its optimum at infinity (alpha to 0,
     * epsZero to infinity): the cost keeps falling by tiny amounts along the valley. The solve
     * stops once a step gains less than a thousandth of the noise variance, instead of crawling
     * to the iteration limit; it ends within a few noise variances of the cost of the power law
     * plus constant (3.1 variances on this sample: a few units of AIC, where m4 pays 4 for its two
     * extra parameters anyway).
     */
    @Test
    void flatValleyToInfinityEndsWithinTheNoiseInsteadOfAtTheIterationLimit() {
        FitProblem plcData = plc(10_000, 4);
        FitProblem m4Data = new FitProblem(new org.scalingworkbench.fit.laws.M4Law(), plcData.x(), plcData.y());
        LocalOptimum plcFit = solveTight(plcData, new double[] {1.5, 1e8, 0.3});
        LocalOptimum m4Fit = solveTight(m4Data, new double[] {1.5, 10.0, 0.5, 1.0, 0.3});
        assertThat(m4Fit.converged()).isTrue();
        assertThat(m4Fit.iterations()).isLessThan(1000);
        double noiseVariance = plcFit.value() / plcData.rows();
        assertThat(m4Fit.value()).isLessThan(plcFit.value() + 5 * noiseVariance);
    }

    private static LocalOptimum solveTight(FitProblem problem, double[] theta) {
        ParameterSpace space = new ParameterSpace(problem.law(), FitOptions.defaults());
        ResidualModel model = new ResidualModel(problem, FitOptions.defaults().objective(), space);
        return new NormalEquationsLm(1000, LocalSolver.LM_TIGHT, new CancellationToken()).minimize(model, space.toZ(theta));
    }

    @Test
    void choleskySolvesASymmetricPositiveDefiniteSystem() {
        double[] a = {4, 2, 2, 3};
        double[] x = NormalEquationsLm.choleskySolve(a, new double[] {2, 1}, 2);
        assertThat(x[0]).isCloseTo(0.5, within(1e-15));
        assertThat(x[1]).isCloseTo(0.0, within(1e-15));
        assertThat(NormalEquationsLm.choleskySolve(new double[] {1, 2, 2, 1}, new double[] {1, 1}, 2)).isNull();
    }
}
