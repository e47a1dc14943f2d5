package org.scalingworkbench.fit.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.CancellationToken;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.TinyLaws;

/**
 * The Levenberg-Marquardt solve on its own: a power law fitted in log space is linear in (ln a, b),
 * so from noiseless data it must land on the generating parameters; with a redundant pair it must
 * still reach the zero residual (the pivoted QR sees the rank deficiency); bounds and the
 * iteration limit are kept.
 */
class LevenbergMarquardtRunTest {

    private static final double[][] X = TinyLaws.logSpaced(20);

    private static double[] noiseless(ScalingLaw law, double[] p) {
        double[] y = new double[X.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = law.value(X[i], p);
        }
        return y;
    }

    private static ResidualModel model(ScalingLaw law, double[] y, FitOptions options) {
        return new ResidualModel(new FitProblem(law, X, y), options.objective(), new ParameterSpace(law, options));
    }

    private static LocalOptimum solve(ResidualModel model, int iterations, double[] reportedStart) {
        return new LevenbergMarquardtRun(iterations, LocalSolver.LM_TIGHT, new CancellationToken())
                .minimize(model, model.space().toZ(reportedStart));
    }

    @Test
    void noiselessPowerLawInLogSpaceEndsOnTheGeneratingParameters() {
        ScalingLaw law = TinyLaws.powerLaw();
        ResidualModel model = model(law, noiseless(law, new double[] {3.0, 0.4}), FitOptions.defaults());
        LocalOptimum end = solve(model, 100, new double[] {50.0, 1.5});
        double[] theta = new double[2];
        model.space().toTheta(end.z(), theta);
        double[] p = model.space().reported(theta);
        assertThat(end.converged()).isTrue();
        assertThat(end.value()).isLessThan(1e-24);
        assertThat(p[0]).isCloseTo(3.0, within(1e-10));
        assertThat(p[1]).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void redundantParametersStillReachTheZeroResidual() {
        ScalingLaw law = TinyLaws.redundant();
        double[] truth = {2.0, 0.5, 1.5};
        ResidualModel model = model(law, noiseless(law, truth), FitOptions.defaults().withObjective(Objective.leastSquares()));
        LocalOptimum end = solve(model, 200, new double[] {1.0, 1.0, 1.0});
        assertThat(end.value()).isLessThan(1e-20);
    }

    @Test
    void aBoundBelowTheOptimumHoldsTheSolveOnTheBound() {
        ScalingLaw law = TinyLaws.powerLaw();
        FitOptions options = FitOptions.defaults().withBounds("b", 0.0, 0.3);
        ResidualModel model = model(law, noiseless(law, new double[] {3.0, 0.4}), options);
        LocalOptimum end = solve(model, 200, new double[] {1.0, 0.1});
        double[] theta = new double[2];
        model.space().toTheta(end.z(), theta);
        assertThat(model.space().reported(theta)[1]).isCloseTo(0.3, within(1e-12));
        assertThat(end.value()).isPositive();
    }

    @Test
    void theIterationLimitEndsTheSolveUnconvergedAtTheBestPointSeen() {
        ScalingLaw law = TinyLaws.redundant();
        ResidualModel model = model(law, noiseless(law, new double[] {2.0, 0.5, 1.5}), FitOptions.defaults().withObjective(Objective.leastSquares()));
        ResidualModel.Workspace ws = model.workspace();
        double[] start = model.space().toZ(new double[] {1.0, 1.0, 1.0});
        double startValue = model.value(start.clone(), null, ws);
        LocalOptimum end = solve(model, 1, new double[] {1.0, 1.0, 1.0});
        assertThat(end.converged()).isFalse();
        assertThat(end.iterations()).isEqualTo(1);
        assertThat(end.value()).isLessThan(startValue);
    }
}
